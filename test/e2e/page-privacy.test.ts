import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchWithExtension,
  openPanelFor,
  screenshot,
  waitForLiveReader,
  type LoadedExtension,
} from './browser';
import { readerProbe, waitForFirstRead } from './reader-probe';

/**
 * Issue 13: the chat page's own scripts learn nothing about the analysis. A page that spies on
 * everything a script can watch, from before Attune's reader starts (its own script in `<head>`),
 * is read, followed by the side panel, marked inline (a risk phrase) and typed into until hints
 * show. It then finds: no CSS highlight, no performance mark or measure, no new global, no message
 * or guessable event, no attribute anywhere, nothing on the console; of the DOM, one empty
 * element without attributes, added when the panel started following the page, whose closed
 * shadow root it cannot open, which has no box and catches no pointer; the marked phrase is still
 * the page's own element under the pointer. Before the panel follows the page, not even that.
 */

const ID = 'chkfoeccgldnceaoellhbhicpeccockl';

/** Everything a page script can watch, installed before any extension script runs. */
const SPY = `
window.spy = (() => {
  const spy = { start: Object.getOwnPropertyNames(window), messages: [], events: [], entries: [], mutations: [] };
  addEventListener('message', (e) => spy.messages.push(JSON.stringify(e.data) ?? String(e.data)), true);
  const guessable = [
    'attune-live-reader-started:${ID}', 'reader-started:${ID}', '${ID}:content:wxt:content-script-started',
    '${ID}:content:wxt:locationchange', 'wxt:content-script-started', 'attune:read', 'attune',
  ];
  for (const name of guessable) {
    document.addEventListener(name, () => spy.events.push(name), true);
    window.addEventListener(name, () => spy.events.push(name), true);
  }
  new PerformanceObserver((list) => spy.entries.push(...list.getEntries().map((e) => e.entryType + ':' + e.name)))
    .observe({ entryTypes: ['mark', 'measure'] });
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      spy.mutations.push({
        type: r.type,
        target: r.target.nodeName,
        attribute: r.attributeName,
        added: [...r.addedNodes].map((n) => n.nodeName + (n.nodeType === 1 ? ':' + n.attributes.length + ':' + n.childNodes.length : '')),
        removed: r.removedNodes.length,
      });
    }
  });
  // From the end of parsing (the parser's own insertions are not Attune's), before any extension
  // script runs (at document_idle, after this event).
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
  );
  return spy;
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Harbor Line</title>
    <script>${SPY}</script>
    <style>
      body { font: 16px/1.4 sans-serif; margin: 0 }
      .thread { display: flex; flex-direction: column; gap: 8px; padding: 8px }
      .msg--me { align-self: flex-end }
    </style>
  </head>
  <body>
    <div class="thread" role="log" aria-label="Conversation">
      <div class="msg msg--them" data-key="m1"><span class="who">Visitor</span><p class="body">hi. my sister said i should message you</p></div>
      <div class="msg msg--me" data-key="m2"><span class="who">Robin (volunteer)</span><p class="body">I'm glad you reached out. What made tonight the night?</p></div>
      <div class="msg msg--them" data-key="m3"><span class="who">Visitor</span><p class="body">its not a big deal, everyone drinks after work</p></div>
      <div class="msg msg--me" data-key="m4"><span class="who">Robin (volunteer)</span><p class="body">It sounds like her worry seems bigger than the problem to you.</p></div>
      <div class="msg msg--them" data-key="m5"><span class="who">Visitor</span><p class="body" id="risk">honestly some nights i just want to end it all</p></div>
    </div>
    <form class="compose" onsubmit="return false;">
      <textarea id="reply" aria-label="Write a reply"></textarea>
    </form>
  </body>
</html>`;

interface Spy {
  start: string[];
  messages: string[];
  events: string[];
  entries: string[];
  mutations: { type: string; target: string; attribute: string | null; added: string[]; removed: number }[];
}

const spied = (page: Page) => page.evaluate(() => (window as unknown as { spy: Spy }).spy);

let extension: LoadedExtension;
let server: ReturnType<typeof createServer>;
let base = '';

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  extension = await launchWithExtension();
  await waitForLiveReader(extension);
});

afterAll(async () => {
  await extension?.close();
  await new Promise((done) => server?.close(done));
});

