import type { InlineMark } from '../../models';
import { probing, recordMarks } from './probe';

/**
 * Inline marks on the client's phrases in the chat page, drawn in an overlay the page cannot read:
 * boxes in a closed shadow root, laid over the phrase's text (`Range.getClientRects`), moved on
 * scroll, resize and page changes. The page's DOM, its text and its CSS highlight registry are
 * untouched; page scripts can see only one empty element without attributes or a box of its own
 * (`display: contents`), added to the end of the document when the panel starts marking this page
 * (whatever it marks, even nothing) and removed when the reader stops. Which phrases are marked,
 * how many, where and when stays inside the closed root.
 *
 * The boxes are composited over the page like a highlighter (multiply on light pages, screen on
 * dark ones), so the text under them keeps its colour. A phrase hidden under something else (a
 * header, a dialog, the edge of its scrolling list) is not drawn.
 */

/**
 * Set inside the closed root (`!important` beats any page rule on the host). The host has no box;
 * the layer is a viewport-sized fixed box above the page, blended into it.
 */
const STYLE = `
:host { all: initial !important; display: contents !important; }
.layer {
  position: fixed; inset: 0; margin: 0; border: 0; padding: 0; pointer-events: none;
  z-index: 2147483647; overflow: hidden; contain: strict; mix-blend-mode: multiply;
}
.layer.dark { mix-blend-mode: screen; }
.mark { position: absolute; left: 0; top: 0; box-sizing: border-box; pointer-events: none; }
.mark::after { content: ''; position: absolute; left: 0; right: 0; bottom: -1px; height: 3px; }
.resistance { background-color: rgb(255 214 102); }
.resistance::after {
  background:
    linear-gradient(135deg, transparent 30%, rgb(180 83 9) 30% 60%, transparent 60%) 0 0 / 4px 3px repeat-x,
    linear-gradient(45deg, transparent 30%, rgb(180 83 9) 30% 60%, transparent 60%) 2px 0 / 4px 3px repeat-x;
}
.risk { background-color: rgb(254 202 202); }
.risk::after { height: 2px; background-color: rgb(185 28 28); }
.change { background-color: rgb(187 247 208); }
.dark .resistance { background-color: rgb(120 85 10); }
.dark .risk { background-color: rgb(127 29 29); }
.dark .risk::after { background-color: rgb(248 113 113); }
.dark .change { background-color: rgb(20 83 45); }
`;

/** Text a mark must never land in: editors (the counselor's draft), scripts and styles. */
function skipped(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  return parent.closest('script, style, textarea, input, [contenteditable]') !== null;
}

/** A text node's text lowercased with runs of whitespace collapsed, and where each character came from. */
interface FlatText {
  readonly flat: string;
  /** Index in the node's data of each character of `flat`; null when they are the same. */
  readonly from: readonly number[] | null;
}

/** Lowercase with one space for each run of whitespace; the common case needs no character loop. */
function flatten(raw: string): FlatText {
  const lower = raw.toLowerCase();
  if (lower.length === raw.length && !/[^\S ]| {2}/.test(raw)) return { flat: lower, from: null };
  let flat = '';
  const from: number[] = [];
  for (let j = 0; j < raw.length; j++) {
    const isSpace = /\s/.test(raw[j]!);
    if (isSpace && flat.endsWith(' ')) continue;
    flat += isSpace ? ' ' : raw[j]!.toLowerCase();
    from.push(j);
  }
  return { flat, from };
}

/**
 * The page's text nodes, flattened as they are searched, for the span of one search or one
 * redraw: a page of 2,000 long messages is walked once, not once per phrase.
 */
export class PageText {
  private nodes: Text[] | null = null;
  private readonly flat = new Map<Text, FlatText>();

  constructor(private readonly doc: Document) {}

  /** Every text node, in document order. */
  all(): readonly Text[] {
    if (this.nodes) return this.nodes;
    const walker = this.doc.createTreeWalker(this.doc.body ?? this.doc.documentElement, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    this.nodes = nodes;
    return nodes;
  }

  flatOf(node: Text): FlatText {
    let flat = this.flat.get(node);
    if (!flat) {
      flat = flatten(node.data);
      this.flat.set(node, flat);
    }
    return flat;
  }
}

const normalise = (phrase: string) => phrase.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The last place `phrase` occurs in one text node of `doc` (case and runs of whitespace ignored):
 * the client's most recent messages sit at the bottom of a chat.
 */
export function findPhrase(doc: Document, phrase: string, text: PageText = new PageText(doc)): Range | null {
  const wanted = normalise(phrase);
  if (wanted === '') return null;
  const nodes = text.all();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.data.length < wanted.length) continue;
    const { flat, from } = text.flatOf(node);
    const at = flat.lastIndexOf(wanted);
    if (at < 0 || skipped(node)) continue;
    const range = doc.createRange();
    range.setStart(node, from ? from[at]! : at);
    range.setEnd(node, from ? from[at + wanted.length - 1]! + 1 : at + wanted.length);
    return range;
  }
  return null;
}

interface Tracked {
  readonly kind: InlineMark['kind'];
  readonly wanted: string;
  range: Range | null;
}

/** Whether the range still covers the phrase it was made for (the page may have re-rendered it). */
function stillThere(tracked: Tracked): boolean {
  const range = tracked.range;
  return (
    range !== null &&
    !range.collapsed &&
    range.startContainer.isConnected &&
    normalise(range.toString()) === tracked.wanted
  );
}

