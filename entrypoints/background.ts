import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startReadingOpenTabs, syncLiveReader, webMatchPatterns } from '../lib/live/registration';
import { scheduleRetention } from '../lib/log/retention-alarm';
import { loadCachedPolicy, saveCachedPolicy } from '../lib/policy/policy-cache';
import { type Policy, allowedMatchPatterns, parsePolicy, readRawPolicy } from '../lib/policy/policy';
import { readerApiUnderPolicy } from '../lib/policy/reader-access';

/** Firefox's sidebar API, which the Chrome-derived `browser` types do not describe. */
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  const report = (error: unknown) => console.error('Attune: live reader registration failed', error);
  const warn = (message: string, error: unknown) => console.warn(message, error);
  // One registration change at a time: start-up, install and a grant can all arrive together.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = (step: () => Promise<unknown>) => {
    queue = queue.then(step, step).catch(report);
  };

  // Every registration goes through clinic policy: a granted site it does not allow gets no reader.
  // Chrome answers storage.managed only once its policy service is up (2 to 5 s after the browser
  // starts), so a step that needs the policy is queued once it is read, and nothing waits behind
  // it; until then the policy read last time (lib/policy/policy-cache.ts) stands in for it.
  const readFresh = async () => {
    const raw = await readRawPolicy();
    saveCachedPolicy(raw).catch((error: unknown) => warn('Attune: could not keep the policy', error));
    return parsePolicy(raw);
  };
  const withPolicy = (step: (policy: Policy) => Promise<unknown>) =>
    void readFresh().then((policy) => serially(() => step(policy)));
  const lastPolicy = loadCachedPolicy().then((raw) => (raw === undefined ? null : parsePolicy(raw)));
  const sync = () => withPolicy((policy) => syncLiveReader(readerApiUnderPolicy(browser, policy)));
  serially(async () => {
    const last = await lastPolicy;
    if (last) await syncLiveReader(readerApiUnderPolicy(browser, last));
  });
  sync();
  // IT changed the policy: the reader follows the sites it allows now.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') sync();
  });
  // Installed, updated or started with chat tabs open: the browser injects registered scripts only
  // into pages loaded from now on, so start the reader in the granted tabs already open. A reader
  // left by the previous version stops when the new one starts (lib/live/takeover.ts). Tabs the
  // last policy allowed are started at once; those only the fresh one allows, once it is read.
  const readOpenTabs = () => {
    let started: string[] = [];
    serially(async () => {
      const last = await lastPolicy;
      if (!last) return 0;
      const api = readerApiUnderPolicy(browser, last);
      started = webMatchPatterns((await api.permissions.getAll()).origins);
      return startReadingOpenTabs(api, started, warn);
    });
    withPolicy(async (policy) => {
      const api = readerApiUnderPolicy(browser, policy);
      const more = webMatchPatterns((await api.permissions.getAll()).origins).filter(
        (p) => !started.includes(p),
      );
      return more.length > 0 ? startReadingOpenTabs(api, more, warn) : 0;
    });
  };
  browser.runtime.onInstalled.addListener(readOpenTabs);
  browser.runtime.onStartup.addListener(readOpenTabs);
  // A site granted just now: start reading its tabs that are already open.
  browser.permissions.onAdded.addListener((granted) => {
    sync();
    withPolicy((policy) =>
      startReadingOpenTabs(
        readerApiUnderPolicy(browser, policy),
        allowedMatchPatterns(policy, granted.origins ?? []),
        warn,
      ),
    );
  });
  browser.permissions.onRemoved.addListener(sync);
  // Sessions past the retention period are deleted daily, even when no Attune page is opened.
  scheduleRetention();

  // Chrome: the toolbar button opens the side panel.
  if ('sidePanel' in browser && browser.sidePanel) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('Attune: could not set the side panel behaviour', error));
    return;
  }

  // Firefox: no side panel; the toolbar button toggles the sidebar instead.
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  const toolbarButton = browser.action ?? browser.browserAction;
  if (sidebarAction && toolbarButton) {
    toolbarButton.onClicked.addListener(() => {
      sidebarAction
        .toggle()
        .catch((error: unknown) => console.error('Attune: could not toggle the sidebar', error));
    });
  }
});
