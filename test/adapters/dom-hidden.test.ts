// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readDraft, readText } from '../../lib/adapters/dom';

/**
 * What the reader reads is what the counselor sees: hidden text stays out, and boxes laid out
 * apart stay apart. Two kinds of document: one with a window (as on a live page, where computed
 * style is consulted) and a bare one without (a parse with no window, where only markup counts).
 */
function live(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<!doctype html><body><div id="m">${html}</div>`, 'text/html');
  expect(doc.defaultView).not.toBeNull();
  return doc.getElementById('m')!;
}

function bare(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  expect(doc.defaultView).toBeNull();
  doc.body.innerHTML = `<div id="m">${html}</div>`;
  return doc.getElementById('m')!;
}

describe.each([
  ['a live page', live],
  ['a bare document', bare],
])('hidden text on %s', (_, make) => {
  test.each([
    ['the hidden attribute', 'i am fine <span hidden>HIDDEN</span>really'],
    ['aria-hidden="true"', 'i am fine <span aria-hidden="true">HIDDEN</span>really'],
    ['inline display:none', 'i am fine <span style="display: none">HIDDEN</span>really'],
    ['inline visibility:hidden', 'i am fine <span style="visibility:hidden">HIDDEN</span>really'],
    ['inline visibility:collapse', 'i am fine <span style="visibility: collapse">HIDDEN</span>really'],
    ['the sr-only class', 'i am fine <span class="sr-only">HIDDEN</span>really'],
    ['the visually-hidden class', 'i am fine <span class="msg visually-hidden">HIDDEN</span>really'],
    ['a prefixed visually hidden class', 'i am fine <span class="mx_VisuallyHidden">HIDDEN</span>really'],
    ['a BEM visually hidden helper', 'i am fine <span class="u-visually-hidden">HIDDEN</span>really'],
    ['the screen-reader-text class', 'i am fine <span class="screen-reader-text">HIDDEN</span>really'],
    ['nested inside a hidden parent', 'i am fine <span hidden><b>HID</b><i>DEN</i></span>really'],
    ['a template and noscript', 'i am fine <template>HIDDEN</template><noscript>HIDDEN</noscript>really'],
  ])('%s is not read', (_what, html) => {
    const text = readText(make(html));
    expect(text).not.toContain('HID');
    expect(text).toBe('i am fine really');
  });

  test('aria-hidden="false" and classes that only mention hiding are read', () => {
    expect(
      readText(make('<span aria-hidden="false">yes</span> <span class="hidden-on-mobile-x">too</span>')),
    ).toBe('yes too');
    expect(readText(make('<span class="srv-only">kept</span>'))).toBe('kept');
    // Tailwind: hidden on small screens, shown from `md` up; the class alone cannot say which.
    expect(readText(make('<span class="sr-only md:not-sr-only">shown</span>'))).toBe('shown');
  });

  test('a child made visible inside visibility:hidden is read', () => {
    const html = '<span style="visibility: hidden">HIDDEN <b style="visibility: visible">shown</b></span>';
    expect(readText(make(html))).toBe('shown');
  });

  // A block boundary reads as a line break (two blocks in a row leave one blank line between them).
  test.each([
    '<div>tonight</div><div>ok</div>',
    '<p>tonight</p><section>ok</section>',
    '<ul><li>tonight</li><li>ok</li></ul>',
    'tonight<div>ok</div>',
    '<span>tonight</span><article>ok</article>',
  ])('block boundaries become line breaks: %s never reads "tonightok"', (html) => {
    expect(readText(make(html))).toMatch(/^tonight\n\n?ok$/);
  });

  test('boxes side by side get a space: inline-block, table cells, inline flex styles', () => {
    expect(
      readText(
        make('<span style="display:inline-block">tonight</span><span style="display:inline-block">ok</span>'),
      ),
    ).toBe('tonight ok');
    expect(readText(make('<table><tr><td>tonight</td><td>ok</td></tr></table>'))).toBe('tonight ok');
    expect(
      readText(make('<span style="display: block">tonight</span><span style="display: block">ok</span>')),
    ).toMatch(/^tonight\n\n?ok$/);
  });

  test('inline elements still join as the eye reads them', () => {
    expect(readText(make('to<b>night</b> <i>is</i> ok'))).toBe('tonight is ok');
  });

  test('a rich editor draft skips its hidden placeholder', () => {
    const composer = make(
      '<p>i hear you</p><span aria-hidden="true" class="placeholder">Type a message</span>',
    );
    expect(readDraft(composer)).toBe('i hear you');
  });
});

describe('computed style on a live page', () => {
  const sheet = `<style>
    .gone { display: none }
    .ghost { visibility: hidden }
    .clipped { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }
    .row { display: flex }
    .column { display: flex; flex-direction: column }
    .chip { display: inline-block }
  </style>`;
  const page = (html: string) => live(`${sheet}${html}`);

  test.each([
    ['display:none from a stylesheet', '<span class="gone">HIDDEN</span>'],
    ['visibility:hidden from a stylesheet', '<span class="ghost">HIDDEN</span>'],
    ['a clipped one-pixel box with any class name', '<span class="x1y2z3">HIDDEN</span>'],
  ])('%s is not read', (what, html) => {
    const el = page(
      `i am fine ${what.startsWith('a clipped') ? html.replace('x1y2z3', 'clipped') : html}really`,
    );
    expect(readText(el)).toBe('i am fine really');
  });

  test('flex items are boxes of their own: a space in a row, a line break in a column', () => {
    expect(readText(page('<div class="row"><span>tonight</span><span>ok</span></div>'))).toBe('tonight ok');
    expect(readText(page('<div class="column"><span>tonight</span><span>ok</span></div>'))).toMatch(
      /^tonight\n\n?ok$/,
    );
    expect(readText(page('<span class="chip">tonight</span><span class="chip">ok</span>'))).toBe(
      'tonight ok',
    );
  });

  test('exclusions still apply next to hidden parts', () => {
    const el = page(
      '<span class="name">Sam</span><div>tonight</div><div>ok <span class="gone">x</span></div>',
    );
    expect(readText(el, ['.name'])).toMatch(/^tonight\n\n?ok$/);
  });
});
