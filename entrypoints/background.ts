import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LIVE_SCRIPT_FILE, LIVE_SCRIPT_ID, webMatchPatterns } from '../lib/live/registration';
import { scheduleRetention } from '../lib/log/retention-alarm';

/** Firefox's sidebar API, which the Chrome-derived `browser` types do not describe. */
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/** Registers the live reader for exactly the sites the counselor has granted. */
async function syncLiveReader(): Promise<void> {
  const matches = webMatchPatterns((await browser.permissions.getAll()).origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [LIVE_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [LIVE_SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: LIVE_SCRIPT_ID, js: [LIVE_SCRIPT_FILE], matches, runAt: 'document_idle', allFrames: true },
  ]);
}

/** A site granted just now: start reading its tabs that are already open. */
async function injectIntoOpenTabs(origins: readonly string[] | undefined): Promise<void> {
  const matches = webMatchPatterns(origins);
  if (matches.length === 0) return;
  for (const tab of await browser.tabs.query({ url: matches })) {
    if (tab.id === undefined) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [LIVE_SCRIPT_FILE] })
      .catch((error: unknown) => console.warn('Attune: could not start reading a tab', error));
  }
}

export default defineBackground(() => {
  const report = (error: unknown) => console.error('Attune: live reader registration failed', error);
  void syncLiveReader().catch(report);
  browser.permissions.onAdded.addListener((granted) => {
    void syncLiveReader()
      .then(() => injectIntoOpenTabs(granted.origins))
      .catch(report);
  });
  browser.permissions.onRemoved.addListener(() => void syncLiveReader().catch(report));
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
