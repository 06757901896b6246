// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMarksOverlay } from '../../lib/live/marks';
import { claimFrame, readerStartedEvent } from '../../lib/live/takeover';

/**
 * What the page's own scripts could see of the content script, in happy-dom: the marks' overlay is
 * one attribute-less element with a closed shadow root and no box, whatever it marks; the content
 * script's context announces nothing; the takeover event cannot be named without the key. The same
 * is checked in real Chromium, against a spying page, in test/e2e/page-privacy.test.ts.
 */

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** Every change the page could observe in its own DOM while `act` runs. */
async function pageSees(act: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  act();
  await new Promise((resolve) => setTimeout(resolve, 20));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

describe('the inline marks overlay', () => {
  test('is one empty, attribute-less element with a closed root, and marking changes nothing the page sees', async () => {
    document.body.innerHTML = `<div class="m">i just want to end it all</div><div class="m">whatever, it's fine</div>`;
    const controller = new AbortController();
    let overlay!: ReturnType<typeof createMarksOverlay>;
    const added = await pageSees(() => (overlay = createMarksOverlay(document, controller.signal)));
    expect(added).toHaveLength(1);
    const host = added[0]!.addedNodes[0] as HTMLElement;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.tagName).toBe('DIV');
    expect(host.attributes).toHaveLength(0);
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');

    const marking = await pageSees(() => {
      expect(overlay.show([{ kind: 'risk', text: 'end it all' }])).toBe(1);
      overlay.show([
        { kind: 'risk', text: 'end it all' },
        { kind: 'resistance', text: "it's fine" },
      ]);
      overlay.show([]);
    });
    expect(marking).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(host.attributes).toHaveLength(0);

    const gone = await pageSees(() => controller.abort());
    expect(gone.flatMap((r) => Array.from(r.removedNodes))).toEqual([host]);
  });
});

describe("the content script's context", () => {
  test('starts without a window message or a document event', async () => {
    vi.stubGlobal('chrome', { runtime: { id: 'chkfoeccgldnceaoellhbhicpeccockl' } });
    const messages = vi.fn();
    const events = vi.spyOn(document, 'dispatchEvent');
    window.addEventListener('message', messages);
    const { ContentScriptContext } = await import('../../lib/live/quiet-context');
    const ctx = new ContentScriptContext('content');
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('message', messages);
    expect(messages).not.toHaveBeenCalled();
    expect(events).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
    expect(ctx.isValid).toBe(false);
  });
});

describe('taking a frame over', () => {
  test('the event a page would have to listen for carries the installation key, not just the extension id', () => {
    const heard = vi.fn();
    const id = 'chkfoeccgldnceaoellhbhicpeccockl';
    // What a page can guess: the store id, with or without the old prefix.
    for (const name of [readerStartedEvent(id), `attune-live-reader-started:${id}`, id]) {
      document.addEventListener(name, heard);
    }
    const release = claimFrame(window, `${id}:0123456789abcdef0123456789abcdef`, vi.fn());
    expect(heard).not.toHaveBeenCalled();
    release();
  });
});
