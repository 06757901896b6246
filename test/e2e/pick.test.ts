import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  accessibilityProblems,
  launchWithExtension,
  serveFixtures,
  type FixtureServer,
  openPanelFor,
  screenshot,
  waitForLiveReader,
  type LoadedExtension,
} from './browser';
import { readerProbe } from './reader-probe';

/**
 * Chat pages no built-in adapter knows (test/fixtures/unknown, served from 127.0.0.1): the
 * generic fallback's best guess, and pick mode, where the counselor teaches Attune the page with
 * four clicks and the taught layout then reads it live.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'unknown');

let extension: LoadedExtension;
let server: FixtureServer;
let base: string;

beforeAll(async () => {
  server = await serveFixtures(FIXTURES);
  base = server.base;
  extension = await launchWithExtension();
  await waitForLiveReader(extension);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** A real click at the element's centre, as the counselor's mouse would make it. */
async function clickAt(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Starts pick mode with the panel's teach button, whichever its wording ("Teach Attune this page",
 * or "Reading it wrong? Teach Attune" where a taught layout is in use), once the overlay is in.
 */
async function startTeaching(panel: Page, chat: Page): Promise<void> {
  const teach = panel.getByRole('button', { name: /Teach Attune/ });
  await teach.waitFor({ timeout: 10_000 });
  await teach.click();
  await chat.locator('[data-attune-overlay]').waitFor({ state: 'attached', timeout: 5_000 });
}

