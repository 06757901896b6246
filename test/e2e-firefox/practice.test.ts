import { afterAll, beforeAll, expect, test } from 'vitest';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import {
  CLIENT_MESSAGES,
  accessibilityProblems,
  clickButton,
  hintSelector,
  launchFirefoxWithExtension,
  screenshot,
  sendAndAwaitClientTurn,
  textOf,
  type FirefoxWithExtension,
} from './firefox';

declare const browser: typeof ExtensionBrowser;

/**
 * test/e2e/practice.test.ts's first test in Firefox: the practice chat in a tab, the sidebar's page
 * bound to it, a hint on a directive draft, the suggestion inserted, and the client answering.
 */
let extension: FirefoxWithExtension;

beforeAll(async () => {
  extension = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await extension?.close();
});

test('practise a reply: the sidebar page reads the practice chat, hints on the draft, inserts, and the client answers', async () => {
  const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1');
  await chat.waitForSelector(CLIENT_MESSAGES);
  const tabId = await chat.evaluate(async () => (await browser.tabs.getCurrent())?.id);
  expect(tabId).toBeTypeOf('number');
  const panel = await extension.open(`sidepanel.html?tab=${tabId}`);
  await expect.poll(() => textOf(panel, '.live-status'), { timeout: 10_000 }).toMatch(/reply box found/);

  // A directive draft gets a hint anchored in the client's words and the draft.
  const composer = 'textarea[data-attune-composer]';
  await chat.click(composer);
  await chat.keyboard.type('You need to stop. Be honest with yourself.');
  await expect.poll(() => hintSelector(panel, 'Ask before advising'), { timeout: 10_000 }).not.toBeNull();
  const hint = (await hintSelector(panel, 'Ask before advising'))!;
  await screenshot(panel, 'firefox-practice-panel.png');

  // Insert the panel's suggestion after what was typed (the draft must stay: hints are about it).
  const value = () => chat.$eval(composer, (el) => (el as HTMLTextAreaElement).value);
  const typed = await value();
  const suggestion = (await textOf(panel, `${hint} .try .quoted`)).replace(/^“|”$/g, '');
  expect(suggestion).not.toBe('');
  await clickButton(panel, hint, 'Insert into reply');
  await expect.poll(value, { timeout: 5_000 }).toBe(`${typed} ${suggestion}`);
  await sendAndAwaitClientTurn(chat);
  await expect.poll(() => textOf(panel, '.live-status')).toMatch(/\d+ from the client, 1 from you/);
  await screenshot(chat, 'firefox-practice.png');
  expect(await accessibilityProblems(chat)).toEqual([]);
});
