import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../e2e/browser';
import {
  accessibilityProblems,
  clickButton,
  hintSelector,
  launchFirefoxWithExtension,
  openExtensionPage,
  screenshot,
  tabIdOf,
  textOf,
  waitForLiveReader,
  type FirefoxWithExtension,
} from './firefox';

/**
 * test/e2e/live.test.ts on Rocket.Chat in Firefox: the saved page served from 127.0.0.1 (the
 * Firefox e2e build is granted that host at install), read by the content script the background
 * registers, assessed in the sidebar's page opened as `sidepanel.html?tab=<id>`, and a suggestion
 * inserted into the page's own editor.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

let extension: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures(FIXTURES);
  extension = await launchFirefoxWithExtension();
  // The background registers the live reader for granted hosts on start-up; wait until it has.
  await waitForLiveReader(extension);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

test('Rocket.Chat: reads the conversation, gives hints on the draft typed in the page, and inserts a suggestion', async () => {
  const chat = await extension.browser.newPage();
  await chat.goto(`${server.base}/rocketchat/conversation`);
  const panel = await extension.open('sidepanel.html');
  await openExtensionPage(panel, `sidepanel.html?tab=${await tabIdOf(panel, chat.url())}`);
  await expect
    .poll(() => textOf(panel, '.live-status'), { timeout: 10_000 })
    .toMatch(/reply box found · \d+ messages: \d+ from the client, \d+ from you/);

  // Type a draft as a counselor would, in the page's own editor.
  const editor = 'textarea[name=msg]';
  await chat.click(editor);
  await chat.keyboard.down('Control');
  await chat.keyboard.press('a');
  await chat.keyboard.up('Control');
  await chat.keyboard.press('Backspace');
  const draft = 'You need to stop. Be honest with yourself.';
  await chat.keyboard.type(draft);

  // The reading of the whole draft, not of one typed while the keys were still arriving.
  await panel.waitForSelector(`.feedback[data-draft-chars="${draft.length}"]`, { timeout: 10_000 });
  await expect.poll(() => hintSelector(panel, 'Ask before advising'), { timeout: 10_000 }).not.toBeNull();
  const hint = (await hintSelector(panel, 'Ask before advising'))!;
  await expect
    .poll(
      () => panel.$$eval(`${hint} .quote .quoted`, (els) => els.map((el) => (el as HTMLElement).innerText)),
      {
        timeout: 10_000,
      },
    )
    .toContain('“You need to stop.”');
  await screenshot(panel, 'firefox-live-rocketchat.png');
  expect(await accessibilityProblems(panel)).toEqual([]);

  // Insert: the page's editor gets exactly the suggestion, after what was typed.
  const suggestion = (await textOf(panel, `${hint} .try .quoted`)).replace(/^“|”$/g, '');
  await clickButton(panel, hint, 'Insert into reply');
  const read = () => chat.$eval(editor, (el) => (el as HTMLTextAreaElement).value);
  await expect.poll(read, { timeout: 5_000 }).toBe(`${draft} ${suggestion}`);
});
