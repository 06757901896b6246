// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { AdapterError, type ParsedChat, type SiteAdapter } from '../../lib/adapters/types';
import { newSnapshotState, takeSnapshot } from '../../lib/live/snapshot';
import { PageSnapshot } from '../../models';
import { ROLES } from '../../models/roles';
import { fixtureNames, loadFixture } from '../adapters/fixtures';
import { PROPERTY_TIMEOUT_MS, chatText, runs } from './arbitraries';
import { expectRoughlyLinear } from './timing';

/**
 * The site adapters' `parse` on pages no fixture shows: each adapter's saved fixtures changed at
 * random (text replaced by any Unicode, elements inserted, wrapped, nested deep, cloned, moved and
 * removed, attributes set to odd values), and pages built at random from the same pieces. `parse`
 * throws nothing but `AdapterError` (the adapter boundary shows it as health), and what it returns
 * makes a page snapshot that validates against the schema the panel checks. Reading time grows
 * about linearly with the number of messages and the length of their text.
 */

/**
 * Fresh copies of the fixtures. happy-dom gives every parsed document a window of its own, which
 * is heavy and never freed (hundreds of parses ran out of memory), so each fixture is parsed once
 * and copied: into that same document (its window computes styles, as on a live page), or into a
 * document without a window, where `readText` reads inline styles as on a bare parse.
 */
const parsedFixtures = new Map<string, { doc: Document; pristine: Element }>();

function parsedFixture(id: string, name: string): { doc: Document; pristine: Element } {
  const key = `${id}/${name}`;
  let entry = parsedFixtures.get(key);
  if (!entry) {
    const doc = loadFixture(id, name);
    entry = { doc, pristine: doc.documentElement.cloneNode(true) as Element };
    parsedFixtures.set(key, entry);
  }
  return entry;
}

/** The fixture as parsed, in its windowed document, reset to how the file has it. */
function windowedCopy(id: string, name: string): Document {
  const { doc, pristine } = parsedFixture(id, name);
  doc.removeChild(doc.documentElement);
  doc.appendChild(pristine.cloneNode(true));
  return doc;
}

/** The fixture in a document of its own, without a window. */
function bareCopy(id: string, name: string): Document {
  const { doc, pristine } = parsedFixture(id, name);
  const copy = doc.cloneNode(false) as Document;
  copy.appendChild(copy.importNode(pristine, true));
  return copy;
}

// ---- The pieces pages are made of ---------------------------------------------------------------

const TAGS = [
  'div',
  'span',
  'p',
  'li',
  'ol',
  'ul',
  'article',
  'section',
  'footer',
  'main',
  'time',
  'textarea',
  'input',
  'br',
  'blockquote',
  'a',
  'button',
  'b',
  'script',
  'style',
  'template',
  'table',
  'td',
  'img',
  'h4',
  'pre',
];

/** Attribute names and values found in every adapter's fixtures: the ones the selectors look at. */
function attributesOfFixtures(): { names: string[]; values: string[] } {
  const names = new Set<string>(['hidden', 'aria-hidden', 'style', 'contenteditable', 'datetime']);
  // Addresses would make happy-dom try to load scripts and frames: nothing the adapters read.
  const loads = new Set(['src', 'href', 'srcset', 'action', 'formaction', 'data', 'poster']);
  const values = new Set<string>();
  for (const adapter of adapters) {
    for (const name of fixtureNames(adapter.id)) {
      for (const el of Array.from(parsedFixture(adapter.id, name).doc.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          if (loads.has(attr.name)) continue;
          names.add(attr.name);
          if (attr.value.length <= 80) values.add(attr.value);
          if (attr.name === 'class') for (const c of attr.value.split(/\s+/)) if (c) values.add(c);
        }
      }
    }
  }
  return { names: [...names].sort(), values: [...values].sort() };
}

const FROM_FIXTURES = attributesOfFixtures();

/** Values that break naive selector building, dates and layouts. */
const ODD_VALUES = [
  '',
  ' ',
  '"',
  '\\',
  "'",
  'a"]b',
  'x\ny',
  '\u0000',
  ']',
  '}{',
  'true',
  'false',
  'true_',
  'false_',
  'true_123@c.us_ABC',
  'false_x@lid_1',
  'true_"@x_1',
  'post_"x',
  'post_\\',
  'guest-1',
  'display: none',
  'visibility: hidden',
  'visibility: visible',
  'display: flex; flex-direction: column',
  'display: grid',
  'display: inline-block',
  'position: absolute; clip: rect(0, 0, 0, 0)',
  'position: absolute; width: 1px; height: 1px; overflow: hidden',
  'sr-only',
  'not-sr-only',
  '2024-02-29T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00Z',
  'not a date',
  '1e400',
];

