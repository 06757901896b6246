import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import {
  launchWithExtension,
  openPanelFor,
  serveFixtures,
  waitForLiveReader,
  type FixtureServer,
  type LoadedExtension,
} from './browser';
import { sendAndAwaitClientTurn } from './practice-chat';
import {
  CHAT_WIDTH,
  PANEL_WIDTH,
  STORE_SCREENSHOTS,
  STORE_SIZE,
  pngFileSize,
  sideBySideHtml,
} from './store-frame';

declare const chrome: typeof Browser;

/**
 * The Chrome Web Store screenshots (docs/store/README.md), made from the real extension on the
 * practice chat, a helpline-style web chat (test/fixtures/store) and the review page, at the store's 1280×800. Each test
 * also checks what the picture is for: the hint the listing talks about is in view, not below the
 * fold of a panel the size of a laptop screen.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

let extension: LoadedExtension;
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(STORE_SCREENSHOTS, { recursive: true });
  server = await serveFixtures(FIXTURES);
  extension = await launchWithExtension();
  await waitForLiveReader(extension);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/**
 * The panel's first hint quotes the draft, and its title, reason and quotes are inside the
 * panel's first screen: what the listing promises (a hint anchored in the client's and the
 * draft's words, with the reason) has to be in the picture, not below the fold.
 */
async function expectFirstHintInView(panel: Page, draft: string): Promise<void> {
  const hint = panel.locator('.hints > li').first();
  await hint.waitFor({ timeout: 10_000 });
  const quotesDraft = async () =>
    (await hint.locator('.quote .quoted').allInnerTexts()).some((q) =>
      draft.includes(q.replace(/^“…?|…?”$/g, '')),
    );
  await expect.poll(quotesDraft).toBe(true);
  for (const part of ['.hint-message', '.why', '.quote']) {
    const box = await hint.locator(part).last().boundingBox();
    expect(box, part).not.toBeNull();
    expect(box!.y + box!.height, part).toBeLessThanOrEqual(STORE_SIZE.height);
  }
}

/** Captures chat and panel at their widths and writes them side by side as `name`. */
async function storeShot(chat: Page, panel: Page, name: string): Promise<string> {
  // Marks in the page are drawn on animation frames, which a background tab does not get.
  await chat.bringToFront();
  await chat.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const chatPng = await chat.screenshot();
  await panel.bringToFront();
  const panelPng = await panel.screenshot();
  const frame = await extension.context.newPage();
  await frame.setViewportSize(STORE_SIZE);
  await frame.setContent(sideBySideHtml(chatPng, panelPng, 'right'));
  await frame.evaluate(() => Promise.all(Array.from(document.images, (img) => img.decode())));
  const path = join(STORE_SCREENSHOTS, name);
  await frame.screenshot({ path });
  await frame.close();
  expect(await pngFileSize(path)).toEqual(STORE_SIZE);
  return path;
}

const sized = async (page: Page, width: number) => {
  await page.setViewportSize({ width, height: STORE_SIZE.height });
  return page;
};

test('1: practice chat, a hint on a directive draft', async () => {
  const chat = await sized(
    await extension.open('practice.html?scenario=weekend-drinking&fast=1&seed=2'),
    CHAT_WIDTH,
  );
  await chat.locator('[data-attune-message][data-role=client]').first().waitFor();
  const tabId = await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  const panel = await sized(await extension.open(`sidepanel.html?tab=${tabId}`), PANEL_WIDTH);
  const composer = chat.locator('textarea[data-attune-composer]');
  await composer.fill('It sounds like the weekends are when you finally get to switch off.');
  await sendAndAwaitClientTurn(chat);
  const draft = "You need to cut back, it's a big deal.";
  await composer.fill(draft);
  await panel.locator(`.feedback[data-draft-chars="${draft.length}"]`).waitFor({ timeout: 10_000 });
  await expectFirstHintInView(panel, draft);
  await storeShot(chat, panel, 'chrome-1-practice.png');
});

test('2: a helpline web chat, a risk disclosure and a draft that moves past it', async () => {
  const chat = await sized(await extension.context.newPage(), CHAT_WIDTH);
  await chat.goto(`${server.base}/store/helpline`);
  const panel = await sized(await openPanelFor(extension, chat), PANEL_WIDTH);
  await expect
    .poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 })
    .toMatch(/reply box found/);
  await chat.locator('#reply').click();
  const draft = "Let's focus on the job search for now. Have you updated your CV?";
  await chat.keyboard.type(draft);
  await panel.locator(`.feedback[data-draft-chars="${draft.length}"]`).waitFor({ timeout: 10_000 });
  await expectFirstHintInView(panel, draft);
  // Risk first: the top hint is the safety one, and the panel says the client's words are risk.
  expect(await panel.locator('.hints > li').first().innerText()).toMatch(/safety/i);
  await storeShot(chat, panel, 'chrome-2-risk.png');
});

test('3: the review page, a logged practice session', async () => {
  const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1&seed=3');
  await chat.locator('[data-attune-message][data-role=client]').first().waitFor();
  const tabId = await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  const panel = await extension.open(`sidepanel.html?tab=${tabId}`);
  await panel.getByLabel('Log this conversation').check();
  await expect
    .poll(() => panel.locator('.session-log-status').innerText(), { timeout: 10_000 })
    .toMatch(/Logging on/);
  const composer = chat.locator('textarea[data-attune-composer]');
  for (const reply of [
    "It sounds like the weekends have become your way to unwind, and you're not sure it's a problem.",
    'You need to stop drinking so much.',
    "What would you like to be different, if anything? It's your call.",
  ]) {
    await composer.fill(reply);
    await expect
      .poll(() => panel.locator('.feedback').getAttribute('data-draft-chars'), { timeout: 10_000 })
      .toBe(String(reply.length));
    await sendAndAwaitClientTurn(chat);
  }
  const turns = await chat.locator('[data-attune-message]').count();
  await expect
    .poll(() => panel.locator('.session-log-status').innerText(), { timeout: 10_000 })
    .toBe(`Logging on · ${turns} turns stored.`);

  const review = await sized(await extension.open('review.html'), STORE_SIZE.width);
  await review.locator('.session-row').first().click();
  await review.locator('.timeline[data-complete=true]').waitFor();
  await review.locator('.miti-table').waitFor();
  const path = join(STORE_SCREENSHOTS, 'chrome-3-review.png');
  await review.screenshot({ path });
  expect(await pngFileSize(path)).toEqual(STORE_SIZE);
});
