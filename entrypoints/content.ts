import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFromConfig } from '../lib/adapters/fallback/configured';
import { deriveSiteConfig } from '../lib/adapters/fallback/derive';
import { createGenericAdapter } from '../lib/adapters/fallback/generic';
import { pickAdapter } from '../lib/adapters/registry';
import type { SiteAdapter } from '../lib/adapters/types';
import { connectChatToPanel } from '../lib/live/connect';
import { startPicker, type PickerHandle } from '../lib/live/picker';
import { adaptersForFrame, framePlaceOf, readsGuessesAndLayouts } from '../lib/live/frames';
import { loadSiteConfigs, saveSiteConfig } from '../lib/live/site-configs';
import { siteConfigsItem } from '../lib/storage/page-items';
import { readerKey } from '../lib/live/reader-key';
import { claimFrame } from '../lib/live/takeover';
import { type ContentToPanel, PanelToContent } from '../models/messages';

/** Removes a browser event listener; an orphaned script's extension API may throw instead. */
function removeListener(remove: () => void): void {
  try {
    remove();
  } catch {
    // The extension is gone: its events fire no more anyway.
  }
}

/**
 * The live reader in a chat page the counselor granted. Registered at run time by the background
 * (never `<all_urls>` at install), and injected by it into tabs already open when Attune is
 * installed, updated or started, or a site is granted. It reads; it writes into the page's editor
 * only when the counselor clicks "insert" in the panel.
 *
 * Which reader a page gets, first that applies: the layout the counselor taught for this origin
 * in pick mode; a built-in site adapter; the generic best guess. Taught layouts and the guess read
 * the top frame only; a subframe is read only by an adapter that says its chat lives there, and
 * only when the frame has the top page's origin (lib/live/frames.ts). Until a built-in adapter
 * recognises the page, it keeps watching: chat apps render after load.
 *
 * It leaves no trace the page's scripts can read: no globals, attributes, performance entries,
 * console output or page-visible events (the context is lib/live/quiet-context.ts, not WXT's).
 * The only element it adds is the inline marks' overlay, empty to the page (lib/live/marks.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main(ctx) {
    startReading(ctx);
  },
});

function startReading(ctx: ContentScriptContext): void {
  // The newest reader in a frame wins: an earlier injection, or one left by an older version of
  // Attune, stops once the installation's key (lib/live/reader-key.ts) is read, which this reader
  // does not wait for. This one stops in turn when a later one starts or when its extension is
  // gone (updated, reloaded, removed), noticed at the page's next change.
  void readerKey().then((key) => {
    if (!ctx.isValid) return;
    const giveUp = claimFrame(window, `${browser.runtime.id}:${key}`, () => ctx.notifyInvalidated());
    ctx.onInvalidated(giveUp);
  });
  const alive = () => ctx.isValid;

  // Only the frame the counselor works in is read: the top one, or a same-origin frame an
  // adapter names. Other frames (widgets, ads, another site's chat) stop here, having done nothing.
  const place = framePlaceOf(window);
  const builtIn = adaptersForFrame(place);
  const guesses = readsGuessesAndLayouts(place);
  if (builtIn.length === 0 && !guesses) return;

  const isTop = place.isTop;
  const generic = createGenericAdapter();
  let taught: SiteAdapter | null = null;
  let active: { adapter: SiteAdapter; stop: AbortController } | null = null;
  let picker: PickerHandle | null = null;
  const send = (message: ContentToPanel) => {
    if (!alive()) return;
    void browser.runtime.sendMessage(message).catch(() => undefined);
  };

  const connect = (adapter: SiteAdapter) => {
    // A later reader may have taken over while this one waited for storage.
    if (!alive()) return;
    active?.stop.abort();
    const stop = new AbortController();
    ctx.signal.addEventListener('abort', () => stop.abort());
    active = { adapter, stop };
    connectChatToPanel({ adapter, doc: document, signal: stop.signal, alive });
  };
  const choose = (): SiteAdapter | null =>
    (guesses ? taught : null) ??
    pickAdapter(document, location.href, builtIn) ??
    (guesses && generic.detect(document) ? generic : null);
  /** Connects the best reader for the page now; true when it is final (not a guess) or over. */
  const settle = (): boolean => {
    if (!alive()) return true;
    const adapter = choose();
    if (adapter && adapter !== active?.adapter) connect(adapter);
    return active !== null && active.adapter !== generic;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (!alive()) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      if (settle()) observer.disconnect();
    }, 300);
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    picker?.cancel();
  });

  let taughtKey = 'null';
  const useStoredLayout = async () => {
    if (!guesses) return;
    const config = (await loadSiteConfigs().catch(() => ({})))[location.origin as never];
    const key = JSON.stringify(config ?? null);
    if (key === taughtKey) return;
    taughtKey = key;
    taught = config ? adapterFromConfig(config) : null;
  };
  void useStoredLayout().then(() => {
    if (!settle()) observer.observe(document, { subtree: true, childList: true });
  });
  // A layout deleted or imported in the panel applies at once.
  const unwatchLayouts = siteConfigsItem.watch(() => {
    if (!alive()) return;
    void useStoredLayout().then(() => {
      if (active?.adapter !== choose()) {
        active?.stop.abort();
        active = null;
      }
      if (!settle()) observer.observe(document, { subtree: true, childList: true });
    });
  });
  ctx.onInvalidated(() => removeListener(unwatchLayouts));

  const teach = async () => {
    let problem = '';
    for (;;) {
      picker = startPicker(document, problem);
      const picks = await picker.done;
      picker = null;
      if (!picks) {
        send({ type: 'pick-result', outcome: 'cancelled' });
        return;
      }
      const result = deriveSiteConfig(picks, document, location.origin);
      if (result.ok) {
        await saveSiteConfig(result.config);
        taughtKey = JSON.stringify(result.config);
        taught = adapterFromConfig(result.config);
        observer.disconnect();
        connect(taught);
        send({ type: 'pick-result', outcome: 'saved', origin: location.origin });
        return;
      }
      problem = result.problem;
      send({ type: 'pick-result', outcome: 'failed', problem });
    }
  };

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (!alive() || sender.id !== browser.runtime.id || !isTop) return;
    const parsed = PanelToContent.safeParse(message);
    if (!parsed.success || parsed.data.tabId !== undefined) return;
    if (parsed.data.type === 'request-snapshot' && active === null) {
      send({ type: 'no-chat', url: location.href });
    } else if (parsed.data.type === 'start-pick' && picker === null) {
      void teach().catch((error: unknown) =>
        send({
          type: 'pick-result',
          outcome: 'failed',
          problem: error instanceof Error ? error.message : String(error),
        }),
      );
    } else if (parsed.data.type === 'cancel-pick') {
      picker?.cancel();
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => removeListener(() => browser.runtime.onMessage.removeListener(onMessage)));
}
