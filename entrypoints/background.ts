import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/** Firefox's sidebar API, which the Chrome-derived `browser` types do not describe. */
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
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
