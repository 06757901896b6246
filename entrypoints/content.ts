import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickAdapter } from '../lib/adapters/registry';
import { connectChatToPanel } from '../lib/live/connect';

/**
 * The live reader in a chat page the counselor granted. Registered at run time by the background
 * (never `<all_urls>` at install). It reads; it writes into the page's editor only when the
 * counselor clicks "insert" in the panel.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main(ctx) {
    // Injected again when a site is granted while its tab is open: one reader per frame.
    const marker = '__attuneLiveReader';
    const scope = window as unknown as Record<string, boolean>;
    if (scope[marker]) return;
    scope[marker] = true;
    ctx.onInvalidated(() => {
      scope[marker] = false;
    });

    const start = (): boolean => {
      const adapter = pickAdapter(document, location.href);
      if (adapter) connectChatToPanel({ adapter, doc: document, signal: ctx.signal });
      return adapter !== null;
    };
    if (start()) return;

    // Chat apps render after load: wait, with one observer, until a known chat appears. Frames
    // with no chat (ads, embeds) simply never start.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (start()) observer.disconnect();
      }, 300);
    });
    observer.observe(document, { subtree: true, childList: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    });
  },
});
