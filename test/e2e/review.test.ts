import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { accessibilityProblems, launchWithExtension, screenshot, type LoadedExtension } from './browser';
import { sendAndAwaitClientTurn } from './practice-chat';

declare const chrome: typeof Browser;

/**
 * The session log end to end: log a practice conversation from the side panel, review it, export
 * it encrypted, import it into a fresh browser profile and see the same session; then encrypt and
 * lock the supervisor's log.
 */

const REPLIES = [
  "It sounds like the weekends have become a big part of how you unwind, and you're not sure it's a problem.",
  'You need to stop drinking so much, it is a big deal.',
  "What would you like to be different, if anything? It's your call.",
];
const FILE_PASSPHRASE = 'correct horse battery staple';

let counselor: LoadedExtension;
let supervisor: LoadedExtension | undefined;
let folder: string;
let exported: string;
/** The timeline as the counselor's review page showed it: "who: text" per turn. */
let timeline: string[] = [];
/** The title of the hint the counselor dismissed. */
let dismissedTitle = '';

beforeAll(async () => {
  counselor = await launchWithExtension();
  folder = await mkdtemp(join(tmpdir(), 'attune-review-'));
});

afterAll(async () => {
  await counselor?.close();
  await supervisor?.close();
  await rm(folder, { recursive: true, force: true });
});

/**
 * A full-page capture is taken without scrolling, so parts far from the scroll position would stay
 * unpainted (turns and rows use content-visibility: auto; a reader scrolling sees them drawn).
 */
async function capture(page: Page, name: string): Promise<void> {
  // Through the CSSOM: the pages' CSP (style-src 'self') refuses an added <style> element.
  const paint = (visibility: string) =>
    page.evaluate((value) => {
      for (const el of document.querySelectorAll<HTMLElement>('.turn, .moment-list > li, .session-list > li'))
        el.style.contentVisibility = value;
    }, visibility);
  await paint('visible');
  await screenshot(page, name);
  await paint('');
}

/** Every turn of the open session, once all are in the DOM (a long one arrives in two steps). */
const turnsOf = async (review: Page) => {
  await review.locator('.timeline[data-complete=true]').waitFor();
  return review
    .locator('.timeline > li')
    .evaluateAll((items) =>
      items.map(
        (li) =>
          `${li.querySelector('.turn-meta strong')?.textContent ?? ''}: ${li.querySelector('.message-text')?.textContent ?? ''}`,
      ),
    );
};

test('log a practice session from the panel, review it and export it', async () => {
  const chat = await counselor.open('practice.html?scenario=weekend-drinking&fast=1&seed=3');
  await chat.locator('[data-attune-message][data-role=client]').first().waitFor();
  const tabId = await chat.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  const panel = await counselor.open(`sidepanel.html?tab=${tabId}`);
  await expect
    .poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 })
    .toMatch(/reply box found/);

  // Off until the counselor turns it on.
  const status = panel.locator('.session-log-status');
  await expect.poll(() => status.innerText()).toMatch(/Logging off/);
  await panel.getByLabel('Log this conversation').check();
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/Logging on · \d+ turns? stored/);

  const composer = chat.locator('textarea[data-attune-composer]');
  for (const reply of REPLIES) {
    await composer.fill(reply);
    // Send only once the panel shows its reading of this exact draft, as a counselor would see it.
    await expect
      .poll(() => panel.locator('.feedback').getAttribute('data-draft-chars'), { timeout: 10_000 })
      .toBe(String(reply.length));
    if (reply.startsWith('You need')) {
      // The hint about "You need to" (one finding, one hint: whichever rule speaks for it).
      const hint = panel
        .locator('.hints > li')
        .filter({ has: panel.locator('.quoted', { hasText: '“You need to' }) })
        .first();
      dismissedTitle = (await hint.locator('.hint-message').innerText()).replace(/^\S+\s+/, '').trim();
      await hint.getByRole('button', { name: 'Dismiss' }).click();
      await hint.waitFor({ state: 'detached' });
    }
    await sendAndAwaitClientTurn(chat);
  }
  const onPage = await chat.locator('[data-attune-message]').count();
  await expect
    .poll(() => status.innerText(), { timeout: 10_000 })
    .toBe(`Logging on · ${onPage} turns stored.`);
  await screenshot(panel, 'review-panel-logging.png');
  expect(await accessibilityProblems(panel)).toEqual([]);

  const review = await counselor.open('review.html');
  await review.setViewportSize({ width: 1280, height: 900 });
  const rows = review.locator('.session-row');
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
  // Once, on a loaded machine, the row was in the list while its text was still empty: wait for
  // the text, not only the row.
  await expect.poll(() => rows.first().innerText(), { timeout: 10_000 }).toContain('Attune practice chat');
  expect(await rows.first().innerText()).toContain(`${onPage} turns`);
  await capture(review, 'review-list.png');
  expect(await accessibilityProblems(review)).toEqual([]);

  await rows.first().click();
  await review.getByRole('heading', { level: 2, name: /Attune practice chat/ }).waitFor();
  timeline = await turnsOf(review);
  expect(timeline).toHaveLength(onPage);
  for (const reply of REPLIES) expect(timeline).toContain(`Counselor: ${reply}`);
  // The directive reply was assessed, and the dismissed hint is logged with what the counselor did.
  const directive = review.locator('.turn-counselor').filter({ hasText: REPLIES[1]! });
  // Turns off screen are skipped by layout until scrolled to (content-visibility): scroll, as a reader would.
  await directive.scrollIntoViewIfNeeded();
  await expect
    .poll(() => directive.locator('.turn-hints').innerText())
    .toContain(`${dismissedTitle} → dismissed`);
  expect(await directive.locator('.turn-levels').innerText()).toMatch(
    /^Leaves the choice to the client: not yet · /,
  );
  // Resistance moments are marked in the client's words, and the summary is against MITI.
  expect(await review.locator('.turn-resistance mark').count()).toBeGreaterThan(0);
  const summary = review.locator('.miti-table');
  expect(await summary.innerText()).toMatch(/Reflection-to-question ratio/);
  expect(await summary.locator('.mark').count()).toBe(5);
  await capture(review, 'review-session.png');
  expect(await accessibilityProblems(review)).toEqual([]);

  // Notes are saved with the session.
  await review.getByLabel("Counselor's note").fill('Rushed to advice at turn 6.');
  await review.getByRole('button', { name: 'Save notes' }).click();
  await review.getByText('Notes saved.').waitFor();

  await review.emulateMedia({ media: 'print' });
  await capture(review, 'review-print.png');
  expect(await review.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
  expect(await review.locator('.filters').isVisible()).toBe(false);
  await review.emulateMedia({ media: 'screen' });

  await review.locator('details.share > summary').click();
  await review.getByLabel('Passphrase for the file').fill(FILE_PASSPHRASE);
  const [download] = await Promise.all([
    review.waitForEvent('download'),
    review.getByRole('button', { name: /^Export 1 session$/ }).click(),
  ]);
  exported = join(folder, download.suggestedFilename());
  await download.saveAs(exported);
  const file = JSON.parse(await readFile(exported, 'utf8')) as { encrypted: boolean; kind: string };
  expect(file).toMatchObject({ encrypted: true, kind: 'full' });
  // Encrypted: none of the conversation is readable in the file.
  expect(await readFile(exported, 'utf8')).not.toContain('weekends');
});

