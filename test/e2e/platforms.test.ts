import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
  screenshot,
  serveFixtures,
  type FixtureServer,
} from './browser';
import { waitForFirstRead } from './reader-probe';

/**
 * Issue 12's target on six chat pages built from the platforms' own markup (test/fixtures): English
 * and German Rocket.Chat, Mattermost, Chatwoot with private notes, Zendesk with an internal note
 * and another ticket open, Element without a user menu. The first is open when the browser starts.
 * On each, the panel shows the client's resistance cue from the page, a warning for a
 * confrontational draft typed into the page's composer and none for an MI-consistent one, within
 * 2 s of the draft being typed; no private or internal note reaches the panel, neither its text on
 * screen nor the snapshots the page sends it (what the session log is fed with).
 *
 * Times are printed (`[platforms] ...`) and checked.
 */
declare const chrome: typeof Browser;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The issue's bound: from the draft typed, and from a restored tab's load, to what the panel shows. */
const WITHIN_MS = 2_000;
/** Browser start → first read: long enough for Chromium's launch on a busy machine, far short of "never read". */
const UNASKED_MS = 8_000;

const CONFRONTING = 'You need to stop. Be honest with yourself.';
/** A reflection, then a question that asks permission. */
const MI_CONSISTENT =
  'It sounds like this has been weighing on you. Would it be ok if we looked at what might help?';
/** The confrontation hint (`mechanism.autonomy.directive` in lib/analysis/hints/reply-rules.ts). */
const ASK_BEFORE_ADVISING = 'Ask before advising';
/** The client's last message in every page below ends with this; the analyzer reads it as resistance. */
const CUE = "isn't going to change anything";

interface ChatPage {
  name: string;
  /** Served as `${base}/${path}` from test/fixtures/<path>.html. */
  path: string;
  /** The name the panel shows: the platform's own adapter read it, not the generic guess. */
  platform: string;
  /** The health line once the counselor can write a reply. */
  health: RegExp;
  /** The page's reply box. */
  composer: string;
  /** Words that occur only in the page's private or internal notes (and their draft). */
  notes?: string[];
  /** Anything the counselor does in the page before writing. */
  prepare?: (chat: Page, panel: Page) => Promise<void>;
}

/**
 * Chatwoot's reply box switched from "Private Note" to "Reply", as ReplyBox.vue does it (the
 * `replyType` watcher: `setToDraft` keeps the note draft, `getFromDraft` loads the reply draft,
 * none here; the box loses `.is-private`). One change, as one render of the page.
 */
async function chatwootToReply(chat: Page, panel: Page): Promise<void> {
  // In private-note mode the note draft is not a reply: no composer, nothing to assess.
  await expect
    .poll(() => status(panel), { timeout: 10_000 })
    .toMatch(/no reply box found · 9 messages: 5 from the client, 4 from you · 2 private notes left out/);
  await chat.evaluate(() => {
    const box = document.querySelector('.reply-box')!;
    const [reply, note] = Array.from(box.querySelectorAll('.reply-box__top-panel button'));
    reply!.classList.add('is-active');
    note!.classList.remove('is-active');
    box.classList.remove('is-private');
    box.querySelector('.editor-root')!.classList.remove('editor-root--private');
    box.querySelector('.ProseMirror')!.innerHTML = '<p><br /></p>';
    box.querySelector('.send-button')!.textContent = 'Send (↵)';
  });
}

