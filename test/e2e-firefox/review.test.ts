import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import {
  CLIENT_MESSAGES,
  accessibilityProblems,
  byLabel,
  clickButton,
  countOf,
  hintSelector,
  launchFirefoxWithExtension,
  screenshot,
  sendAndAwaitClientTurn,
  textOf,
  type FirefoxWithExtension,
} from './firefox';

declare const browser: typeof ExtensionBrowser;

/**
 * test/e2e/review.test.ts's first test in Firefox: log a practice conversation from the sidebar's
 * page, then review it. The export (a download) and the import into a second profile are covered
 * in Chromium only: the session store and the crypto are the same code, and downloads over BiDi
 * would need Firefox's download prompt settings on top.
 */
/** The title of the hint the counselor dismissed. */
let dismissedTitle = '';

const REPLIES = [
  "It sounds like the weekends have become a big part of how you unwind, and you're not sure it's a problem.",
  'You need to stop drinking so much, it is a big deal.',
  "What would you like to be different, if anything? It's your call.",
];

let extension: FirefoxWithExtension;

beforeAll(async () => {
  extension = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await extension?.close();
});

/** A full-page capture with every turn painted (they use content-visibility: auto; see review.test.ts). */
async function capture(page: Page, name: string): Promise<void> {
  const paint = (visibility: string) =>
    page.evaluate((value) => {
      for (const el of document.querySelectorAll<HTMLElement>('.turn, .moment-list > li, .session-list > li'))
        el.style.contentVisibility = value;
    }, visibility);
  await paint('visible');
  await screenshot(page, name);
  await paint('');
}

test('log a practice session from the sidebar page and review it', async () => {
  const chat = await extension.open('practice.html?scenario=weekend-drinking&fast=1&seed=3');
  await chat.waitForSelector(CLIENT_MESSAGES);
  const tabId = await chat.evaluate(async () => (await browser.tabs.getCurrent())?.id);
  const panel = await extension.open(`sidepanel.html?tab=${tabId}`);
  await expect.poll(() => textOf(panel, '.live-status'), { timeout: 10_000 }).toMatch(/reply box found/);

  // Off until the counselor turns it on.
  const status = () => textOf(panel, '.session-log-status');
  await expect.poll(status).toMatch(/Logging off/);
  await (await byLabel(panel, 'Log this conversation')).click();
  await expect.poll(status, { timeout: 10_000 }).toMatch(/Logging on · \d+ turns? stored/);

  const composer = 'textarea[data-attune-composer]';
  for (const reply of REPLIES) {
    await chat.click(composer);
    await chat.keyboard.type(reply);
    // Send only once the panel shows its reading of this exact draft, as a counselor would see it.
    await expect
      .poll(() => panel.$eval('.feedback', (el) => el.getAttribute('data-draft-chars')), { timeout: 10_000 })
      .toBe(String(reply.length));
    if (reply.startsWith('You need')) {
      // The hint about "You need to" (one finding, one hint: whichever rule speaks for it).
      dismissedTitle = await panel.evaluate(() => {
        const item = Array.from(document.querySelectorAll('.hints > li')).find((li) =>
          Array.from(li.querySelectorAll('.quoted')).some((q) => q.textContent?.startsWith('“You need to')),
        );
        return (item?.querySelector<HTMLElement>('.hint-message')?.innerText ?? '')
          .replace(/^\S+\s+/, '')
          .trim();
      });
      expect(dismissedTitle).not.toBe('');
      const hint = await hintSelector(panel, dismissedTitle);
      expect(hint).not.toBeNull();
      await clickButton(panel, hint!, 'Dismiss');
      await expect.poll(() => hintSelector(panel, dismissedTitle)).toBeNull();
    }
    await sendAndAwaitClientTurn(chat);
  }
  const onPage = await countOf(chat, '[data-attune-message]');
  await expect.poll(status, { timeout: 10_000 }).toBe(`Logging on · ${onPage} turns stored.`);
  await screenshot(panel, 'firefox-review-panel-logging.png');
  expect(await accessibilityProblems(panel)).toEqual([]);

  const review = await extension.open('review.html');
  await review.setViewport({ width: 1280, height: 900 });
  await expect.poll(() => countOf(review, '.session-row'), { timeout: 10_000 }).toBe(1);
  // The row can be in the page a moment before its text is laid out (innerText '' once on a clean
  // clone): wait for the words, as a reader would.
  await expect
    .poll(() => textOf(review, '.session-row'), { timeout: 10_000 })
    .toContain('Attune practice chat');
  expect(await textOf(review, '.session-row')).toContain(`${onPage} turns`);
  await capture(review, 'firefox-review-list.png');
  expect(await accessibilityProblems(review)).toEqual([]);

  await review.click('.session-row');
  const headings = () => review.$$eval('h2', (hs) => hs.map((h) => h.textContent ?? '').join('\n'));
  await expect.poll(headings, { timeout: 10_000 }).toMatch(/Attune practice chat/);
  await review.waitForSelector('.timeline[data-complete=true]');
  const timeline = await review.$$eval('.timeline > li', (items) =>
    items.map(
      (li) =>
        `${li.querySelector('.turn-meta strong')?.textContent ?? ''}: ${li.querySelector('.message-text')?.textContent ?? ''}`,
    ),
  );
  expect(timeline).toHaveLength(onPage);
  for (const reply of REPLIES) expect(timeline).toContain(`Counselor: ${reply}`);

  // The directive reply was assessed, and the dismissed hint is logged with what the counselor did.
  const directive = (part: string) =>
    review.evaluate(
      (reply, selector) => {
        // textContent: Firefox gives an empty innerText for a turn whose rendering is skipped
        // (content-visibility: auto, off screen) until it is scrolled to and painted.
        const turn = Array.from(document.querySelectorAll<HTMLElement>('.turn-counselor')).find((t) =>
          t.textContent?.includes(reply),
        );
        turn?.scrollIntoView();
        return turn?.querySelector<HTMLElement>(selector)?.innerText ?? '';
      },
      REPLIES[1]!,
      part,
    );
  await expect.poll(() => directive('.turn-hints')).toContain(`${dismissedTitle} → dismissed`);
  expect(await directive('.turn-levels')).toMatch(/^Leaves the choice to the client: not yet · /);
  // Resistance moments are marked in the client's words, and the summary is against MITI.
  expect(await countOf(review, '.turn-resistance mark')).toBeGreaterThan(0);
  expect(await textOf(review, '.miti-table')).toMatch(/Reflection-to-question ratio/);
  expect(await countOf(review, '.miti-table .mark')).toBe(5);
  await review.evaluate(() => window.scrollTo(0, 0));
  await capture(review, 'firefox-review-session.png');
  expect(await accessibilityProblems(review)).toEqual([]);

  // Notes are saved with the session.
  await (await byLabel(review, "Counselor's note")).type('Rushed to advice at turn 6.');
  await clickButton(review, 'body', 'Save notes');
  await expect.poll(() => review.evaluate(() => document.body.innerText)).toContain('Notes saved.');
});
