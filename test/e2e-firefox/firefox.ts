import axe from 'axe-core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { browser as ExtensionBrowser } from 'wxt/browser';

/** The extension API inside an extension page (for page.evaluate). */
declare const browser: typeof ExtensionBrowser;

/**
 * Firefox driven over WebDriver BiDi with puppeteer-core: Debian's Firefox ESR
 * (`apt-get install firefox-esr`), never a browser puppeteer downloads.
 *
 * How the extension's own pages are reached, and why it looks unusual:
 * - A moz-extension:// id is random per profile. `extensions.webextensions.uuids` maps the add-on
 *   id to a fixed UUID, so `moz-extension://<UUID>/practice.html` is known before the start.
 * - Firefox's remote agent refuses `browsingContext.navigate` to anything but http(s), file, blob
 *   and about:blank ("not allowed in this context"). `--remote-allow-system-access` lifts that.
 *   A web page cannot navigate to the pages either (`location.href` is denied: they are not
 *   web-accessible resources, and an e2e build should not make them so).
 * - Firefox's BiDi sends no events for extension documents (Bug 1755014: extension contexts are
 *   skipped), so puppeteer never sees their load: `page.goto` times out and `page.url()` stays
 *   `about:blank`, also in a tab the extension opened itself. Commands still reach them: script
 *   evaluation, DOM queries, key and mouse input and screenshots all work. So extension pages are
 *   opened with a bare `browsingContext.navigate` that waits for `complete` (`openExtensionPage`),
 *   and tests find tabs by their URL through the extension API instead of `page.url()`.
 * - Firefox's sidebar is part of the browser's own window (chrome), not a tab: it cannot be
 *   driven over BiDi. The tests open the sidebar's page, `sidepanel.html?tab=<id>`, in a tab, as
 *   the Chromium tests open the side panel's page.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `wxt build -b firefox --mode e2e`: the Firefox build plus a host grant for the loopback test server. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv2-e2e');
export const SCREENSHOTS = resolve('test-results/screenshots');
/** The add-on id in the Firefox manifest (wxt.config.ts, `browser_specific_settings.gecko.id`). */
export const ADDON_ID = 'attune@attune.local';
/** Fixed through `extensions.webextensions.uuids`; any UUID will do. */
export const EXTENSION_UUID = '6b1f5a0e-5c1d-4c62-9f0e-7a7e1a2b3c4d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens one of the extension's pages, e.g. `sidepanel.html`, in a new tab. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * puppeteer's browsing context behind a page. Not public API (pinned puppeteer-core version): the
 * public `page.goto` waits for a load event Firefox never sends for extension documents.
 */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

/** Navigates `page` to one of the extension's pages and returns once it has loaded. */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  const frame = page.mainFrame() as unknown as Partial<BidiFrame>;
  if (typeof frame.browsingContext?.navigate !== 'function') {
    throw new Error(
      'puppeteer-core no longer exposes the BiDi browsing context: see test/e2e-firefox/firefox.ts',
    );
  }
  await frame.browsingContext.navigate(`${EXTENSION_ORIGIN}/${path}`, 'complete');
}

/** Launches headless Firefox ESR with the e2e build installed, in a throwaway profile. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`no build in ${FIREFOX_BUILD}: run npm run test:firefox, which builds first`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'attune-firefox-'));
  const ff = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 400, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    },
  });
  // A temporary install of the unpacked build, as about:debugging does it.
  const installed = await ff.installExtension(FIREFOX_BUILD);
  if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);
  return {
    browser: ff,
    async open(path) {
      const page = await ff.newPage();
      await openExtensionPage(page, path);
      return page;
    },
    async close() {
      await ff.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** axe-core's serious and critical findings on a page, one line each (empty when clean). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`));
  });
}

/** The text of the first element matching `selector`, or '' when there is none yet. */
export const textOf = (page: Page, selector: string): Promise<string> =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector);

export const countOf = (page: Page, selector: string): Promise<number> =>
  page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** The tab id of the tab showing `url`, asked through the extension API from one of its pages. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(
    async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Waits until the background has registered the live reader for the pre-granted test host. */
export async function waitForLiveReader(extension: FirefoxWithExtension, timeoutMs = 10_000): Promise<void> {
  const probe = await extension.open('sidepanel.html');
  const deadline = Date.now() + timeoutMs;
  while (
    (await probe.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length)) === 0
  ) {
    if (Date.now() > deadline) throw new Error('the live reader was never registered for 127.0.0.1');
    await new Promise((done) => setTimeout(done, 100));
  }
  await probe.close();
}

/**
 * The hint titled `title` in the panel, as `.hints > li:nth-child(n)` (so it can be clicked by
 * selector), or null when the panel shows no such hint.
 */
export const hintSelector = (panel: Page, title: string): Promise<string | null> =>
  panel.evaluate((t) => {
    const items = Array.from(document.querySelectorAll('.hints > li'));
    const at = items.findIndex((li) => (li as HTMLElement).innerText.includes(t));
    return at < 0 ? null : `.hints > li:nth-child(${at + 1})`;
  }, title);

/** Clicks the button named `name` (its text) inside `within`. */
export async function clickButton(page: Page, within: string, name: string): Promise<void> {
  const buttons = await page.$$(`${within} button`);
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === name) {
      await button.click();
      return;
    }
  }
  throw new Error(`no button "${name}" in ${within}`);
}

/** The practice chat's message bubbles from the client. */
export const CLIENT_MESSAGES = '[data-attune-message][data-role=client]';

/**
 * Sends what is in the practice composer (Enter) and waits for the scripted client's whole
 * answer: the "is typing…" line gone and at least one new message in (as test/e2e/practice-chat.ts).
 */
export async function sendAndAwaitClientTurn(chat: Page, timeout = 10_000): Promise<number> {
  const before = await countOf(chat, CLIENT_MESSAGES);
  await chat.focus('textarea[data-attune-composer]');
  await chat.keyboard.press('Enter');
  await expect
    .poll(
      async () =>
        (await countOf(chat, '.chat-typing')) === 0 && (await countOf(chat, CLIENT_MESSAGES)) > before,
      { timeout },
    )
    .toBe(true);
  return countOf(chat, CLIENT_MESSAGES);
}

/**
 * The form control labelled `text` (a wrapping `<label>` or one with `for`), as a handle to click
 * or type into: puppeteer's ARIA selectors need the accessibility tree, which BiDi does not give.
 */
export async function byLabel(page: Page, text: string): Promise<ElementHandle<HTMLElement>> {
  const handle = await page.evaluateHandle((t) => {
    const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === t);
    return (label?.control ?? null) as HTMLElement | null;
  }, text);
  const element = handle.asElement() as ElementHandle<HTMLElement> | null;
  if (!element) throw new Error(`no control labelled "${text}"`);
  return element;
}
