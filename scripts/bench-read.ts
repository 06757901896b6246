/**
 * npx tsx scripts/bench-read.ts   (after npm run build:e2e; needs Debian's Chromium)
 * Reading a chat of 2,000 long messages (scripts/long-chat-page.ts: Mattermost markup, about 900
 * characters each, 1.7 MB of text) in headless Chromium, on the page's main thread:
 *
 * 1. the reader's code alone in the page: a whole read as every read was before reads became
 *    incremental (parse everything, serialise the snapshot), then the reader as it is now: its
 *    first read, a read after each keystroke pause, after each new message;
 * 2. Attune itself (the e2e build) on the same page with the side panel open: the same reads as
 *    the content script recorded them (lib/live/probe.ts, read in its own world), the inline
 *    marks' overlay drawing while the list scrolls, and keystroke → panel latency.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { ReaderProbe, ReadRecord } from '../lib/live/probe';
import { CHROMIUM, launchWithExtension, openPanelFor, waitForLiveReader } from '../test/e2e/browser';
import { readerProbe } from '../test/e2e/reader-probe';
import { longChatPage, postHtml } from './long-chat-page';
import { percentile } from './stats';

const MESSAGES = 2_000;
const KEYS = 30;
const ARRIVALS = 10;
const RISK = 'honestly some nights I just want to end it all, nothing is going to change anything';

const html = longChatPage(MESSAGES);
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chat`;

const ms = (x: number) => `${x.toFixed(1)} ms`;
const line = (times: readonly number[]) =>
  times.length === 0
    ? 'none'
    : `p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  max ${ms(Math.max(...times))}  (${times.length})`;
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

/** Types into the reply box one key at a time, pausing long enough for a read after each. */
async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.locator('#post_textbox').click();
  for (const ch of text) {
    await page.keyboard.type(ch);
    await sleep(120);
  }
}

/** New posts at the end of the list, one at a time, as messages arriving. */
async function arrive(page: Page, count: number, text?: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    const post = postHtml(MESSAGES + 100 + i, text ? [text] : undefined);
    await page.evaluate((markup) => {
      document.querySelector('.post-list__dynamic')!.insertAdjacentHTML('beforeend', markup);
    }, post);
    await sleep(250);
  }
}

const byKind = (reads: readonly ReadRecord[], kind: ReadRecord['kind']) =>
  reads.filter((r) => r.kind === kind).map((r) => r.ms);

console.log(
  `Reading a chat of ${MESSAGES.toLocaleString('en')} long messages (${(html.length / 1e6).toFixed(1)} MB of markup), headless Chromium\n`,
);

// 1. The reader's code in the page, without the extension.
{
  const bundle = await build({
    entryPoints: ['scripts/bench-read-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    define: { 'import.meta.env.MODE': '"e2e"' },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(url);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const whole: number[] = [];
    for (let i = 0; i < 5; i++) whole.push(await page.evaluate<number>('bench.wholeRead()'));
    await page.evaluate('bench.startReader()');
    await typeSlowly(page, 'It sounds like part of you');
    await arrive(page, ARRIVALS);
    const reads = (await page.evaluate<ReaderProbe>('globalThis.__attuneProbe')).reads;
    console.log('1. The reader alone in the page (parse + snapshot, main thread)');
    console.log(`   before: every read parses the whole page        ${line(whole)}`);
    console.log(`   now: first read                                  ${ms(reads[0]!.ms)}`);
    console.log(
      `   now: read after a keystroke (reply box only)     ${line(byKind(reads.slice(1), 'draft'))}`,
    );
    console.log(
      `   now: read after a new message (one new element)  ${line(byKind(reads.slice(1), 'full'))}\n`,
    );
  } finally {
    await browser.close();
  }
}

// 2. Attune in Chromium, with the side panel open.
{
  const extension = await launchWithExtension();
  try {
    await waitForLiveReader(extension);
    const chat = await extension.context.newPage();
    await chat.setViewportSize({ width: 900, height: 900 });
    await chat.goto(url);
    // Chats open scrolled to the newest message.
    await chat.evaluate(() => {
      const list = document.querySelector('.post-list-holder-by-time')!;
      list.scrollTop = list.scrollHeight;
    });
    const panel = await openPanelFor(extension, chat);
    await panel.waitForSelector('.live-status .health', { timeout: 30_000 });

    // A risk phrase from the client: the panel marks it in the page.
    await arrive(chat, 1, RISK);
    await chat.evaluate(() => {
      const list = document.querySelector('.post-list-holder-by-time')!;
      list.scrollTop = list.scrollHeight;
    });
    const markedAt = Date.now();
    while ((await readerProbe(chat)).marks.every((m) => m.shown.length === 0)) {
      if (Date.now() - markedAt > 10_000) throw new Error('no mark was drawn');
      await sleep(50);
    }
    await arrive(chat, ARRIVALS - 1);

    // Keystroke → the panel shows the assessment of the new draft.
    await chat.locator('#post_textbox').click();
    const latencies: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      const shown = panel.evaluate<number>(`new Promise((resolve) => {
        const feedback = document.querySelector('.feedback');
        const done = () => feedback && feedback.dataset.draftChars === '${i + 1}';
        if (done()) return resolve(performance.timeOrigin + performance.now());
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        });
        observer.observe(document.body, { attributes: true, subtree: true, childList: true });
      })`);
      const started = performance.timeOrigin + performance.now();
      await chat.keyboard.type('a');
      latencies.push((await shown) - started);
      await sleep(60);
    }

    // The marks follow the list as it scrolls: each frame's redraw.
    const before = (await readerProbe(chat)).marks.length;
    const list = chat.locator('.post-list-holder-by-time');
    for (let i = 0; i < 40; i++) {
      await list.evaluate((el, step) => el.scrollBy(0, step), i < 20 ? -60 : 60);
      await sleep(30);
    }
    const probe = await readerProbe(chat);
    const redraws = probe.marks.slice(before).map((m) => m.ms);
    const reads = probe.reads;
    console.log('2. Attune (e2e build), side panel open (content script, main thread)');
    console.log(`   first read                                   ${ms(reads[0]!.ms)}`);
    console.log(`   read after a keystroke (reply box only)      ${line(byKind(reads.slice(1), 'draft'))}`);
    console.log(`   read after a new message                     ${line(byKind(reads.slice(1), 'full'))}`);
    console.log(`   inline marks: drawing while the list scrolls ${line(redraws)}`);
    console.log(`   keystroke → panel shows the new assessment   ${line(latencies)}`);
    const size = readFileSync('.output/chrome-mv3/content-scripts/content.js').length;
    console.log(`   content script (shipped build)               ${(size / 1024).toFixed(1)} KB`);
  } finally {
    await extension.close();
  }
}
server.close();
