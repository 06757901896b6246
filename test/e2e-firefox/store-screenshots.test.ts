import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../e2e/browser';
import {
  CHAT_WIDTH,
  PANEL_WIDTH,
  STORE_SCREENSHOTS,
  STORE_SIZE,
  pngFileSize,
  sideBySideHtml,
} from '../e2e/store-frame';
import {
  CLIENT_MESSAGES,
  launchFirefoxWithExtension,
  openExtensionPage,
  tabIdOf,
  textOf,
  waitForLiveReader,
  type FirefoxWithExtension,
} from './firefox';

declare const browser: typeof import('wxt/browser').browser;

/**
 * The addons.mozilla.org screenshots (docs/store/README.md), made in Firefox from the real
 * extension, with the sidebar's page on the left where Firefox puts its sidebar. 1280×800, the
 * size AMO shows best (it takes up to 2400×1800).
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

let extension: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(STORE_SCREENSHOTS, { recursive: true });
  server = await serveFixtures(FIXTURES);
  extension = await launchFirefoxWithExtension();
  await waitForLiveReader(extension);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** The first hint's title, reason and quotes lie inside the sidebar's first screen. */
async function expectFirstHintInView(panel: Page): Promise<void> {
  const bottoms = await panel.evaluate(() =>
    ['.hint-message', '.why', '.quote'].map((part) => {
      const el = document.querySelector(`.hints > li:first-child ${part}`);
      return el ? el.getBoundingClientRect().bottom : Infinity;
    }),
  );
  for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(STORE_SIZE.height);
}

async function storeShot(chat: Page, panel: Page, name: string): Promise<void> {
  // Marks in the page are drawn on animation frames, which a background tab does not get.
  await chat.bringToFront();
  await chat.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const chatPng = await chat.screenshot();
  await panel.bringToFront();
  const panelPng = await panel.screenshot();
  const frame = await extension.browser.newPage();
  await frame.setViewport(STORE_SIZE);
  await frame.setContent(sideBySideHtml(chatPng, panelPng, 'left'));
  await frame.evaluate(() => Promise.all(Array.from(document.images, (img) => img.decode())));
  const path = join(STORE_SCREENSHOTS, name) as `${string}.png`;
  await frame.screenshot({ path });
  await frame.close();
  expect(await pngFileSize(path)).toEqual(STORE_SIZE);
}

test('1: a helpline web chat, a risk disclosure and a draft that moves past it', async () => {
  const chat = await extension.browser.newPage();
  await chat.setViewport({ width: CHAT_WIDTH, height: STORE_SIZE.height });
  await chat.goto(`${server.base}/store/helpline`);
  const panel = await extension.open('sidepanel.html');
  await panel.setViewport({ width: PANEL_WIDTH, height: STORE_SIZE.height });
  await openExtensionPage(panel, `sidepanel.html?tab=${await tabIdOf(panel, chat.url())}`);
  await expect.poll(() => textOf(panel, '.live-status'), { timeout: 10_000 }).toMatch(/reply box found/);
  await chat.click('#reply');
  const draft = "Let's focus on the job search for now. Have you updated your CV?";
  await chat.keyboard.type(draft);
  await panel.waitForSelector(`.feedback[data-draft-chars="${draft.length}"]`, { timeout: 10_000 });
  await expect.poll(() => textOf(panel, '.hints > li:first-child'), { timeout: 10_000 }).toMatch(/safety/i);
  await expectFirstHintInView(panel);
  await storeShot(chat, panel, 'firefox-1-risk.png');
});

test('2: the practice chat, a hint on a directive draft', async () => {
  const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1&seed=2');
  await chat.setViewport({ width: CHAT_WIDTH, height: STORE_SIZE.height });
  await chat.waitForSelector(CLIENT_MESSAGES);
  const tabId = await chat.evaluate(async () => (await browser.tabs.getCurrent())?.id);
  const panel = await extension.open(`sidepanel.html?tab=${tabId}`);
  await panel.setViewport({ width: PANEL_WIDTH, height: STORE_SIZE.height });
  await expect.poll(() => textOf(panel, '.live-status'), { timeout: 10_000 }).toMatch(/reply box found/);
  await chat.click('textarea[data-attune-composer]');
  const draft = "You need to cut back, it's a big deal.";
  await chat.keyboard.type(draft);
  await panel.waitForSelector(`.feedback[data-draft-chars="${draft.length}"]`, { timeout: 10_000 });
  await expectFirstHintInView(panel);
  await storeShot(chat, panel, 'firefox-2-practice.png');
});