const attrName = fc.constantFrom(...FROM_FIXTURES.names);
const attrValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FROM_FIXTURES.values) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...FROM_FIXTURES.values, ...ODD_VALUES), { minLength: 2, maxLength: 4 })
      .map((v) => v.join(' ')),
  },
);

/** A subtree to build into a page: text, or an element with attributes and children. */
type NodeSpec = string | { tag: string; attrs: [string, string][]; children: NodeSpec[] };

const { tree } = fc.letrec<{ tree: NodeSpec; element: NodeSpec }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, chatText(4), tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.tuple(attrName, attrValue), { maxLength: 4 }),
    children: fc.array(tie('tree'), { maxLength: 4 }),
  }),
}));

function build(doc: Document, spec: NodeSpec): Node {
  if (typeof spec === 'string') return doc.createTextNode(spec);
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  for (const child of spec.children) el.appendChild(build(doc, child));
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.value = el.textContent ?? '';
  return el;
}

/** One change to a page; `at` picks the element (or text node) it applies to. */
type Mutation =
  | { kind: 'text'; at: number; text: string }
  | { kind: 'insert'; at: number; tree: NodeSpec }
  | { kind: 'attr'; at: number; name: string; value: string }
  | { kind: 'remove'; at: number }
  | { kind: 'wrap'; at: number; tag: string; attrs: [string, string][]; depth: number }
  | { kind: 'clone'; at: number }
  | { kind: 'move'; at: number; to: number };

const index = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: index, text: chatText(6) }),
  fc.record({ kind: fc.constant('insert' as const), at: index, tree }),
  fc.record({ kind: fc.constant('attr' as const), at: index, name: attrName, value: attrValue }),
  fc.record({ kind: fc.constant('remove' as const), at: index }),
  fc.record({
    kind: fc.constant('wrap' as const),
    at: index,
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.tuple(attrName, attrValue), { maxLength: 3 }),
    depth: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(300)),
  }),
  fc.record({ kind: fc.constant('clone' as const), at: index }),
  fc.record({ kind: fc.constant('move' as const), at: index, to: index }),
);

/** Past this many elements a page stops growing (cloning doubles it: twelve clones, 4,096 times). */
const MAX_ELEMENTS = 3_000;

function applyMutation(doc: Document, m: Mutation): void {
  const body = doc.body;
  const elements = Array.from(body.querySelectorAll('*'));
  if (elements.length > MAX_ELEMENTS && (m.kind === 'clone' || m.kind === 'insert' || m.kind === 'wrap'))
    return;
  const target = elements.length > 0 ? elements[m.at % elements.length]! : body;
  switch (m.kind) {
    case 'text': {
      const texts: Text[] = [];
      const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      if (texts.length > 0) texts[m.at % texts.length]!.data = m.text;
      else body.appendChild(doc.createTextNode(m.text));
      if (target instanceof HTMLTextAreaElement) target.value = m.text;
      return;
    }
    case 'insert': {
      const parent = target.children.length > 0 || m.at % 2 === 0 ? target : (target.parentElement ?? body);
      parent.insertBefore(
        build(doc, m.tree),
        parent.childNodes[m.at % (parent.childNodes.length + 1)] ?? null,
      );
      return;
    }
    case 'attr':
      target.setAttribute(m.name, m.value);
      return;
    case 'remove':
      if (target !== body) target.remove();
      return;
    case 'wrap': {
      if (target === body) return;
      let outer: Element | null = null;
      let inner: Element | null = null;
      for (let i = 0; i < m.depth; i++) {
        const el = doc.createElement(i === 0 ? m.tag : 'div');
        if (i === 0) for (const [name, value] of m.attrs) el.setAttribute(name, value);
        if (inner) inner.appendChild(el);
        else outer = el;
        inner = el;
      }
      target.replaceWith(outer!);
      inner!.appendChild(target);
      return;
    }
    case 'clone':
      if (target !== body) target.after(target.cloneNode(true));
      return;
    case 'move': {
      const to = elements.length > 0 ? elements[m.to % elements.length]! : body;
      if (target !== body && !target.contains(to)) to.appendChild(target);
      return;
    }
  }
}

// ---- The properties -----------------------------------------------------------------------------

const URL = 'https://chat.example.org/room/1';

/** Parses, and checks that only an AdapterError escapes and that the result is well formed. */
function checkParse(adapter: SiteAdapter, doc: Document): void {
  let chat: ParsedChat;
  try {
    chat = adapter.parse(doc);
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    return;
  }
  for (const m of chat.messages) {
    expect(ROLES).toContain(m.role);
    expect(typeof m.text).toBe('string');
    expect(typeof m.id === 'string' && m.id.length > 0, `message id ${JSON.stringify(m.id)}`).toBe(true);
    if (m.time !== undefined) expect(Number.isFinite(m.time), `time ${m.time}`).toBe(true);
  }
  expect(typeof chat.draft).toBe('string');
  if (chat.composer) expect(doc.contains(chat.composer)).toBe(true);
  if (chat.notesSkipped !== undefined) expect(Number.isInteger(chat.notesSkipped)).toBe(true);

  const snapshot = takeSnapshot(adapter, doc, URL, newSnapshotState(), 1_700_000_000_000);
  const parsed = PageSnapshot.safeParse(snapshot);
  expect(parsed.success, parsed.error?.message).toBe(true);
  // The snapshot is what parse read, not a warning that reading failed.
  expect(snapshot.health.warning).toBeUndefined();
  expect(snapshot.messages).toHaveLength(Math.min(chat.messages.length, 2_000));
}

