import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Feedback } from '../../components/Feedback';
import { extensionIdFromKey } from '../../tools/extension-id';
import { assessment, context, draftText } from '../extension/fixtures/assessment';
import type { browser as Browser } from 'wxt/browser';
import {
  CHROME_BUILD,
  accessibilityProblems,
  launchWithExtension,
  screenshot,
  type LoadedExtension,
} from './browser';

declare const chrome: typeof Browser;

const CLIENT =
  "I don't know... maybe. Honestly what's the point, nothing ever works for me. " +
  'Sometimes I think everyone would be better off without me.';
const DRAFT = 'You should try going to the gym, it will make you feel better. Everything will be fine.';

let extension: LoadedExtension;
/** Every URL any page or worker of the browser asked for. */
const requested: string[] = [];

beforeAll(async () => {
  extension = await launchWithExtension();
  extension.context.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await extension?.close();
});

/** Types both texts as a user would: Tab into each field, then the keys. */
async function typeExchange(page: Page, client: string, draft: string) {
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('client-text');
  await page.keyboard.type(client);
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('draft-text');
  await page.keyboard.type(draft);
}

/** axe-core's serious and critical findings on the page, as "rule: target" lines. */
test('the extension loads with the fixed id its manifest key gives it', () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { key: string };
  expect(extension.id).toBe(extensionIdFromKey(manifest.key));
  expect(extension.id).toBe('chkfoeccgldnceaoellhbhicpeccockl');
});

describe('side panel', () => {
  let page: Page;

  beforeAll(async () => {
    page = await extension.open('sidepanel.html');
  });

  test('shows the heading, the privacy line and two labelled text areas', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Attune');
    expect(await page.getByText('Nothing you type here leaves your machine.').isVisible()).toBe(true);
    expect(await page.getByLabel("Client's last message").isVisible()).toBe(true);
    expect(await page.getByLabel('Your draft reply').isVisible()).toBe(true);
    expect(await page.locator('.feedback').getAttribute('data-state')).toBe('empty');
  });

  test('assesses what the user types and shows the feedback area', async () => {
    await typeExchange(page, CLIENT, DRAFT);
    expect(await page.getByLabel("Client's last message").inputValue()).toBe(CLIENT);
    expect(await page.getByLabel('Your draft reply').inputValue()).toBe(DRAFT);
    await page.locator('.feedback[data-state="ready"]').waitFor({ timeout: 5_000 });
    const feedback = (await page.locator('.feedback').innerText()).trim();
    expect(feedback.length).toBeGreaterThan(0);
    expect(feedback).not.toContain('Feedback appears here as you type.');
    expect(feedback).not.toContain('could not read');
    await screenshot(page, 'sidepanel.png');
  });

  test('has no serious accessibility problems', async () => {
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  test('nothing the extension did reached beyond the extension itself', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`chrome-extension://${extension.id}/`))).toEqual([]);
  });
});

