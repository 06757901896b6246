import { browser } from 'wxt/browser';
import { PanelToContent, type ContentToPanel } from '../../models/messages';
import type { SiteAdapter } from '../adapters/types';
import { insertIntoComposer } from './insert';
import { createMarksOverlay, type MarksOverlay } from './marks';
import { startLiveReader } from './reader';

export interface ConnectOptions {
  readonly adapter: SiteAdapter;
  readonly doc: Document;
  readonly signal: AbortSignal;
  /**
   * Set for extension-page chats (the practice chat): they get the panel's messages by runtime
   * broadcast and must pick out those addressed to their own tab.
   */
  readonly ownTabId?: number;
  /** False once the extension is gone (see `LiveReaderOptions.alive`): the content script's `ctx.isValid`. */
  readonly alive?: () => boolean;
}

/**
 * Connects a chat page to the side panel: snapshots out on every change, and on request; a
 * suggestion in only when the counselor clicked "insert". Shared by the content script and the
 * practice chat, so both behave the same.
 */
export function connectChatToPanel({ adapter, doc, signal, ownTabId, alive }: ConnectOptions): void {
  const send = (message: ContentToPanel) => {
    try {
      void browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was updated or removed under this page: nobody is listening any more.
    }
  };
  const reader = startLiveReader({
    adapter,
    root: doc,
    url: () => doc.location.href,
    send,
    sendUpdate: send,
    signal,
    alive,
  });
  // Added to the page only once the panel sends marks (it sends none while they are switched off).
  let marks: MarksOverlay | null = null;

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = PanelToContent.safeParse(message);
    if (!parsed.success) return;
    // Broadcasts carry the target tab; content scripts get theirs through tabs.sendMessage.
    if (parsed.data.tabId !== undefined && parsed.data.tabId !== ownTabId) return;
    if (parsed.data.tabId === undefined && ownTabId !== undefined) return;
    if (parsed.data.type === 'request-snapshot') {
      reader.flush();
      return;
    }
    if (parsed.data.type === 'show-marks') {
      marks ??= createMarksOverlay(doc, signal);
      marks.show(parsed.data.marks);
      return;
    }
    if (parsed.data.type !== 'insert-text') return;
    let composer: HTMLElement | null = null;
    try {
      composer = adapter.parse(doc).composer;
    } catch {
      composer = null;
    }
    const result = composer
      ? insertIntoComposer(composer, parsed.data.text, doc)
      : { ok: false as const, reason: 'no composer found on this page' };
    send({ type: 'insert-result', ...result });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