test('import into a fresh profile: a wrong passphrase stores nothing, the right one gives the same session', async () => {
  expect(exported, 'the export test must run first').toBeTruthy();
  supervisor = await launchWithExtension();
  const review = await supervisor.open('review.html');
  await review.setViewportSize({ width: 1280, height: 900 });
  await review.getByText('No sessions are stored yet').waitFor();

  await review.locator('details.share > summary').click();
  await review.locator('#import-file').setInputFiles(exported);
  const result = review.locator('details.share [role=alert]');
  await expect.poll(() => result.innerText()).toMatch(/This file is encrypted. Enter the passphrase/);
  await review.getByLabel('Passphrase, if the file is encrypted').fill('not the passphrase');
  await review.getByRole('button', { name: /^Import attune-sessions/ }).click();
  await expect
    .poll(() => result.innerText())
    .toMatch(/That passphrase is not the right one\. Nothing stored/);
  expect(await review.locator('.session-row').count()).toBe(0);

  await review.getByLabel('Passphrase, if the file is encrypted').fill(FILE_PASSPHRASE);
  await review.getByRole('button', { name: /^Import attune-sessions/ }).click();
  await expect
    .poll(() => review.locator('details.share [role=status]').innerText())
    .toMatch(/Imported 1 session/);
  await review.getByRole('heading', { level: 2, name: /Attune practice chat/ }).waitFor();
  expect(await turnsOf(review)).toEqual(timeline);
  expect(await review.getByLabel("Counselor's note").inputValue()).toBe('Rushed to advice at turn 6.');
  await capture(review, 'review-imported.png');
});

test("the supervisor's log, encrypted: locks, refuses a wrong passphrase without a hint, opens with the right one", async () => {
  expect(supervisor, 'the import test must run first').toBeTruthy();
  const review = await supervisor!.open('review.html');
  await review.locator('details.settings > summary').click();
  await review.getByLabel('New passphrase').fill('a long supervisor passphrase');
  await review.getByLabel('Repeat it').fill('a long supervisor passphrase');
  await review.getByRole('button', { name: 'Encrypt the log' }).click();
  await review.getByText('The log is encrypted.').waitFor({ timeout: 30_000 });
  await review.getByRole('button', { name: 'Lock now' }).click();

  await review.getByRole('heading', { name: 'Attune session review is locked' }).waitFor();
  expect(await review.locator('body').innerText()).not.toContain('Attune practice chat');
  expect(await accessibilityProblems(review)).toEqual([]);
  await review.getByLabel('Passphrase').fill('guess');
  await review.getByRole('button', { name: 'Unlock' }).click();
  await expect
    .poll(() => review.getByRole('alert').innerText())
    .toBe('That passphrase is not the right one.');
  await screenshot(review, 'review-locked.png');

  await review.getByLabel('Passphrase').fill('a long supervisor passphrase');
  await review.getByRole('button', { name: 'Unlock' }).click();
  await expect.poll(() => review.locator('.session-row').count(), { timeout: 10_000 }).toBe(1);

  // A page opened later starts locked too: the store itself is unreadable without the passphrase.
  const again = await supervisor!.open('review.html');
  await again.getByRole('heading', { name: 'Attune session review is locked' }).waitFor();
});