describe('every feedback section, styled by the built page', () => {
  /**
   * The hand-built assessment from the unit tests, rendered by the same views and swapped into the
   * real page, so its CSS (contrast, layout at side-panel width) is checked for sections the
   * analyzer may not produce on any one input.
   */
  test.each(['light', 'dark'] as const)('renders readably and passes axe in %s mode', async (colorScheme) => {
    const page = await extension.open('sidepanel.html');
    await page.emulateMedia({ colorScheme });
    await page.getByLabel("Client's last message").fill(context[0]!.text);
    await page.getByLabel('Your draft reply').fill(draftText);
    await page.locator('.feedback[data-state="ready"]').waitFor({ timeout: 5_000 });
    const html = renderToString(
      h(Feedback, { state: { kind: 'ready', assessment, context, draft: draftText } }),
    );
    await page.evaluate((markup) => {
      document.querySelector('.feedback')!.outerHTML = markup;
    }, html);
    expect(await page.getByRole('alert').first().innerText()).toContain('Possible risk');
    expect(await page.locator('.hints > li').count()).toBe(3);
    await screenshot(page, `sidepanel-all-sections-${colorScheme}.png`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});

/**
 * The real analyzer behind the real panel. Mostly structure, plus the one thing a supervisor
 * would insist on: a draft that moves past a risk disclosure gets the safety hint first.
 */
describe('analyzer output in the real side panel', () => {
  test('shows risk first, highlighted cues, the four mechanisms and a hint with evidence', async () => {
    const page = await extension.open('sidepanel.html');
    await typeExchange(page, CLIENT, DRAFT);
    const hints = page.locator('.hints > li');
    await hints.first().waitFor({ timeout: 5_000 });

    // Risk comes first and is announced.
    const first = page.locator('.feedback > section').first();
    expect(await first.getAttribute('role')).toBe('alert');
    expect(await first.locator('h2').innerText()).toMatch(/^(Possible|High) risk$/);

    // Resistance cues are marked inside the client's own words.
    const marks = await page
      .locator('.message-text mark')
      .evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    for (const phrase of marks) expect(CLIENT).toContain(phrase);

    // The four mechanisms, each rated 0, 1 or 2.
    const ratings = await page
      .locator('.rating')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            `${el.querySelector('.rating-name')?.textContent}=${el.querySelector('.meter-number')?.textContent}`,
        ),
      );
    for (const name of [
      'Leaves the choice to the client',
      "Stands with the client's view",
      'Meets their feeling',
      'Follows their lead',
    ]) {
      expect(ratings.some((r) => new RegExp(`^${name}=[012]$`).test(r))).toBe(true);
    }

    // The draft moves on after "better off without me": the safety hint outranks the rest.
    expect(await hints.first().locator('.hint-message').innerText()).toMatch(/safety/i);

    // At most three hints; each says why, quotes what it is about, and offers a start.
    expect(await hints.count()).toBeLessThanOrEqual(3);
    for (const hint of await hints.all()) {
      expect((await hint.locator('.hint-message').innerText()).length).toBeGreaterThan(10);
      expect((await hint.locator('.why').innerText()).length).toBeGreaterThan(10);
      expect(await hint.locator('.try').innerText()).toMatch(/^Try: “.+”$/);
      const quotes = await hint.locator('.quote .quoted').allInnerTexts();
      expect(quotes.length).toBeGreaterThan(0);
      // A quote may be widened to its whole phrase, with an ellipsis where the text goes on.
      for (const quote of quotes) expect(CLIENT + DRAFT).toContain(quote.replace(/^“…?|…?”$/g, ''));
    }
    await screenshot(page, 'sidepanel-analyzer.png');
    await page.close();
  });

  test('a reflection of sustain talk earns strong stance alignment and no "argue" hint', async () => {
    const page = await extension.open('sidepanel.html');
    await typeExchange(
      page,
      "idk, i only drink because work is so stressful rn. it's not that big a deal",
      "It sounds like drinking is how you get through the stress of work, and from where you stand it isn't a big deal. What do you make of it when others worry?",
    );
    // The detail is folded under the hints: the counselor opens it.
    await page.getByText('What Attune read').click();
    await page.locator('.rating').first().waitFor({ timeout: 5_000 });
    const stance = page.locator('.rating', { hasText: "Stands with the client's view" });
    expect(await stance.locator('.meter-number').innerText()).toBe('2');
    expect(await page.locator('.hint-message', { hasText: 'Reflect their view' }).count()).toBe(0);
    expect(await page.locator('.cues').innerText()).toMatch(/Excusing|Minimizing/);
    await screenshot(page, 'sidepanel-reflection.png');
    await page.close();
  });

  test('the counselor can dismiss or dispute a hint, switch a rule off and choose fewer hints', async () => {
    const page = await extension.open('sidepanel.html');
    await typeExchange(page, "idk, it's not that big a deal", 'You need to stop. Be honest with yourself.');
    const hints = page.locator('.hints > li');
    await hints.first().waitFor({ timeout: 5_000 });
    const before = await hints.locator('.hint-message').allInnerTexts();
    expect(before.length).toBeGreaterThanOrEqual(2);

    // "I disagree" hides that hint (and is kept for the session log).
    await hints.first().getByRole('button', { name: 'I disagree' }).click();
    await expect.poll(() => hints.locator('.hint-message').allInnerTexts()).not.toContain(before[0]);

    // Fewer hints: one non-safety hint at a time.
    await page.getByText('Hint settings').click();
    await page.getByLabel('Fewer: one hint at a time').check();
    await expect.poll(() => hints.count()).toBeLessThanOrEqual(1);

    // Safety rules cannot be switched off.
    expect(await page.getByLabel(/Risk disclosed and not asked about/).isDisabled()).toBe(true);
    const stored = await page.evaluate(
      async () => (await chrome.storage.session.get('hintActions')).hintActions,
    );
    expect(stored).toEqual([expect.objectContaining({ action: 'disagreed' })]);
    await screenshot(page, 'sidepanel-settings.png');
    await page.close();
  });
});
