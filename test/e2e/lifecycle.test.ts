import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { extensionIdFromKey } from '../../tools/extension-id';
import {
  CHROME_BUILD,
  CHROMIUM,
  QUIET_CHROMIUM_ARGS,
  loadExtensionArgs,
  serveFixtures,
  type FixtureServer,
} from './browser';
import { firstRead, readerReads, waitForFirstRead } from './reader-probe';

/**
 * The reader's life in real Chromium: tabs open before Attune installs, starts or updates are read
 * within a second or two; the panel's "Read chats on this site" starts the reader in a tab of a
 * site granted already; a chat-shaped frame from another origin never takes the panel over; text
 * hidden from the counselor is not read. Timings are printed (`[lifecycle] ...`) and checked.
 *
 * "Read" is measured in the page itself: the e2e build's reader records each read in its own
 * JavaScript world, where the page cannot see it and the test reads it over the DevTools protocol
 * (reader-probe.ts); its time is compared with the moment Attune was installed or the browser
 * launched.
 */
declare const chrome: typeof Browser;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** Attune's id, fixed by the manifest's key (read when the tests start: the build exists by then). */
let EXTENSION_ID = '';
/** How soon a tab open before Attune must be read (the issue asks for a second; headroom for a busy 2-core machine). */
const READ_WITHIN_MS = 2_000;

const LOG_REGION = readFileSync(join(FIXTURES, 'unknown', 'log-region.html'), 'utf8');
const PRACTICE_LOOKALIKE = readFileSync(join(FIXTURES, 'practice', 'conversation.html'), 'utf8');

/** A chat (the generic reader's role=log page) with text the counselor cannot see. */
const HIDDEN_TEXT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Hidden text</title>
    <style>
      .thread { display: flex; flex-direction: column; gap: 8px }
      .msg--me { align-self: flex-end }
      .gone { display: none }
      .ghost { visibility: hidden }
      .clip, .sr-only, .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }
      .chips span { display: inline-block }
    </style>
  </head>
  <body>
    <div class="thread" role="log" aria-label="Conversation">
      <div class="msg msg--them" data-key="h1">
        <span class="who">Visitor</span>
        <div class="body"><div>i will be out tonight</div><div>ok whatever</div></div>
      </div>
      <div class="msg msg--me" data-key="h2">
        <span class="who">Robin (volunteer)</span>
        <div class="body">That sounds like a lot.<span class="sr-only"> HIDDEN-SR-ONLY</span></div>
      </div>
      <div class="msg msg--them" data-key="h3">
        <span class="who">Visitor</span>
        <div class="body">its fine<span class="gone"> HIDDEN-STYLESHEET</span><span hidden> HIDDEN-ATTRIBUTE</span><span class="ghost"> HIDDEN-VISIBILITY</span><span class="visually-hidden"> HIDDEN-HELPER</span><span class="q7x"> HIDDEN-CLIPPED</span><span style="display: none"> HIDDEN-INLINE</span></div>
      </div>
      <div class="msg msg--them" data-key="h4">
        <span class="who">Visitor</span>
        <div class="body chips"><span>see</span><span>you</span></div>
      </div>
    </div>
    <form class="compose" onsubmit="return false;">
      <textarea id="reply" aria-label="Write a reply"></textarea>
    </form>
  </body>
</html>`.replace('class="q7x"', 'class="clip"');

/** A page with no chat of its own around a frame that holds one. */
const frameOnly = (src: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Dashboard</title></head>` +
  `<body><h1>Dashboard</h1><iframe title="Widget" src="${src}" style="width: 380px; height: 600px"></iframe></body></html>`;

/**
 * Pages on one loopback origin (granted in the e2e build): `/chat/<name>` the generic reader's
 * chat, `/with-frame` that chat with a frame of `frameSrc`, `/frame-only` a page with only the
 * frame, `/hidden` the hidden-text chat, `/practice-lookalike` a web page marked up as Attune's
 * practice chat.
 */
