/**
 * npx tsx scripts/bench-review.ts   (after npm run build:e2e; needs Debian's Chromium)
 * The review page in real Chromium, on the browser's own IndexedDB: 1,000 stored sessions and one
 * of 500 turns, imported through the page's import button. Measures, from the page's performance
 * timeline (entries the page records itself, see entrypoints/review/App.tsx):
 *
 * - list: from asking the log for every session to its first 60 rows in the DOM
 *   (`attune:review:list`) and to all 1,001 (`-complete`, rendered in the task right after); each
 *   also to after the next frame (`-painted`); on opening the page, and on "Refresh list";
 * - open: from clicking the 500-turn session to its header, summary, notes, resistance moments,
 *   chart and first 60 turns in the DOM (`attune:review:open`), and to all 500 turns (`-complete`),
 *   each also to after the next frame.
 *
 * Targets (issue 5): open a 500-turn session ≤ 200 ms, list 1,000 sessions ≤ 300 ms. Then the same
 * with the log encrypted (every record decrypted on read).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExportFile } from '../lib/log/export';
import type { FullSessionExport, LoggedTurn } from '../models/session-log';
import { launchWithExtension } from '../test/e2e/browser';
import { loggedConversation } from './logged-conversation';
import { percentile } from './stats';

const SESSIONS = 1_000;
const TURNS_EACH = 10;
const LONG_TURNS = 500;
const RUNS = 20;
const PASSPHRASE = 'bench review passphrase';

const CLIENT = [
  'idk. my sister thinks i spend too much on the betting apps',
  "it's only a bit of fun, everyone at work does accas",
  "i don't want to talk about how much i lost",
  'maybe i could cut down but nothing ever sticks with me',
  'yeah i guess it would be nice to have money left at the end of the month',
  'whatever',
];
const COUNSELOR = [
  'What do you make of what your sister says?',
  "It sounds like it's something you enjoy with the people at work, and the worry is coming from outside.",
  'You should delete the apps and set a budget.',
  "You're not sure it's a problem, and you'd also like money left at the end of the month.",
  "What would you like to be different, if anything? It's entirely your call.",
  "That's fair, we don't have to go there. What feels okay to talk about?",
];

/** Turns with the analyzer's real readings and hints; the first hint of each reply dismissed. */
function conversation(sessionId: string, turns: number, startedAt: number): LoggedTurn[] {
  return loggedConversation({
    sessionId,
    turns,
    startedAt,
    spacingMs: 20_000,
    client: CLIENT,
    counselor: COUNSELOR,
    hintAction: (i, at) =>
      i === 0 ? { action: 'dismissed', actedAt: at - 3_000 } : { action: 'ignored', actedAt: null },
  });
}

function sessions(now: number): FullSessionExport[] {
  const template = conversation('template', TURNS_EACH, 0);
  const many = Array.from({ length: SESSIONS }, (_, i): FullSessionExport => {
    const id = `bench-${String(i).padStart(4, '0')}`;
    const startedAt = now - (i + 1) * 40 * 60_000;
    return {
      session: {
        id,
        site: ['chat.one.example', 'chat.two.example', 'chat.three.example'][i % 3]!,
        platform: 'rocketchat',
        conversationKey: `rocketchat https://chat.example/room/${i}`,
        startedAt,
        ...(i % 10 === 0 ? { supervisorNote: 'Good reflection at turn 4; ask before advising.' } : {}),
      },
      turns: template.map((t) => ({ ...t, sessionId: id, at: startedAt + t.seq * 20_000 })),
    };
  });
  const long: FullSessionExport = {
    session: {
      id: 'bench-long',
      site: 'long.example',
      platform: 'rocketchat',
      conversationKey: 'rocketchat https://long.example/room/500',
      startedAt: now,
    },
    turns: conversation('bench-long', LONG_TURNS, now),
  };
  return [long, ...many];
}

// Strings, not functions: tsx's name-keeping helpers do not exist inside the page.
const durations = (page: Page, name: string) =>
  page.evaluate<number[]>(`performance.getEntriesByName(${JSON.stringify(name)}).map((e) => e.duration)`);

/**
 * Waits inside the page (one call that resolves when the entries are there) rather than polling
 * from outside, which would put work on the page's main thread during the very frames measured.
 * page.waitForFunction is not usable here: it evaluates a string in the page, which its CSP forbids.
 */
async function waitForEntries(page: Page, name: string, count: number): Promise<void> {
  const entry = JSON.stringify(name);
  await page.evaluate(`new Promise((resolve) => {
    const done = () => performance.getEntriesByName(${entry}).length >= ${count};
    if (done()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe({ type: 'measure' });
  })`);
}

interface Row {
  what: string;
  /** Reading the log alone (IndexedDB, decryption, validation). */
  data: number[];
  dom: number[];
  painted: number[];
  target: number;
}