describe('what a chat page can learn about Attune', () => {
  test('while hints and inline marks are shown: one empty element, and nothing else', async () => {
    const chat = await extension.context.newPage();
    // Everything any JavaScript world of the page prints, Attune's content script included.
    const cdp = await extension.context.newCDPSession(chat);
    const printed: string[] = [];
    cdp.on('Runtime.consoleAPICalled', (event: { type: string; args: { value?: unknown }[] }) =>
      printed.push(`${event.type}: ${event.args.map((a) => String(a.value)).join(' ')}`),
    );
    await cdp.send('Runtime.enable');
    await chat.goto(`${base}/chat`);
    await waitForFirstRead(chat);

    // The reader alone, before any panel follows the page: nothing at all.
    expect((await spied(chat)).mutations).toEqual([]);

    const panel = await openPanelFor(extension, chat);
    await expect
      .poll(() => panel.locator('.live-status').innerText(), { timeout: 10_000 })
      .toMatch(/5 messages: 3 from the client, 2 from you/);
    await chat.locator('#reply').click();
    await chat.keyboard.type('You need to stop drinking. Be honest with yourself.');
    await panel.locator('.hints > li').first().waitFor({ timeout: 10_000 });
    // The risk phrase is marked in the page, where the counselor sees it.
    await expect
      .poll(
        async () =>
          ((await readerProbe(chat)).marks.at(-1)?.shown ?? []).some(
            (m) => m.kind === 'risk' && /end it all/.test(m.text) && m.boxes > 0,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    const spy = await spied(chat);
    const seen = await chat.evaluate(() => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      const rect = host.getBoundingClientRect();
      const phrase = document.createRange();
      const text = document.querySelector('#risk')!.firstChild!;
      phrase.setStart(text, text.textContent!.indexOf('end it all'));
      phrase.setEnd(text, text.textContent!.length);
      const at = phrase.getBoundingClientRect();
      let attachable = true;
      try {
        host.attachShadow({ mode: 'open' });
      } catch {
        attachable = false;
      }
      return {
        highlights: CSS.highlights.size,
        timeline: performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
          .length,
        globals: Object.getOwnPropertyNames(window),
        attributes: Array.from(document.querySelectorAll('*'))
          .flatMap((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`))
          .filter((a) => /attune|wxt|highlight/i.test(a)),
        animations: document.getAnimations().length,
        adoptedSheets: document.adoptedStyleSheets.length,
        host: {
          tag: host.tagName,
          attributes: host.attributes.length,
          children: host.childNodes.length,
          shadowRoot: host.shadowRoot,
          attachable,
          display: getComputedStyle(host).display,
          box: [rect.x, rect.y, rect.width, rect.height, host.scrollWidth, host.scrollHeight],
        },
        underPointer: document.elementFromPoint(at.x + at.width / 2, at.y + at.height / 2)?.id,
      };
    });

    expect(seen.highlights).toBe(0);
    expect(seen.timeline).toBe(0);
    expect(spy.entries).toEqual([]);
    expect(seen.globals.filter((name) => !spy.start.includes(name) && name !== 'spy')).toEqual([]);
    expect(spy.messages).toEqual([]);
    expect(spy.events).toEqual([]);
    expect(seen.attributes).toEqual([]);
    expect(seen.animations).toBe(0);
    expect(seen.adoptedSheets).toBe(0);
    expect(printed).toEqual([]);
    // The one change to the page's DOM: an empty element without attributes at the end of the
    // document, whose closed shadow root the page cannot open and which takes no room or clicks.
    expect(spy.mutations).toEqual([
      { type: 'childList', target: 'HTML', attribute: null, added: ['DIV:0:0'], removed: 0 },
    ]);
    expect(seen.host).toEqual({
      tag: 'DIV',
      attributes: 0,
      children: 0,
      shadowRoot: null,
      attachable: false,
      display: 'contents',
      box: [0, 0, 0, 0, 0, 0],
    });
    expect(seen.underPointer).toBe('risk');
    // Last: Playwright hides the caret for a screenshot by styling the focused field.
    await screenshot(chat, 'page-privacy-marks.png');
    await panel.close();
    await chat.close();
  });
});

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s content script, as shipped', (dir) => {
  const code = readFileSync(resolve('.output', dir, 'content-scripts', 'content.js'), 'utf8');

  test('has no way to leave a trace a page can read', () => {
    // The performance timeline, the highlight registry, window messages, WXT's start announcement.
    expect(code).not.toMatch(
      /performance\.(?:mark|measure)\(|CSS\.highlights|new Highlight\(|\.postMessage\(/,
    );
    expect(code).not.toMatch(/content-script-started|wxt:locationchange/);
    // The test probe exists in the e2e build only.
    expect(code).not.toContain('__attuneProbe');
  });
});
