import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { CHROME_BUILD, CHROMIUM, QUIET_CHROMIUM_ARGS, loadExtensionArgs, screenshot } from './browser';
import { sendAndAwaitClientTurn } from './practice-chat';

declare const chrome: typeof Browser;

/**
 * Logging that loses nothing, against a real quota failure in Chromium (issue 13). The extension's
 * origin is given a quota of one byte, less than it already uses (DevTools protocol
 * `Storage.overrideQuotaForOrigin`), so IndexedDB refuses every write with the browser's own
 * QuotaExceededError while the practice conversation goes on; then its quota is given back.
 *
 * Two things about Chromium this relies on, both checked on Chromium 156:
 * - It enforces no quota on an origin with `unlimitedStorage` (writes past an overridden quota
 *   still succeed; a real user of the shipped build runs into a full disk instead). So this test
 *   runs a copy of the e2e build with that one permission taken out; the id comes from the key
 *   and stays the same.
 * - IndexedDB remembers the space left after each look at the quota for 30 s, and spends from that.
 *   So the first test lowers the quota before anything was written; the second waits until a
 *   write of its own is refused before the conversation goes on.
 */

const REPLIES = [
  "It sounds like the weekends have become a big part of how you unwind, and you're not sure it's a problem.",
  'What would you like to be different, if anything?',
  "You're wondering whether it matters at all.",
  'Tell me more about what a good weekend looks like for you.',
];

let context: BrowserContext;
let id: string;
let folder: string;
let chat: Page;
let tabId: number;
/** DevTools protocol, through the practice chat (an extension page too, open for the whole test). */
let cdp: CDPSession;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'attune-quota-'));
  const build = join(folder, 'extension');
  await cp(CHROME_BUILD, build, { recursive: true });
  const manifestPath = join(build, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { permissions: string[] };
  expect(manifest.permissions).toContain('unlimitedStorage');
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  await writeFile(manifestPath, JSON.stringify(manifest));
  context = await chromium.launchPersistentContext(join(folder, 'profile'), {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 400, height: 900 },
    args: [...loadExtensionArgs(build), '--disable-gpu', ...QUIET_CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  id = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${path}`);
  return page;
}

async function openPanel(): Promise<Page> {
  const panel = await open(`sidepanel.html?tab=${tabId}`);
  await expect
    .poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 })
    .toMatch(/reply box found/);
  return panel;
}

/** Gives the extension's origin a quota of one byte (it already uses more), or its own back. */
async function setQuota(bytes: number | null): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: `chrome-extension://${id}`,
    ...(bytes === null ? {} : { quotaSize: bytes }),
  });
}

/** Whether IndexedDB refuses a write in this origin now (a scratch database, not the log). */
async function refusesWrites(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('attune-e2e-quota-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('probe');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('probe', 'readwrite');
        tx.objectStore('probe').put('x'.repeat(1_000), 'probe');
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      });
      return false;
    } catch (error) {
      return (error as DOMException).name === 'QuotaExceededError';
    } finally {
      db.close();
    }
  });
}

async function send(reply: string): Promise<number> {
  await chat.locator('textarea[data-attune-composer]').fill(reply);
  await sendAndAwaitClientTurn(chat);
  return chat.locator('[data-attune-message]').count();
}

/**
 * The open session's timeline, one "who: text" line per turn (the text as stored, without the
 * screen-reader labels of its highlights) and "gap: …" per gap.
 */
async function timelineOf(review: Page): Promise<string[]> {
  await review.locator('.timeline[data-complete=true]').waitFor();
  return review.locator('.timeline > li').evaluateAll((items) =>
    items.map((li) => {
      const who = li.querySelector('.turn-meta strong')?.textContent ?? '';
      if (li.classList.contains('turn-gap')) return `gap: ${who}`;
      const text = li.querySelector('.message-text')?.cloneNode(true) as Element | undefined;
      text?.querySelectorAll('.visually-hidden').forEach((label) => label.remove());
      return `${who}: ${text?.textContent ?? ''}`;
    }),
  );
}

async function pageTranscript(): Promise<string[]> {
  return chat
    .locator('[data-attune-message]')
    .evaluateAll((items) =>
      items.map(
        (m) =>
          `${m.getAttribute('data-role') === 'client' ? 'Client' : 'Counselor'}: ${m.textContent?.trim() ?? ''}`,
      ),
    );
}