/** The entries of one kind of measure, as two rows: the first screen, and everything. */
async function rows(page: Page, measure: 'list' | 'open', what: string, target: number): Promise<Row[]> {
  const data = await durations(page, `attune:review:${measure}-data`);
  return [
    {
      what: `${what}, first screen`,
      data,
      dom: await durations(page, `attune:review:${measure}`),
      painted: await durations(page, `attune:review:${measure}-painted`),
      target,
    },
    {
      what: `${what}, all in the DOM`,
      data,
      dom: await durations(page, `attune:review:${measure}-complete`),
      painted: await durations(page, `attune:review:${measure}-complete-painted`),
      target,
    },
  ];
}

/** Reloads the page `RUNS` times: the list as it first appears when the page opens. */
async function listOnOpen(page: Page, unlock: boolean): Promise<Row[]> {
  const out: Row[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    if (unlock) {
      await page.getByLabel('Passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
    }
    await waitForEntries(page, 'attune:review:list-complete-painted', 1);
    const run = await rows(page, 'list', 'list 1,001 sessions (page opens)', 300);
    if (out.length === 0) out.push(...run);
    else
      run.forEach((r, k) => (['data', 'dom', 'painted'] as const).forEach((f) => out[k]![f].push(...r[f])));
  }
  return out;
}

async function listOnRefresh(page: Page): Promise<Row[]> {
  await page.evaluate('performance.clearMeasures()');
  for (let i = 1; i <= RUNS; i++) {
    await page.getByRole('button', { name: 'Refresh list' }).click();
    await waitForEntries(page, 'attune:review:list-complete-painted', i);
  }
  return rows(page, 'list', 'list 1,001 sessions (Refresh)', 300);
}

async function openLong(page: Page): Promise<Row[]> {
  await page.evaluate('performance.clearMeasures()');
  const row = page.locator('.session-row').filter({ hasText: 'long.example' });
  for (let i = 1; i <= RUNS; i++) {
    await row.click();
    await waitForEntries(page, 'attune:review:open-complete-painted', i);
    const turns = await page.locator('.timeline > li').count();
    if (turns !== LONG_TURNS) throw new Error(`the long session showed ${turns} turns`);
    await page.getByRole('button', { name: 'Back to all sessions' }).click();
    await page.locator('.trends').waitFor();
  }
  return rows(page, 'open', `open the ${LONG_TURNS}-turn session`, 200);
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'attune-bench-review-'));
  const extension = await launchWithExtension();
  try {
    const started = performance.now();
    const file = join(folder, 'bench-sessions.json');
    await writeFile(file, JSON.stringify(await buildExportFile(sessions(Date.now()))));
    const page = await extension.open('review.html');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByText('No sessions are stored yet').waitFor();
    await page.locator('details.share > summary').click();
    await page.locator('#import-file').setInputFiles(file);
    await page
      .locator('details.share [role=status]')
      .filter({ hasText: 'Imported 1,001 sessions' })
      .waitFor({ timeout: 300_000 });
    console.log(
      `seeded 1,001 sessions (${SESSIONS * TURNS_EACH + LONG_TURNS} turns) through the import button`,
    );

    const results: (Row & { encrypted: boolean })[] = [];
    for (const r of [
      ...(await listOnOpen(page, false)),
      ...(await listOnRefresh(page)),
      ...(await openLong(page)),
    ])
      results.push({ ...r, encrypted: false });

    await page.locator('details.settings > summary').click();
    await page.getByLabel('New passphrase').fill(PASSPHRASE);
    await page.getByLabel('Repeat it').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Encrypt the log' }).click();
    await page.getByText('The log is encrypted.').waitFor({ timeout: 600_000 });
    console.log('encrypted the log');
    for (const r of [
      ...(await listOnOpen(page, true)),
      ...(await listOnRefresh(page)),
      ...(await openLong(page)),
    ])
      results.push({ ...r, encrypted: true });

    const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8);
    const pair = (xs: number[]) => `${ms(percentile(xs, 50))}${ms(percentile(xs, 95))}`;
    console.log(`\nReview page benchmark (Chromium, real IndexedDB, ${RUNS} runs each; p50 and p95)`);
    console.log('data: reading the log; DOM: data + render; painted: to the next frame after the render');
    console.log(
      `${'operation'.padEnd(50)}${'encrypted'.padEnd(10)}${'data'.padStart(16)}${'DOM'.padStart(16)}` +
        `${'painted'.padStart(16)}  target`,
    );
    for (const r of results) {
      const p95 = percentile(r.painted, 95);
      console.log(
        `${r.what.padEnd(50)}${String(r.encrypted).padEnd(10)}${pair(r.data)}${pair(r.dom)}${pair(r.painted)}` +
          `  ≤ ${r.target} ms ${p95 <= r.target ? 'met' : 'NOT MET'} (painted p95)`,
      );
    }
    console.log(`(total ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  } finally {
    await extension.close();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