const PAGES: ChatPage[] = [
  {
    name: 'Rocket.Chat in English',
    path: 'rocketchat/conversation',
    platform: 'Rocket.Chat',
    health: /^reply box found · 11 messages: 6 from the client, 5 from you$/,
    composer: 'textarea[name="msg"]',
  },
  {
    name: 'Rocket.Chat in German',
    path: 'rocketchat/german',
    platform: 'Rocket.Chat',
    health: /^reply box found · 11 messages: 6 from the client, 5 from you$/,
    composer: '.js-input-message[contenteditable="true"]',
  },
  {
    name: 'Mattermost',
    path: 'mattermost/conversation',
    platform: 'Mattermost',
    health: /^reply box found · 11 messages: 6 from the client, 5 from you$/,
    composer: '#post_textbox',
  },
  {
    name: 'Chatwoot with private notes',
    path: 'chatwoot/private-note',
    platform: 'Chatwoot',
    health: /^reply box found · 9 messages: 5 from the client, 4 from you · 2 private notes left out$/,
    composer: '.reply-box .ProseMirror',
    // The supervisor's note, the counselor's own note, and the note draft in the reply box.
    notes: ['may be minimising', 'Note to self', 'No risk disclosed', 'Ask about sleep before closing'],
    prepare: chatwootToReply,
  },
  {
    name: 'Zendesk with an internal note',
    path: 'zendesk/conversation',
    platform: 'Zendesk Agent Workspace',
    health: /^reply box found · 12 messages: 6 from the client, 6 from you · 1 private note left out$/,
    composer: '[data-test-id="ticket-4812-standard-layout"] [data-test-id="omnicomposer-rich-text-ckeditor"]',
    // The internal note, and the other open ticket (another client) whose pane stays in the page.
    notes: ['whether Sam feels safe', 'Supervisor:', 'delivery never arrived'],
  },
  {
    name: 'Element without a user menu',
    path: 'element/conversation',
    platform: 'Element (Matrix)',
    health: /^reply box found · 11 messages: 6 from the client, 5 from you$/,
    composer: '.mx_MessageComposer .mx_BasicMessageComposer_input',
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function report(what: string, ms: readonly number[]): void {
  console.log(`[platforms] ${what}: ${ms.map((m) => `${Math.round(m)} ms`).join(', ')}`);
}

/** Headless Chromium on `profile` with Attune loaded; `restore` reopens the last session's tabs. */
function launch(profile: string, restore = false): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 400, height: 900 },
    // Playwright turns extensions off unless told otherwise, and opens about:blank instead of the last session.
    ignoreDefaultArgs: ['--disable-extensions', ...(restore ? ['about:blank'] : [])],
    args: [
      ...loadExtensionArgs(CHROME_BUILD),
      ...(restore ? ['--restore-last-session'] : []),
      '--disable-gpu',
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
}

const status = (panel: Page) => panel.locator('.live-status').innerText();

/** Everything the panel's page received from the chat tab, as text (installed before the panel's own code runs). */
function catchMessages(): void {
  const seen: string[] = [];
  (window as unknown as { attuneSeen: string[] }).attuneSeen = seen;
  chrome.runtime.onMessage.addListener((message: unknown) => {
    seen.push(JSON.stringify(message));
  });
}

const received = (panel: Page) =>
  panel.evaluate(() => (window as unknown as { attuneSeen: string[] }).attuneSeen);

/** All the text the panel holds: what it shows and what its own fields contain. */
const panelText = (panel: Page) =>
  panel.evaluate(
    () =>
      `${document.body.innerText}\n${Array.from(document.querySelectorAll('textarea, input'))
        .map((el) => (el as HTMLInputElement).value)
        .join('\n')}`,
  );

let extensionId = '';
let server: FixtureServer;
let profile: string;
let context: BrowserContext;
/** The first page, open when the browser started, and when it was first read. */
let restored: { page: Page; launchToRead: number; loadToRead: number };

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { key: string };
  extensionId = extensionIdFromKey(manifest.key);
  server = await serveFixtures(FIXTURES);
  profile = await mkdtemp(join(tmpdir(), 'attune-e2e-platforms-'));

  // The last session: Attune installed, the first chat open.
  const first = PAGES[0]!;
  const before = await launch(profile);
  const page = await before.newPage();
  await page.goto(`${server.base}/${first.path}`);
  await waitForFirstRead(page);
  await before.close();

  // The browser starts again with that tab.
  const launchedAt = Date.now();
  context = await launch(profile, true);
  const url = `${server.base}/${first.path}`;
  const deadline = Date.now() + 10_000;
  let chat = context.pages().find((p) => p.url() === url);
  while (!chat && Date.now() < deadline) {
    await sleep(25);
    chat = context.pages().find((p) => p.url() === url);
  }
  if (!chat) throw new Error(`${url} was not restored`);
  const readAt = await waitForFirstRead(chat);
  const loadedAt = await chat.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return performance.timeOrigin + (nav?.loadEventEnd || nav?.domContentLoadedEventEnd || 0);
  });
  restored = { page: chat, launchToRead: readAt - launchedAt, loadToRead: readAt - loadedAt };
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** The side panel bound to the tab showing `chat`, catching what the tab sends it from the start. */
async function panelFor(chat: Page): Promise<Page> {
  const panel = await context.newPage();
  await panel.addInitScript(catchMessages);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const tabId = await panel.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    chat.url(),
  );
  if (tabId === undefined) throw new Error(`no tab shows ${chat.url()}`);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** Empties the page's reply box and types `draft` into it; returns when the last key was typed. */
