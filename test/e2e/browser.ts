import axe from 'axe-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';

/** The extension API as seen inside an extension page (for page.evaluate). */
declare const chrome: typeof Browser;

/** Debian's Chromium (`apt-get install chromium`); never a browser downloaded by Playwright. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The e2e build: like the shipped one, plus a host grant for the loopback test server. */
export const CHROME_BUILD = resolve('.output/chrome-mv3-e2e');
export const SCREENSHOTS = resolve('test-results/screenshots');

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  /** Opens one of the extension's pages, e.g. `sidepanel.html`, in a new tab. */
  open(page: string): Promise<Page>;
  close(): Promise<void>;
}

/** Loads the unpacked build in `dir`, and no other extension. */
export const loadExtensionArgs = (dir: string): string[] => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
];

/** Every test browser's flags: no sandbox (CI runs as root), nothing fetched, synced or updated. */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium with the built Chrome extension loaded, in a throwaway profile. */
export async function launchWithExtension(options: { webgpu?: boolean } = {}): Promise<LoadedExtension> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`no build in ${CHROME_BUILD}: run npm run test:e2e, which builds first`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'attune-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 400, height: 900 },
    args: [
      ...loadExtensionArgs(CHROME_BUILD),
      // WebGPU tests get Chromium's software (SwiftShader) adapter; the others need no GPU at all.
      ...(options.webgpu ? ['--enable-unsafe-webgpu'] : ['--disable-gpu']),
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
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

/** Waits until the background has registered the live reader for the pre-granted test host. */
export async function waitForLiveReader(extension: LoadedExtension, timeoutMs = 10_000): Promise<void> {
  const probe = await extension.open('sidepanel.html');
  const deadline = Date.now() + timeoutMs;
  while (
    (await probe.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0
  ) {
    if (Date.now() > deadline) throw new Error('the live reader was never registered for 127.0.0.1');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await probe.close();
}

/** Opens the side panel bound to the tab showing `chat` (`sidepanel.html?tab=<id>`). */
export async function openPanelFor(extension: LoadedExtension, chat: Page): Promise<Page> {
  const panel = await extension.open('sidepanel.html');
  const tabId = await panel.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    chat.url(),
  );
  if (tabId === undefined) throw new Error(`no tab shows ${chat.url()}`);
  await panel.goto(`chrome-extension://${extension.id}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** Saved pages served from 127.0.0.1, the host the e2e build is pre-granted. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>`; `${base}/rocketchat/conversation` serves `<root>/rocketchat/conversation.html`. */
  readonly base: string;
  close(): Promise<void>;
}

export async function serveFixtures(root: string): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    // Only plain lowercase paths: nothing outside `root` can be named.
    const path = /^\/([a-z-]+(?:\/[a-z-]+)?)$/.exec(req.url ?? '')?.[1];
    let html: string | null = null;
    try {
      if (path) html = readFileSync(join(root, `${path}.html`), 'utf8');
    } catch {
      html = null;
    }
    if (html === null) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