describe('a chat site Attune does not know', () => {
  test('the generic fallback reads a role=log chat and says it is guessing', async () => {
    const chat = await extension.context.newPage();
    await chat.goto(`${base}/log-region`);
    const panel = await openPanelFor(extension, chat);
    const status = panel.locator('.live-status');
    await expect
      .poll(() => status.innerText(), { timeout: 10_000 })
      .toMatch(/5 messages: 3 from the client, 2 from you/);
    expect(await status.innerText()).toMatch(/Any site \(best guess\)[\s\S]*guessing/);
    await screenshot(panel, 'generic-panel.png');
    await chat.close();
    await panel.close();
  });

  test('pick mode: four clicks teach Attune the page; it then reads it live and marks the client’s phrase', async () => {
    const chat = await extension.context.newPage();
    await chat.goto(`${base}/generated-classes`);
    const panel = await openPanelFor(extension, chat);
    const status = panel.locator('.live-status');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/finds no chat on this page/);

    await panel.getByRole('button', { name: 'Teach Attune this page' }).click();
    await expect.poll(() => status.innerText()).toMatch(/Teaching Attune this page/);

    // The overlay is in the page but closed to its scripts.
    const overlay = chat.locator('[data-attune-overlay]');
    await overlay.waitFor({ state: 'attached', timeout: 5_000 });
    expect(
      await chat.evaluate(() => {
        const host = document.querySelector('[data-attune-overlay]')!;
        return { shadowRoot: host.shadowRoot, text: host.textContent };
      }),
    ).toEqual({ shadowRoot: null, text: '' });
    await chat.mouse.move(200, 40);
    await screenshot(chat, 'pick-mode-page.png');

    // The page must not act on the picks: count clicks it receives.
    await chat.evaluate(() => {
      (window as unknown as { pageClicks: number }).pageClicks = 0;
      document.addEventListener('click', () => (window as unknown as { pageClicks: number }).pageClicks++);
    });
    await clickAt(chat, '[data-testid="reply-editor"]');
    await clickAt(chat, '[data-testid="timeline"]');
    await clickAt(chat, '#item-77231 [data-testid="item-text"]');
    await clickAt(chat, '#item-77232 [data-testid="item-text"]');
    expect(await chat.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
    await overlay.waitFor({ state: 'detached', timeout: 5_000 });

    await expect
      .poll(() => status.innerText(), { timeout: 10_000 })
      .toMatch(
        /Taught layout \(127\.0\.0\.1:\d+\)[\s\S]*reply box found · 3 messages: 2 from the client, 1 from you/,
      );
    expect(await status.innerText()).toMatch(/Layout saved for http:\/\/127\.0\.0\.1:\d+/);
    await panel.locator('.site-layouts summary').click();
    expect(await panel.locator('.site-layouts li').allInnerTexts()).toEqual([expect.stringContaining(base)]);

    // Live hints on a draft typed in the page's own editor, with the client's words as evidence.
    await chat.locator('[data-testid="reply-editor"]').click();
    await chat.keyboard.press('ControlOrMeta+A');
    await chat.keyboard.type('You should really talk to him about it.');
    const hint = panel.locator('.hints > li').filter({ hasText: 'You should' });
    await hint.first().waitFor({ timeout: 10_000 });
    // The client's reading is in the detail folded under the hints: opened as a counselor would.
    await panel.locator('details.detail > summary').click();
    const reading = await panel.locator('section[aria-labelledby="client-heading"]').innerText();
    expect(reading).toMatch(/Can we not[\s\S]*Boundary setting/);
    await screenshot(panel, 'pick-mode-panel.png');
    expect(await accessibilityProblems(panel)).toEqual([]);

    // The client's boundary is marked inline, in an overlay the page cannot read, not by changing
    // the page: what was drawn is the reader's own record, in its own world (reader-probe.ts).
    const resistanceMarks = async () =>
      ((await readerProbe(chat)).marks.at(-1)?.shown ?? []).filter((m) => m.kind === 'resistance');
    await expect
      .poll(async () => (await resistanceMarks()).map((m) => m.text), { timeout: 5_000 })
      .toEqual(["I don't want to talk about", 'Can we not']);
    expect((await resistanceMarks()).every((m) => m.boxes > 0)).toBe(true);
    expect(await chat.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await chat.locator('mark, [data-attune-mark]').count()).toBe(0);
    await screenshot(chat, 'pick-mode-marks.png');

    // A reload keeps the taught layout.
    await chat.reload();
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/Taught layout/);
    await chat.close();
    await panel.close();
  });

  test('pick mode where only names tell people apart: the taught layout reads every post', async () => {
    const chat = await extension.context.newPage();
    await chat.goto(`${base}/team-chat`);
    const panel = await openPanelFor(extension, chat);
    const status = panel.locator('.live-status');
    await startTeaching(panel, chat);
    await clickAt(chat, '.post-composer');
    await clickAt(chat, '.post-list');
    await clickAt(chat, '#p-1 .post-text');
    await clickAt(chat, '#p-3 .post-text');
    await chat.locator('[data-attune-overlay]').waitFor({ state: 'detached', timeout: 5_000 });
    // Posts 2 and 4 carry no name: they are the previous sender's.
    await expect
      .poll(() => status.innerText(), { timeout: 10_000 })
      .toMatch(/Taught layout[\s\S]*reply box found · 5 messages: 3 from the client, 2 from you/);
    await chat.close();
    await panel.close();
  });

  test('pick mode without a mouse: the arrow keys move the outline and Enter picks', async () => {
    const chat = await extension.context.newPage();
    await chat.goto(`${base}/telegram-like`);
    const editor = chat.locator('.input-message-input');
    await editor.focus();
    const panel = await openPanelFor(extension, chat);
    const status = panel.locator('.live-status');
    // This origin has a layout taught on another page (the test above): it does not fit here.
    await startTeaching(panel, chat);
    await screenshot(chat, 'pick-mode-keyboard.png');

    await chat.keyboard.press('Enter'); // the reply box: outlined from the start, it has the focus
    await chat.keyboard.press('ArrowLeft'); // from the reply box's wrapper to the message area
    await chat.keyboard.press('ArrowDown'); // into it: the day's messages
    await chat.keyboard.press('Enter');
    await chat.keyboard.press('Enter'); // the first message, the client's
    await chat.keyboard.press('ArrowLeft'); // from the last message (the client's) to the one before
    await chat.keyboard.press('Enter');
    await chat.locator('[data-attune-overlay]').waitFor({ state: 'detached', timeout: 5_000 });

    await expect
      .poll(() => status.innerText(), { timeout: 10_000 })
      .toMatch(/Taught layout[\s\S]*reply box found · 3 messages: 2 from the client, 1 from you/);
    // None of the Enters reached the page's editor.
    expect(await editor.innerText()).toBe('You should');
    await chat.close();
    await panel.close();
  });
});
