/**
 * npm run bench:live   (after npm run build:e2e; needs Debian's Chromium)
 * In real Chromium with the e2e build: keystroke-to-hint latency (a key typed in a chat page's
 * composer until the side panel shows the assessment of the new draft), the content script's
 * cost per keystroke and per read in the page, and the content script's size.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, launchWithExtension, openPanelFor, waitForLiveReader } from '../test/e2e/browser';
import { readerReads } from '../test/e2e/reader-probe';
import { percentile } from './stats';

/** Epoch milliseconds with sub-millisecond resolution: the same clock in Node and in every page. */
const now = () => performance.timeOrigin + performance.now();

const KEYS = 120;

const html = readFileSync(join('test', 'fixtures', 'mattermost', 'long.html'), 'utf8');
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chat`;

const extension = await launchWithExtension();
try {
  await waitForLiveReader(extension);
  const chat = await extension.context.newPage();
  await chat.goto(url);
  const panel = await openPanelFor(extension, chat);
  await panel.waitForSelector('.live-status .health', { timeout: 10_000 });

  const editor = chat.locator('#post_textbox');
  await editor.click();
  await chat.keyboard.press('ControlOrMeta+A');
  await chat.keyboard.press('Backspace');
  const text = 'It sounds like you feel stuck, and part of you wants things to change. What would help? ';
  const latencies: number[] = [];
  let typed = 0;
  for (let i = 0; i < KEYS; i++) {
    const ch = text[i % text.length]!;
    // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
    const shown = panel.evaluate<number>(`new Promise((resolve) => {
      const feedback = document.querySelector('.feedback');
      const done = () => feedback.dataset.draftChars === '${typed + 1}';
      if (done()) return resolve(performance.timeOrigin + performance.now());
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      });
      observer.observe(feedback, { attributes: true });
    })`);
    const started = now();
    await chat.keyboard.type(ch);
    typed++;
    latencies.push((await shown) - started);
  }

  // Per keystroke in the page: an input event with Attune's listener, and the same event with the
  // listener kept out (a window capture listener that stops it first), alternating so both see the
  // same garbage collections and timer ticks. Their difference is what Attune adds.
  const perKey = await chat.evaluate(() => {
    const ta = document.querySelector<HTMLTextAreaElement>('#post_textbox')!;
    let blocking = false;
    window.addEventListener('input', (e) => blocking && e.stopImmediatePropagation(), { capture: true });
    const withAttune: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < 4000; i++) {
      blocking = i % 2 === 1;
      const t = performance.now();
      ta.value += 'a';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      (blocking ? without : withAttune).push(performance.now() - t);
    }
    return { withAttune, without };
  });
  // As the content script recorded them, in its own world (lib/live/probe.ts): the page sees none.
  const reads = (await readerReads(chat)).map((read) => read.ms);
  const script = join(CHROME_BUILD, 'content-scripts', 'content.js');
  const bytes = statSync(script).size;

  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`Attune live benchmark, Chromium (headless), Mattermost fixture with 64 messages\n`);
  console.log(
    `keystroke → panel shows the new assessment: p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  (${KEYS} keys; target ≤ 150 ms)`,
  );
  const line = (times: number[]) =>
    `p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  p99 ${ms(percentile(times, 99))}  max ${ms(Math.max(...times))}`;
  console.log(
    `keystroke handling in the page with Attune:    ${line(perKey.withAttune)}  (target: Attune adds ≤ 1 ms)`,
  );
  console.log(
    `keystroke handling in the page without Attune: ${line(perKey.without)}  (same loop, listener kept out)`,
  );
  console.log(
    `content script read after a pause (parse + compare + send): p50 ${ms(percentile(reads, 50))}  p95 ${ms(percentile(reads, 95))}  (${reads.length} reads)`,
  );
  console.log(
    `content script size: ${(bytes / 1024).toFixed(1)} KB (gzip ${(gzipSync(readFileSync(script)).length / 1024).toFixed(1)} KB)`,
  );
} finally {
  await extension.close();
  server.close();
}
