import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFromConfig } from '../lib/adapters/fallback/configured';
import { deriveSiteConfig } from '../lib/adapters/fallback/derive';
import { createGenericAdapter } from '../lib/adapters/fallback/generic';
import { pickAdapter } from '../lib/adapters/registry';
import type { SiteAdapter } from '../lib/adapters/types';
import { connectChatToPanel } from '../lib/live/connect';
import { startPicker, type PickerHandle } from '../lib/live/picker';
import { loadSiteConfigs, saveSiteConfig, SITE_CONFIGS_KEY } from '../lib/live/site-configs';
import { type ContentToPanel, PanelToContent } from '../models/messages';

/**
 * The live reader in a chat page the counselor granted. Registered at run time by the background
 * (never `<all_urls>` at install). It reads; it writes into the page's editor only when the
 * counselor clicks "insert" in the panel.
 *
 * Which reader a page gets, first that applies: the layout the counselor taught for this origin
 * in pick mode; a built-in site adapter; the generic best guess (top frame only, so ads and
 * embeds stay out). Until a built-in adapter recognises the page, it keeps watching: chat apps
 * render after load.
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

    const isTop = window === window.top;
    const generic = createGenericAdapter();
    let taught: SiteAdapter | null = null;
    let active: { adapter: SiteAdapter; stop: AbortController } | null = null;
    let picker: PickerHandle | null = null;
    const send = (message: ContentToPanel) =>
      void browser.runtime.sendMessage(message).catch(() => undefined);

    const connect = (adapter: SiteAdapter) => {
      active?.stop.abort();
      const stop = new AbortController();
      ctx.signal.addEventListener('abort', () => stop.abort());
      active = { adapter, stop };
      connectChatToPanel({ adapter, doc: document, signal: stop.signal });
    };
    const choose = (): SiteAdapter | null =>
      taught ?? pickAdapter(document, location.href) ?? (isTop && generic.detect(document) ? generic : null);
    /** Connects the best reader for the page now; true when it is final (not a guess). */
    const settle = (): boolean => {
      const adapter = choose();
      if (adapter && adapter !== active?.adapter) connect(adapter);
      return active !== null && active.adapter !== generic;
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
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
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(SITE_CONFIGS_KEY in changes)) return;
      void useStoredLayout().then(() => {
        if (active?.adapter !== choose()) {
          active?.stop.abort();
          active = null;
        }
        if (!settle()) observer.observe(document, { subtree: true, childList: true });
      });
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

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
      if (sender.id !== browser.runtime.id || !isTop) return;
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
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
