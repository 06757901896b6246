import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startReadingOpenTabs, syncLiveReader } from '../lib/live/registration';
import { scheduleRetention } from '../lib/log/retention-alarm';

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

  serially(() => syncLiveReader(browser));
  // Installed, updated or started with chat tabs open: the browser injects registered scripts only
  // into pages loaded from now on, so start the reader in the granted tabs already open. A reader
  // left by the previous version stops when the new one starts (lib/live/takeover.ts).
  const readOpenTabs = () => serially(() => startReadingOpenTabs(browser, undefined, warn));
  browser.runtime.onInstalled.addListener(readOpenTabs);
  browser.runtime.onStartup.addListener(readOpenTabs);
  // A site granted just now: start reading its tabs that are already open.
  browser.permissions.onAdded.addListener((granted) => {
    serially(() => syncLiveReader(browser));
    serially(() => startReadingOpenTabs(browser, granted.origins ?? [], warn));
  });
  browser.permissions.onRemoved.addListener(() => serially(() => syncLiveReader(browser)));
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
