import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentToPanel, type PageSnapshot } from '../../models';
import { AdapterError, type SiteAdapter, composerText } from '../../lib/adapters/types';
import { insertIntoComposer, withSeparator } from '../../lib/live/insert';
import { startLiveReader } from '../../lib/live/reader';
import { healthLine, newSnapshotState, takeSnapshot } from '../../lib/live/snapshot';

/** A tiny adapter over test markup: li[data-role] messages and a textarea composer. */
const listAdapter: SiteAdapter = {
  id: 'test-list',
  name: 'Test list',
  matches: [],
  detect: (root) => root.querySelector('#chat') !== null,
  parse(root) {
    const list = root.querySelector('#chat');
    if (!list) throw new AdapterError('test-list', 'message list');
    const composer = root.querySelector<HTMLTextAreaElement>('textarea');
    return {
      messages: [...list.querySelectorAll<HTMLElement>('li[data-role]')].map((li, i) => ({
        id: li.dataset.id ?? String(i),
        role: li.dataset.role === 'client' ? 'client' : 'counselor',
        text: li.textContent ?? '',
      })),
      composer,
      draft: composerText(composer),
    };
  },
};

function page(messages: [string, string][], draft = '') {
  document.body.innerHTML = `<ul id="chat">${messages
    .map(([role, text], i) => `<li data-role="${role}" data-id="m${i}">${text}</li>`)
    .join('')}</ul><textarea>${draft}</textarea>`;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('snapshots and adapter health', () => {
  test('a health line counts the composer and who wrote what', () => {
    page([
      ['client', 'idk'],
      ['counselor', 'What would help?'],
      ['client', 'nothing'],
    ]);
    const s = takeSnapshot(listAdapter, document, 'http://127.0.0.1/', newSnapshotState());
    expect(healthLine(s.health)).toBe('reply box found · 3 messages: 2 from the client, 1 from you');
    expect(s.messages.map((m) => m.role)).toEqual(['client', 'counselor', 'client']);
    expect(s.health.warning).toBeUndefined();
    expect(s).not.toHaveProperty('conversation');
  });

  test("the platform's chat id travels with the snapshot, checked like everything the panel gets", () => {
    page([['client', 'hi']]);
    const withId: SiteAdapter = {
      ...listAdapter,
      parse: (root) => ({ ...listAdapter.parse(root), conversation: 'chat-7' }),
    };
    const s = takeSnapshot(withId, document, 'https://web.example.org/', newSnapshotState());
    expect(s.conversation).toBe('chat-7');
    expect(ContentToPanel.parse(s)).toEqual(s);
    expect(ContentToPanel.safeParse({ ...s, conversation: 'x'.repeat(301) }).success).toBe(false);
  });

  test('a page that parsed before and now yields nothing gets a visible warning', () => {
    const state = newSnapshotState();
    page([['client', 'hi']]);
    takeSnapshot(listAdapter, document, 'u', state);
    page([]);
    expect(takeSnapshot(listAdapter, document, 'u', state).health.warning).toMatch(
      /showed 1 messages before/,
    );
    document.body.innerHTML = '<p>redesigned</p>';
    expect(takeSnapshot(listAdapter, document, 'u', state).health.warning).toMatch(
      /cannot read message list/,
    );
  });
});

describe('the live reader', () => {
  test('sends on new messages and on typing, once per quiet moment, and not when nothing changed', async () => {
    page([['client', 'i only drink because work is stressful']]);
    const sent: PageSnapshot[] = [];
    const controller = new AbortController();
    startLiveReader({
      adapter: listAdapter,
      root: document,
      url: () => 'u',
      send: (s) => sent.push(s),
      signal: controller.signal,
      quietMs: 5,
    });
    expect(sent).toHaveLength(1);

    const textarea = document.querySelector('textarea')!;
    for (const ch of 'You need') {
      textarea.value += ch;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.draft).toBe('You need');

    const li = document.createElement('li');
    li.dataset.role = 'client';
    li.textContent = 'whatever';
    document.querySelector('#chat')!.append(li);
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]!.messages.at(-1)!.text).toBe('whatever');

    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toHaveLength(3);

    controller.abort();
    li.textContent = 'changed after stop';
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toHaveLength(3);
  });
});

describe('inserting a suggestion', () => {
  test('puts exactly the text into a textarea at the caret and fires input', () => {
    page([], 'Hi. ');
    const textarea = document.querySelector('textarea')!;
    textarea.setSelectionRange(4, 4);
    const inputs: string[] = [];
    textarea.addEventListener('input', () => inputs.push(textarea.value));
    expect(insertIntoComposer(textarea, 'It sounds like work is a lot.')).toEqual({ ok: true });
    expect(textarea.value).toBe('Hi. It sounds like work is a lot.');
    expect(inputs).toHaveLength(1);
  });

  test('separates the suggestion from a word or sentence right before the caret, and only then', () => {
    page([], "It's not a big deal.");
    const textarea = document.querySelector('textarea')!;
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    insertIntoComposer(textarea, "It's your call what happens next.");
    expect(textarea.value).toBe("It's not a big deal. It's your call what happens next.");
    expect(withSeparator('so', ', and')).toBe(', and');
    expect(withSeparator('', 'Hi')).toBe('Hi');
    expect(withSeparator('line\n', 'Hi')).toBe('Hi');
  });

  test('refuses editors that opted out of extensions', () => {
    document.body.innerHTML = '<div data-gramm="false"><textarea></textarea></div>';
    const textarea = document.querySelector('textarea')!;
    expect(insertIntoComposer(textarea, 'x')).toEqual({
      ok: false,
      reason: expect.stringContaining('asks extensions'),
    });
    expect(textarea.value).toBe('');
  });

  test('a contenteditable editor that handles beforeinput gets the text through it', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"></div>';
    const editor = document.querySelector<HTMLElement>('#ed')!;
    editor.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      editor.textContent += (e as InputEvent).data ?? '';
    });
    const r = insertIntoComposer(editor, 'What matters most to you?', {
      execCommand: () => false,
    } as unknown as Document);
    expect(r).toEqual({ ok: true });
    expect(editor.textContent).toBe('What matters most to you?');
  });
});