async function typeDraft(chat: Page, composer: string, draft: string): Promise<number> {
  await chat.locator(composer).click();
  await chat.keyboard.press('ControlOrMeta+A');
  await chat.keyboard.press('Backspace');
  await chat.keyboard.type(draft);
  return Date.now();
}

test('the chat tab open when the browser starts is read, unasked, within 2 s of loading', () => {
  report(`browser start → first read of ${PAGES[0]!.name} / tab loaded → first read`, [
    restored.launchToRead,
    restored.loadToRead,
  ]);
  // The bound is on what Attune controls: from the tab's load to its first read. Browser start
  // adds Chromium's own launch, which on a loaded 2-core CI machine alone passed 2 s; it is
  // printed above and only has to show the tab was read without the counselor doing anything.
  expect(restored.loadToRead).toBeLessThanOrEqual(WITHIN_MS);
  expect(restored.launchToRead).toBeLessThanOrEqual(UNASKED_MS);
});

describe.each(PAGES.map((page, i) => ({ ...page, first: i === 0 })))(
  '$name',
  ({ name, path, platform, health, composer, notes = [], prepare, first }) => {
    test('the client’s cue, a warning for a confrontational draft and none for an MI-consistent one, within 2 s; no note', async () => {
      const chat = first ? restored.page : await context.newPage();
      if (!first) await chat.goto(`${server.base}/${path}`);
      const panel = await panelFor(chat);
      await prepare?.(chat, panel);

      await expect
        .poll(() => panel.locator('.live-status .platform').innerText(), { timeout: 10_000 })
        .toBe(platform);
      await expect
        .poll(() => panel.locator('.live-status .health').innerText(), { timeout: 10_000 })
        .toMatch(health);
      // The client's resistance, quoted from the page, in the detail folded under the hints.
      await panel.locator('details.detail > summary').click({ timeout: 10_000 });
      await expect.poll(() => panel.locator('.cues').innerText(), { timeout: 10_000 }).toContain(CUE);
      const noteFree = async () => {
        const shown = await panelText(panel);
        const sent = (await received(panel)).join('\n');
        for (const words of notes) {
          expect(shown).not.toContain(words);
          expect(sent).not.toContain(words);
        }
        return sent;
      };
      await noteFree();

      // A confrontational draft: the confrontation hint, as a warning, for the whole draft.
      const typedAt = await typeDraft(chat, composer, CONFRONTING);
      const hint = panel
        .locator(`.feedback[data-draft-chars="${CONFRONTING.length}"] .hints > li`)
        .filter({ hasText: ASK_BEFORE_ADVISING });
      await hint.waitFor({ timeout: 10_000 });
      const hintMs = Date.now() - typedAt;
      expect(await hint.getAttribute('class')).toMatch(/\bhint-important\b/);
      await screenshot(panel, `platforms-${path.replace('/', '-')}.png`);

      // An MI-consistent draft: its reading shows, without that hint or any other warning.
      const miTypedAt = await typeDraft(chat, composer, MI_CONSISTENT);
      const reading = panel.locator(`.feedback[data-draft-chars="${MI_CONSISTENT.length}"]`);
      await reading.waitFor({ timeout: 10_000 });
      const miMs = Date.now() - miTypedAt;
      expect(await reading.locator('.hints > li').filter({ hasText: ASK_BEFORE_ADVISING }).count()).toBe(0);
      expect(await reading.locator('.hints > li.hint-important, .hints > li.hint-safety').count()).toBe(0);
      await expect.poll(() => panel.locator('.cues').innerText()).toContain(CUE);

      report(`${name}: draft typed → warning shown / → MI-consistent draft read, no warning`, [hintMs, miMs]);
      expect(hintMs).toBeLessThanOrEqual(WITHIN_MS);
      expect(miMs).toBeLessThanOrEqual(WITHIN_MS);

      // No private or internal note reaches the panel: not on screen, not in what the page sent it.
      await sleep(300);
      const sent = await noteFree();
      expect(sent).toContain('"type":"page-snapshot"');
      expect(sent).toContain(CUE);
      await panel.close();
      await chat.close();
    });
  },
);
