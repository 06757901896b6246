import type { browser as Browser } from 'wxt/browser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { accessibilityProblems, launchWithExtension, screenshot, type LoadedExtension } from './browser';
import { clientMessages, sendAndAwaitClientTurn } from './practice-chat';

declare const chrome: typeof Browser;

/** The practice chat end to end: the demo, the onboarding and the harness for the live path. */
let extension: LoadedExtension;

beforeAll(async () => {
  extension = await launchWithExtension();
});

afterAll(async () => {
  await extension?.close();
});

test('practise a reply: the panel reads the practice chat, hints on the draft, inserts, and the client answers', async () => {
  const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1');
  await chat.locator('[data-attune-message][data-role=client]').first().waitFor();
  const tabId = await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  const panel = await extension.open(`sidepanel.html?tab=${tabId}`);
  await expect
    .poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 })
    .toMatch(/reply box found/);

  // A directive draft gets a hint anchored in the client's words and the draft.
  const composer = chat.locator('textarea[data-attune-composer]');
  await composer.click();
  await chat.keyboard.type('You need to stop. Be honest with yourself.');
  const hint = panel.locator('.hints > li').filter({ hasText: 'Ask before advising' });
  await hint.waitFor({ timeout: 10_000 });
  await screenshot(panel, 'practice-panel.png');

  // Insert the panel's suggestion after what was typed (the draft must stay: hints are about it).
  const typed = await composer.inputValue();
  const suggestion = (await hint.locator('.try .quoted').innerText()).replace(/^“|”$/g, '');
  await hint.getByRole('button', { name: 'Insert into reply' }).click();
  await expect.poll(() => composer.inputValue(), { timeout: 5_000 }).toBe(`${typed} ${suggestion}`);
  await sendAndAwaitClientTurn(chat);
  await expect
    .poll(() => panel.locator('.live-status').innerText())
    .toMatch(/\d+ from the client, 1 from you/);
  await screenshot(chat, 'practice.png');
  expect(await accessibilityProblems(chat)).toEqual([]);
});

test('the client reacts to how they are met: a reflection gets sustain talk, a confrontation gets discord', async () => {
  const replyAndRead = async (reply: string) => {
    const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1&seed=1');
    await clientMessages(chat).first().waitFor();
    const tabId = await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    const panel = await extension.open(`sidepanel.html?tab=${tabId}`);
    const composer = chat.locator('textarea[data-attune-composer]');
    await composer.fill(reply);
    const count = await sendAndAwaitClientTurn(chat);
    await expect
      .poll(() => panel.locator('.live-status').innerText(), { timeout: 5_000 })
      .toContain(`${count} from the client, 1 from you`);
    // The reading follows the page by a render: wait for the one over all messages, the answer included.
    await expect
      .poll(() => panel.locator('.feedback').getAttribute('data-context-messages'))
      .toBe(String(count + 1));
    // The client's reading is in the detail folded under the hints: opened as a counselor would.
    await panel.locator('details.detail > summary').click();
    const text = await panel.locator('section[aria-labelledby="client-heading"]').innerText();
    await chat.close();
    await panel.close();
    return text;
  };
  const soft = await replyAndRead(
    "It sounds like the weekends are your time to unwind, and cutting back isn't something you're sure you want.",
  );
  const hard = await replyAndRead("You need to stop drinking, you're in denial about this.");
  // Ambivalence after the reflection: the client's own reasons on both sides (sustain or change
  // talk, which is not a resistance moment when it leans to change), never squaring off...
  expect(soft).toMatch(/Sustain talk|Change talk/);
  expect(soft).not.toMatch(/\(arguing\)/);
  // ...and squaring off with the counselor after the confrontation.
  expect(hard).toMatch(/\(arguing\)/);
});