async function servePages(frameSrc: string): Promise<{ base: string; close(): Promise<void> }> {
  const frame = `<iframe title="Support chat" src="${frameSrc}" style="width: 380px; height: 600px"></iframe>`;
  const pages: Record<string, string> = {
    '/with-frame': LOG_REGION.replace('</body>', `${frame}</body>`),
    '/frame-only': frameOnly(frameSrc),
    '/hidden': HIDDEN_TEXT,
    '/practice-lookalike': PRACTICE_LOOKALIKE,
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    const html = /^\/chat\/[a-z0-9-]+$/.test(path) ? LOG_REGION : pages[path];
    if (html === undefined) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

interface LaunchOptions {
  profile: string;
  /** Load the e2e build from the command line (else it can be installed later over CDP). */
  withExtension: boolean;
  /** Reopen the tabs of the profile's last session, as a browser start does. */
  restore?: boolean;
}

/** Headless Chromium on `profile`; extensions allowed, so Attune can also be installed while it runs. */
async function launch({ profile, withExtension, restore = false }: LaunchOptions): Promise<BrowserContext> {
  // Developer mode on, as for anyone working with an unpacked build: without it Chromium 156
  // unloads an unpacked extension on `runtime.reload()` and never starts it again.
  const preferences = join(profile, 'Default', 'Preferences');
  if (!existsSync(preferences)) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(preferences, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  return chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 400, height: 900 },
    // Playwright turns extensions off unless told otherwise, and opens about:blank instead of the last session.
    ignoreDefaultArgs: ['--disable-extensions', ...(restore ? ['about:blank'] : [])],
    args: [
      ...(withExtension ? loadExtensionArgs(CHROME_BUILD) : []),
      // Lets the test install the unpacked build over CDP (Extensions.loadUnpacked), as a user would from disk.
      '--enable-unsafe-extension-debugging',
      ...(restore ? ['--restore-last-session'] : []),
      '--disable-gpu',
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** When (epoch ms) `page` finished loading. */
const loadedAt = (page: Page) =>
  page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return performance.timeOrigin + (nav?.loadEventEnd || nav?.domContentLoadedEventEnd || 0);
  });

const readCount = async (page: Page) => (await readerReads(page)).length;

/** A new message in the generic chat, as the client's next line arriving. */
const addClientMessage = (page: Page, text: string) =>
  page.evaluate((line) => {
    const log = document.querySelector('[role="log"]')!;
    const id = `n${log.children.length + 1}`;
    log.insertAdjacentHTML(
      'beforeend',
      `<div class="msg msg--them" data-key="${id}"><span class="who">Visitor</span><p class="body"></p></div>`,
    );
    log.lastElementChild!.querySelector('p')!.textContent = line;
  }, text);

async function extensionPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/${path}`);
  return page;
}

async function tabIdOf(context: BrowserContext, chat: Page): Promise<number> {
  const probe = await extensionPage(context, 'sidepanel.html');
  const id = await probe.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    chat.url(),
  );
  await probe.close();
  if (id === undefined) throw new Error(`no tab shows ${chat.url()}`);
  return id;
}

/** The side panel bound to the tab showing `chat`. */
async function panelFor(context: BrowserContext, chat: Page): Promise<{ panel: Page; tabId: number }> {
  const tabId = await tabIdOf(context, chat);
  const panel = await extensionPage(context, `sidepanel.html?tab=${tabId}`);
  return { panel, tabId };
}

const status = (panel: Page) => panel.locator('.live-status').innerText();

async function newProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'attune-e2e-lifecycle-'));
}

function report(what: string, ms: readonly number[]): void {
  console.log(`[lifecycle] ${what}: ${ms.map((m) => `${Math.round(m)} ms`).join(', ')}`);
}

let server: { base: string; close(): Promise<void> };
let otherOrigin: FixtureServer;
const profiles: string[] = [];

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { key: string };
  EXTENSION_ID = extensionIdFromKey(manifest.key);
  // Another origin (another port of the loopback host, granted too): a Mattermost chat to frame.
  otherOrigin = await serveFixtures(FIXTURES);
  server = await servePages(`${otherOrigin.base}/mattermost/conversation`);
});

afterAll(async () => {
  await server?.close();
  await otherOrigin?.close();
  for (const profile of profiles) await rm(profile, { recursive: true, force: true });
});

describe('tabs open before Attune are read', () => {
  test('installed while chat tabs are open: every one is read within a second or two', async () => {
    const profile = await newProfile();
    profiles.push(profile);
    const context = await launch({ profile, withExtension: false });
    try {
      const tabs: Page[] = [];
      for (const name of ['one', 'two', 'three']) {
        const page = await context.newPage();
        await page.goto(`${server.base}/chat/${name}`);
        tabs.push(page);
      }
      await sleep(300);
      for (const page of tabs) expect(await firstRead(page)).toBeNull();

      const cdp = await context.browser()!.newBrowserCDPSession();
      const installedAt = Date.now();
      await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never);
      const delays = [];
      for (const page of tabs) delays.push((await waitForFirstRead(page, 10_000)) - installedAt);
      report('install → first read of each open tab', delays);
      for (const delay of delays) expect(delay).toBeLessThan(READ_WITHIN_MS);
    } finally {
      await context.close();
    }
  });

  test('browser start with chat tabs restored: each is read within a second of loading', async () => {
    const profile = await newProfile();
    profiles.push(profile);
    // The last session: Attune installed, three chat tabs open.
    const first = await launch({ profile, withExtension: true });
    for (const name of ['one', 'two', 'three']) {
      const page = await first.newPage();
      await page.goto(`${server.base}/chat/${name}`);
      await waitForFirstRead(page);
    }
    await first.close();

    const launchedAt = Date.now();
    const context = await launch({ profile, withExtension: true, restore: true });
    try {
      const chats = () => context.pages().filter((p) => p.url().startsWith(`${server.base}/chat/`));
      const deadline = Date.now() + 10_000;
      while (chats().length < 3 && Date.now() < deadline) await sleep(25);
      expect(chats()).toHaveLength(3);
      const fromLaunch = [];
      const fromLoad = [];
      for (const page of chats()) {
        const readAt = await waitForFirstRead(page);
        fromLaunch.push(readAt - launchedAt);
        fromLoad.push(readAt - (await loadedAt(page)));
      }
      report('browser launch → first read of each restored tab', fromLaunch);
      report('tab loaded → first read', fromLoad);
      // The bound is on what Attune controls, load → read. Launch → read adds starting Chromium
      // itself, which on a loaded 2-core CI machine took past 2.5 s by itself; it only has to
      // show each tab was read without the counselor doing anything.
      for (const delay of fromLoad) expect(delay).toBeLessThan(1_000);
      for (const delay of fromLaunch) expect(delay).toBeLessThan(8_000);
    } finally {
      await context.close();
    }
  });

  test('updated while a chat tab is open: the new reader takes over and the old one stops', async () => {
    const profile = await newProfile();
    profiles.push(profile);
    const context = await launch({ profile, withExtension: true });
    try {
      const chat = await context.newPage();
      await chat.goto(`${server.base}/chat/update`);
      await waitForFirstRead(chat);
      await addClientMessage(chat, 'still here');
      await expect.poll(() => readCount(chat)).toBe(2);

      // An update, as far as the page is concerned: the extension is replaced by a new instance.
      const worker = context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID))!;
      const before = await readCount(chat);
      const restarted = context.waitForEvent('serviceworker', { timeout: 10_000 }).then(() => Date.now());
      const updatedAt = Date.now();
      void worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await expect.poll(() => readCount(chat), { timeout: 10_000 }).toBeGreaterThan(before);
      const readAt = (await readerReads(chat)).at(-1)!.at;
      const workerAt = await restarted;
      report('update → new background running / → first read by the new version', [
        workerAt - updatedAt,
        readAt - updatedAt,
      ]);
      // The browser's own reload of the extension takes most of this; from there, as at install.
      expect(readAt - workerAt).toBeLessThan(READ_WITHIN_MS);

      // One reader left: a new message is read once (the old reader stops at this change), and the
      // panel of the new version hears the page.
      await sleep(300);
      const settled = await readCount(chat);
      await addClientMessage(chat, 'are you there');
      await expect.poll(() => readCount(chat), { timeout: 5_000 }).toBeGreaterThan(settled);
      await sleep(300);
      expect((await readCount(chat)) - settled).toBe(1);
      const { panel } = await panelFor(context, chat);
      await expect
        .poll(() => status(panel), { timeout: 10_000 })
        .toMatch(/7 messages: 5 from the client, 2 from you/);
    } finally {
      await context.close();
    }
  });
});

describe('in a running browser', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    const profile = await newProfile();
    profiles.push(profile);
    context = await launch({ profile, withExtension: true });
    // The background registers the reader for the pre-granted test host on start-up; wait until it has.
    const probe = await extensionPage(context, 'sidepanel.html');
    const registered = () =>
      probe.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    const deadline = Date.now() + 10_000;
    while ((await registered()) === 0 && Date.now() < deadline) await sleep(100);
    await probe.close();
  });

  afterAll(async () => {
    await context?.close();
  });

  test('a chat frame from another origin does not take over the panel or get the insert', async () => {
    const chat = await context.newPage();
    await chat.goto(`${server.base}/with-frame`);
    const frame = chat.frameLocator('iframe[title="Support chat"]');
    const frameComposer = frame.locator('#post_textbox');
    await frameComposer.waitFor();
    const frameDraft = await frameComposer.inputValue();
    const { panel } = await panelFor(context, chat);
    await expect
      .poll(() => status(panel), { timeout: 10_000 })
      .toMatch(/5 messages: 3 from the client, 2 from you/);
    expect(await status(panel)).toMatch(/Any site \(best guess\)/);

    // The counselor types in the top page's reply box; the panel's suggestion goes there only.
    await chat.locator('#reply').click();
    const draft = 'You need to stop. Be honest with yourself.';
    await chat.keyboard.type(draft);
    // Whichever hint comes first: its "try" line is what "Insert into reply" puts in.
    const hint = panel
      .locator('.hints > li')
      .filter({ has: panel.getByRole('button', { name: 'Insert into reply' }) })
      .first();
    await hint.waitFor({ timeout: 10_000 });
    const suggestion = (await hint.locator('.try .quoted').innerText()).replace(/^“|”$/g, '');
    await hint.getByRole('button', { name: 'Insert into reply' }).click();
    await expect
      .poll(() => chat.locator('#reply').inputValue(), { timeout: 5_000 })
      .toBe(`${draft} ${suggestion}`);
    expect(await frameComposer.inputValue()).toBe(frameDraft);
    expect(await status(panel)).not.toMatch(/Mattermost/);

    // Typing in the frame does not move the panel there either.
    await frameComposer.focus();
    await chat.keyboard.type(' hello');
    expect(await frameComposer.inputValue()).toContain(' hello');
    await sleep(500);
    expect(await status(panel)).toMatch(
      /Any site \(best guess\)[\s\S]*5 messages: 3 from the client, 2 from you/,
    );
    await chat.close();
    await panel.close();
  });

  test('a page with only a chat frame from another origin shows no chat, not the frame’s', async () => {
    const chat = await context.newPage();
    await chat.goto(`${server.base}/frame-only`);
    await chat.frameLocator('iframe').locator('#post_textbox').waitFor();
    const { panel } = await panelFor(context, chat);
    await expect.poll(() => status(panel), { timeout: 10_000 }).toMatch(/finds no chat on this page/);
    await sleep(500);
    expect(await status(panel)).not.toMatch(/Mattermost|messages/);
    await chat.close();
    await panel.close();
  });

  test('a web page marked up as the practice chat is not read as Attune’s practice chat', async () => {
    const chat = await context.newPage();
    await chat.goto(`${server.base}/practice-lookalike`);
    const { panel } = await panelFor(context, chat);
    await expect
      .poll(() => status(panel), { timeout: 10_000 })
      .toMatch(/Any site \(best guess\)|finds no chat on this page/);
    expect(await status(panel)).not.toMatch(/practice chat/i);
    await chat.close();
    await panel.close();
  });

  test('text hidden from the counselor is not read, and blocks stay apart', async () => {
    const chat = await context.newPage();
    await chat.goto(`${server.base}/hidden`);
    const { panel, tabId } = await panelFor(context, chat);
    await expect.poll(() => status(panel), { timeout: 10_000 }).toMatch(/4 messages/);
    // What the page sends the panel, caught in the panel's own page.
    await panel.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      chrome.runtime.onMessage.addListener((message: { type?: string }) => {
        if (message.type === 'page-snapshot') seen.push(message);
      });
    });
    await panel.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'request-snapshot' }), tabId);
    const texts = async () =>
      panel.evaluate(() => {
        const seen = (window as unknown as { seen: { messages: { text: string }[] }[] }).seen;
        return seen.at(-1)?.messages.map((m) => m.text) ?? [];
      });
    await expect.poll(texts, { timeout: 5_000 }).toHaveLength(4);
    const [tonight, sounds, fine, chips] = await texts();
    expect(tonight).toMatch(/^i will be out tonight\n+ok whatever$/);
    expect(sounds).toBe('That sounds like a lot.');
    expect(fine).toBe('its fine');
    expect(chips).toBe('see you');
    expect((await texts()).join(' ')).not.toMatch(/HIDDEN|tonightok/);
    await chat.close();
    await panel.close();
  });

  // Last in this browser: it takes the registered reader away.
  test('"Read chats on this site" starts the reader in a tab of a site granted already', async () => {
    const probe = await extensionPage(context, 'sidepanel.html');
    // A tab the browser did not give the reader (as when it was open before Attune): unregister first.
    await probe.evaluate(() => chrome.scripting.unregisterContentScripts({ ids: ['attune-live'] }));
    await probe.close();
    const chat = await context.newPage();
    await chat.goto(`${server.base}/chat/button`);
    await sleep(500);
    expect(await firstRead(chat)).toBeNull();

    const { panel } = await panelFor(context, chat);
    await expect.poll(() => status(panel), { timeout: 10_000 }).toMatch(/Attune is not reading this tab/);
    const clickedAt = Date.now();
    await panel.getByRole('button', { name: 'Read chats on this site' }).click();
    await expect
      .poll(() => status(panel), { timeout: 10_000 })
      .toMatch(/5 messages: 3 from the client, 2 from you/);
    const shownAt = Date.now();
    const readAt = await waitForFirstRead(chat);
    report('button click → first read / → panel shows the chat', [readAt - clickedAt, shownAt - clickedAt]);
    expect(readAt - clickedAt).toBeLessThan(READ_WITHIN_MS);
    await chat.close();
    await panel.close();
  });
});