test('a full disk loses no turn: the session start and the turns wait in the panel, and all are stored once space returns', async () => {
  chat = await open('practice.html?scenario=weekend-drinking&fast=1&seed=3');
  await chat.locator('[data-attune-message][data-role=client]').first().waitFor();
  tabId = (await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id))!;
  cdp = await context.newCDPSession(chat);
  // Full before anything is logged: even starting the session is refused.
  await setQuota(1);
  expect(await refusesWrites(chat)).toBe(true);
  const panel = await openPanel();
  const status = panel.locator('.session-log-status');
  await panel.getByLabel('Log this conversation').check();
  let onPage = await chat.locator('[data-attune-message]').count();
  // Read, not stored, and said so: nothing counts as stored before its write commits.
  await expect
    .poll(() => status.innerText(), { timeout: 10_000 })
    .toBe(`Logging on · 0 turns stored · ${onPage} turns waiting to be stored.`);
  await expect
    .poll(() => panel.locator('.session-log-problem').innerText())
    .toMatch(/^The session log is full: the browser refused to store more\./);
  onPage = await send(REPLIES[0]!);
  onPage = await send(REPLIES[1]!);
  await expect
    .poll(() => status.innerText(), { timeout: 10_000 })
    .toBe(`Logging on · 0 turns stored · ${onPage} turns waiting to be stored.`);
  await screenshot(panel, 'log-quota-full.png');

  await setQuota(null);
  // Tried again on its backoff (at most 15 s apart), with no new turn needed; the warning goes.
  await expect
    .poll(() => status.innerText(), { timeout: 25_000 })
    .toBe(`Logging on · ${onPage} turns stored.`);
  expect(await panel.locator('.session-log-problem').count()).toBe(0);
  onPage = await send(REPLIES[2]!);
  await expect
    .poll(() => status.innerText(), { timeout: 10_000 })
    .toBe(`Logging on · ${onPage} turns stored.`);

  const review = await open('review.html');
  await review.setViewportSize({ width: 1280, height: 900 });
  const rows = review.locator('.session-row');
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
  // textContent: rows and turns out of view are not painted (content-visibility), so have no innerText.
  await expect.poll(() => rows.first().textContent()).toContain(`${onPage} turns`);
  expect(await rows.first().textContent()).not.toContain('not stored');
  await rows.first().click();
  // Every turn the page showed, in its order, none twice.
  expect(await timelineOf(review)).toEqual(await pageTranscript());
  await review.close();
}, 120_000);

test('the panel closed while writes were failing: the turns it could not store are a gap, in the panel and the review', async () => {
  let panel = context.pages().find((p) => p.url().includes('sidepanel.html'))!;
  const stored = await chat.locator('[data-attune-message]').count();
  await setQuota(1);
  await expect.poll(() => refusesWrites(chat), { timeout: 45_000, interval: 1_000 }).toBe(true);
  const onPage = await send(REPLIES[3]!);
  const lost = onPage - stored;
  const status = () => panel.locator('.session-log-status').innerText();
  await expect
    .poll(status, { timeout: 10_000 })
    .toBe(`Logging on · ${stored} turns stored · ${lost} turns waiting to be stored.`);
  await panel.close();
  await setQuota(null);

  panel = await openPanel();
  await expect
    .poll(status, { timeout: 15_000 })
    .toBe(`Logging on · ${stored} turns stored · ${lost} turns not stored.`);
  expect(await panel.locator('.session-log-problem').count()).toBe(0);
  await screenshot(panel, 'log-quota-gap.png');

  const review = await open('review.html');
  await review.setViewportSize({ width: 1280, height: 900 });
  const row = review.locator('.session-row').first();
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain(`(${lost} turns not stored)`);
  await row.click();
  await expect
    .poll(() => review.locator('.session-header').textContent())
    .toContain(`${lost} turns not stored`);
  const transcript = await pageTranscript();
  expect(await timelineOf(review)).toEqual([...transcript.slice(0, stored), `gap: ${lost} turns not stored`]);
  expect(await review.locator('.turn-gap').textContent()).toMatch(
    /the side panel was closed before they could be stored/,
  );
  // Painted whole for the picture: turns out of view are otherwise skipped (content-visibility).
  await review.evaluate(() => {
    // Through the CSSOM: the page's CSP (style-src 'self') refuses an added <style> element.
    for (const turn of document.querySelectorAll<HTMLElement>('.turn'))
      turn.style.contentVisibility = 'visible';
  });
  await screenshot(review, 'log-quota-review-gap.png');

  // Logging goes on after the gap.
  const more = await send(REPLIES[0]!);
  await expect
    .poll(status, { timeout: 10_000 })
    .toBe(`Logging on · ${stored + more - onPage} turns stored · ${lost} turns not stored.`);
  await review.reload();
  await review.locator('.session-row').first().click();
  expect(await timelineOf(review)).toEqual([
    ...transcript.slice(0, stored),
    `gap: ${lost} turns not stored`,
    ...(await pageTranscript()).slice(onPage),
  ]);
}, 120_000);