describe.each(adapters.map((a) => [a.id, a] as const))(
  '%s adapter on altered pages',
  { timeout: PROPERTY_TIMEOUT_MS },
  (id, adapter) => {
    // The long fixtures add nothing the short ones lack but time: each change walks the whole page.
    const fixtures = fixtureNames(id).filter((name) => name !== 'long.html');

    test('its fixtures changed at random: only AdapterError, and a valid snapshot', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...fixtures),
          fc.array(mutation, { minLength: 1, maxLength: 12 }),
          fc.boolean(),
          (name, changes, bare) => {
            // With a window, text is read by computed styles (as on a live page); without, by inline ones.
            const doc = bare ? bareCopy(id, name) : windowedCopy(id, name);
            for (const change of changes) applyMutation(doc, change);
            checkParse(adapter, doc);
          },
        ),
        { numRuns: runs(12) },
      );
    });

    test('pages built at random from the same pieces', () => {
      fc.assert(
        fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
          const doc = document.implementation.createHTMLDocument('page');
          for (const child of children) doc.body.appendChild(build(doc, child));
          checkParse(adapter, doc);
        }),
        { numRuns: runs(10) },
      );
    });
  },
);

// ---- Time -----------------------------------------------------------------------------------------

/** The adapter's long fixture with its message list repeated `times` over (ids made unique). */
function longPage(id: string, times: number): Document {
  const doc = bareCopy(id, fixtureNames(id).includes('long.html') ? 'long.html' : fixtureNames(id)[0]!);
  const chat = adapters.find((a) => a.id === id)!.parse(doc);
  // The element holding the messages: the deepest one containing every message's text.
  const first = chat.messages[0]?.text ?? '';
  const holders = Array.from(doc.body.querySelectorAll('*')).filter(
    (el) => el.children.length >= Math.min(chat.messages.length, 4) && (el.textContent ?? '').includes(first),
  );
  const list = holders.at(-1)!;
  const items = Array.from(list.children);
  for (let copy = 1; copy < times; copy++) {
    for (const item of items) {
      const clone = item.cloneNode(true) as Element;
      for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
        for (const attr of [
          'id',
          'data-id',
          'data-mid',
          'data-message-id',
          'data-event-id',
          'data-comment-id',
        ]) {
          const value = el.getAttribute(attr);
          if (value) el.setAttribute(attr, value.replace(/(\d+|$)/, `$1${copy}x`));
        }
      }
      list.appendChild(clone);
    }
  }
  return doc;
}

describe('parse takes time about linear in the page', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  test.each(adapters.map((a) => [a.id, a] as const))('%s: ten times the messages', (id, adapter) => {
    const small = longPage(id, 1);
    const large = longPage(id, 10);
    const count = adapter.parse(large).messages.length;
    expect(count).toBeGreaterThanOrEqual(9 * adapter.parse(small).messages.length);
    expectRoughlyLinear({
      small: () => adapter.parse(small),
      large: () => adapter.parse(large),
      sizeRatio: 10,
      samples: 2,
    });
  });

  test.each(adapters.map((a) => [a.id, a] as const))(
    '%s: a message of 10 KB, then of 100 KB, and one of 1 MB',
    (id, adapter) => {
      /** The fixture with its last message's text grown to about `chars` characters. */
      const withText = (chars: number) => {
        const doc = bareCopy(id, fixtureNames(id)[0]!);
        const words = adapter.parse(doc).messages.at(-1)!.text.split(/\s+/);
        const word = words.reduce((a, b) => (b.length > a.length ? b : a));
        // The last text node with that word: an earlier one may be a quote of the message.
        let last: Text | null = null;
        const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          if ((n as Text).data.includes(word)) last = n as Text;
        last!.data += ' i feel ok'.repeat(chars / 10);
        return doc;
      };
      // Past about 200 KB V8's own global replace stops being linear (caches, large-object
      // space), so the ratio is measured below that and a 1 MB message is only read in full.
      expect(adapter.parse(withText(1_000_000)).messages.some((m) => m.text.length >= 1_000_000)).toBe(true);
      const small = withText(10_000);
      const large = withText(100_000);
      expectRoughlyLinear({
        small: () => adapter.parse(small),
        large: () => adapter.parse(large),
        sizeRatio: 10,
        samples: 2,
      });
    },
  );
});