/** Relative luminance (0 dark … 1 light) of the first opaque background around `element`. */
function backgroundLightness(element: Element | null): number {
  const view = element?.ownerDocument.defaultView;
  for (let el = element; el && view; el = el.parentElement) {
    const match = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(
      view.getComputedStyle(el).backgroundColor,
    );
    if (!match || Number(match[4] ?? 1) < 0.5) continue;
    const [r, g, b] = [match[1], match[2], match[3]].map((c) => Number(c) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  return 1;
}

export interface MarksOverlay {
  /** Replaces the marks with `marks`; returns how many phrases were found and drawn. */
  show(marks: readonly InlineMark[]): number;
  /** Removes the overlay from the page. */
  remove(): void;
}

/**
 * The page's overlay: its host is added to the document now and stays until `remove` (or `signal`
 * aborts). While marks are shown it follows scrolling, resizing and the page's changes, redrawing
 * at most once a frame; with none shown it listens to nothing.
 */
export function createMarksOverlay(doc: Document, signal: AbortSignal): MarksOverlay {
  const view = doc.defaultView!;
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new (view as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
  sheet.replaceSync(STYLE);
  shadow.adoptedStyleSheets = [sheet];
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(layer);
  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  attach();

  const boxes: HTMLElement[] = [];
  let tracked: Tracked[] = [];
  let watching: AbortController | null = null;
  let frame = 0;
  let pageChanged = false;

  const draw = () => {
    frame = 0;
    const started = performance.now();
    attach();
    let text: PageText | null = null;
    if (pageChanged) {
      // A phrase the page re-rendered is looked for again, once: one that is gone stays gone.
      pageChanged = false;
      for (const mark of tracked) {
        if (stillThere(mark)) continue;
        text ??= new PageText(doc);
        mark.range = findPhrase(doc, mark.wanted, text);
      }
      tracked = tracked.filter((mark) => mark.range !== null);
      if (tracked.length === 0) watch(false);
    }
    const origin = layer.getBoundingClientRect();
    const width = view.innerWidth;
    const height = view.innerHeight;
    let used = 0;
    const shown: { kind: string; text: string; boxes: number }[] = [];
    for (const mark of tracked) {
      const range = mark.range;
      if (!range) continue;
      const anchor = range.startContainer.parentElement;
      let drawn = 0;
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width < 1 || rect.height < 1) continue;
        const left = Math.max(rect.left, 0);
        const right = Math.min(rect.right, width);
        const top = Math.max(rect.top, 0);
        const bottom = Math.min(rect.bottom, height);
        if (right - left < 1 || bottom - top < 1) continue;
        // Not drawn over whatever covers the phrase (a header, a dialog, its list's edge).
        const hit = doc.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        if (!hit || !anchor || (hit !== anchor && !anchor.contains(hit) && !hit.contains(anchor))) continue;
        let box = boxes[used];
        if (!box) {
          box = doc.createElement('div');
          boxes.push(box);
          layer.append(box);
        }
        used++;
        drawn++;
        box.className = `mark ${mark.kind}`;
        box.style.display = 'block';
        box.style.transform = `translate(${rect.left - origin.left}px, ${rect.top - origin.top}px)`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
      }
      if (probing()) shown.push({ kind: mark.kind, text: range.toString(), boxes: drawn });
    }
    for (let i = used; i < boxes.length; i++) boxes[i]!.style.display = 'none';
    recordMarks({ at: performance.timeOrigin + started, ms: performance.now() - started, shown });
  };
  const redraw = () => {
    if (frame === 0 && !signal.aborted) frame = view.requestAnimationFrame(draw);
  };
  const onPageChange = () => {
    pageChanged = true;
    redraw();
  };

  /** Follows the page while there is something to draw. */
  const watch = (on: boolean) => {
    if (on === (watching !== null)) return;
    if (!on) {
      watching!.abort();
      watching = null;
      return;
    }
    watching = new AbortController();
    const options = { capture: true, passive: true, signal: watching.signal };
    doc.addEventListener('scroll', redraw, options);
    view.addEventListener('resize', redraw, options);
    // Images and fonts that finish loading move the text without changing the DOM.
    doc.addEventListener('load', redraw, options);
    const observer = new MutationObserver(onPageChange);
    observer.observe(doc, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden'],
    });
    watching.signal.addEventListener('abort', () => observer.disconnect());
  };

  const remove = () => {
    watch(false);
    if (frame !== 0) view.cancelAnimationFrame(frame);
    frame = 0;
    tracked = [];
    host.remove();
  };
  signal.addEventListener('abort', remove);

  return {
    show(marks) {
      if (signal.aborted) return 0;
      const text = new PageText(doc);
      const previous = new Map(tracked.map((t) => [`${t.kind}\u0000${t.wanted}`, t]));
      tracked = marks.map((mark) => {
        const wanted = normalise(mark.text);
        const known = previous.get(`${mark.kind}\u0000${wanted}`);
        if (known && stillThere(known)) return known;
        return { kind: mark.kind, wanted, range: findPhrase(doc, wanted, text) };
      });
      tracked = tracked.filter((t) => t.range !== null);
      // Light or dark page: the blend that keeps the text readable under the boxes.
      const anchor = tracked[0]?.range?.startContainer.parentElement ?? null;
      if (anchor) layer.classList.toggle('dark', backgroundLightness(anchor) < 0.5);
      watch(tracked.length > 0);
      if (frame !== 0) view.cancelAnimationFrame(frame);
      draw();
      return tracked.length;
    },
    remove,
  };
}
