// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { adapterFromConfig } from '../../lib/adapters/fallback/configured';
import { deriveSiteConfig } from '../../lib/adapters/fallback/derive';
import { describeElement, startPicker, type PickerHandle } from '../../lib/live/picker';
import { FIXTURES_DIR } from '../adapters/fixtures';

/** Pick mode without a mouse: the arrow keys move the outline, Enter picks, Esc cancels. */

let handle: PickerHandle | undefined;
afterEach(() => handle?.cancel());

function openFixture(): void {
  const html = readFileSync(join(FIXTURES_DIR, 'unknown', 'generated-classes.html'), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
}

/** A key pressed where the page's focus is, as a keyboard would. */
function press(key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  (document.activeElement ?? document.body).dispatchEvent(event);
  return event;
}

describe('pick mode by keyboard', () => {
  test('starts on the focused reply box; arrows and Enter pick the rest; the layout reads the chat', async () => {
    openFixture();
    const editor = document.querySelector<HTMLElement>('[data-testid="reply-editor"]')!;
    editor.focus();
    let pageKeys = 0;
    document.addEventListener('keydown', () => pageKeys++);
    handle = startPicker(document);

    // 1. The reply box, outlined from the start because it has the focus.
    expect(press('Enter').defaultPrevented).toBe(true);
    // 2. The list: the outline starts on the reply box's wrapper; up to the pane, down into the timeline.
    press('ArrowUp');
    press('ArrowDown');
    press('Enter');
    // 3. A client message: the list's first item is one.
    press('Enter');
    // 4. An own message: the outline starts on the last item (the client's again); left is the counselor's.
    press('ArrowLeft');
    press('Enter');

    const picks = await handle.done;
    expect(pageKeys).toBe(0); // the page never saw a key of the picking
    expect(picks!.composer).toBe(editor);
    expect(picks!.list).toBe(document.querySelector('[data-testid="timeline"]'));
    expect(picks!.client).toBe(document.getElementById('item-77231'));
    expect(picks!.own).toBe(document.getElementById('item-77232'));
    const derived = deriveSiteConfig(picks!, document, 'https://inbox.example.org', 0);
    if (!derived.ok) throw new Error(derived.problem);
    const chat = adapterFromConfig(derived.config).parse(document);
    expect(chat.messages.map((m) => m.role)).toEqual(['client', 'counselor', 'client']);
    expect(document.querySelector('[data-attune-overlay]')).toBeNull();
  });

  test('Tab moves the page focus as usual and the outline follows it; Esc cancels', async () => {
    /** Starts picking, lets `before` act, then takes every start with Enter: the reply box picked. */
    const composerPicked = async (before: () => void) => {
      openFixture();
      // Another text box before the reply box: where the outline starts when nothing has the focus.
      document.body.insertAdjacentHTML('afterbegin', '<textarea aria-label="Internal note"></textarea>');
      handle = startPicker(document);
      before();
      for (let i = 0; i < 4; i++) press('Enter');
      const composer = (await handle.done)?.composer;
      return composer?.getAttribute('data-testid') ?? composer?.getAttribute('aria-label');
    };
    expect(await composerPicked(() => undefined)).toBe('Internal note');
    const tabbed = await composerPicked(() => {
      expect(press('Tab').defaultPrevented).toBe(false);
      // The browser moves the focus on Tab; here the test does.
      document.querySelector<HTMLElement>('[data-testid="reply-editor"]')!.focus();
    });
    expect(tabbed).toBe('reply-editor');

    openFixture();
    handle = startPicker(document);
    press('Escape');
    expect(await handle.done).toBeNull();
    expect(document.querySelector('[data-attune-overlay]')).toBeNull();
  });

  test('the bar names what is outlined, briefly', () => {
    openFixture();
    expect(describeElement(document.querySelector('[data-testid="reply-editor"]')!)).toBe(
      "text box: “Why don't you just talk to him?”",
    );
    // Long text is cut, so the bar stays one glance.
    expect(describeElement(document.querySelector('[data-testid="timeline"]')!)).toBe(
      "div, 3 items inside: “hey. my school counselor said i should try this chat I'm gla…”",
    );
  });
});
