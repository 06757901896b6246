import { remembered } from '../live/read-memo';
import { composerText } from './types';

/**
 * Small DOM helpers shared by the site adapters. Pure: they only read the nodes passed in, never
 * `document` or `window`, so they run on fixture documents in happy-dom as on live pages.
 */

/**
 * Elements whose boundaries become line breaks when a message body is read as text: what browsers
 * lay out as blocks by default. On live pages the computed `display` decides instead.
 */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'
  ).split(' '),
);
/** Elements that never show their text. */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT']);

/**
 * Helper classes that hide text from the eye but keep it for screen readers (Bootstrap, Tailwind,
 * WordPress, Angular CDK, Foundation, Drupal and their usual spellings). Such text ("New message",
 * "You said:") is not part of the conversation.
 */
const VISUALLY_HIDDEN_CLASS =
  /(?:^|[\s_-])(?:sr-only|sr_only|visually-?hidden|hide-?visually|hidden-?visually|screen-?reader-(?:text|only)|a11y-hidden|assistive-text|show-for-sr|element-invisible)(?:$|\s)/i;

/** Tailwind's `not-sr-only` (often `md:not-sr-only`) shows again what `sr-only` hid. */
const UNDONE_HELPER_CLASS = /(?:^|[\s:])not-sr-only(?:$|\s)/;

/** A display value that starts a box of its own on a new line. */
const BLOCK_DISPLAY = /^(?:block|flex|grid|list-item|table|table-row|table-caption|flow-root)\b/;
/** A display value that stands beside its neighbours as a separate box (needs a space). */
const INLINE_BOX_DISPLAY = /^(?:inline-block|inline-flex|inline-grid|inline-table|table-cell)\b/;

type ComputedStyleOf = (element: Element) => CSSStyleDeclaration | null;

/** The page's `getComputedStyle`, when the document has a window (live pages, not bare parses). */
function computedStyleOf(el: Element): ComputedStyleOf | null {
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  return (element) => {
    try {
      return view.getComputedStyle(element);
    } catch {
      return null;
    }
  };
}

/** How an element is laid out, as far as reading its text goes. */
interface Look {
  /** Nothing inside is drawn, whatever the children say. */
  readonly hidden: boolean;
  /** The `display` value ('' when unknown: no window and no inline style). */
  readonly display: string;
  /** 'hidden' or 'collapse' hide the element's own text; 'visible' shows it; '' inherits. */
  readonly visibility: string;
  readonly flexDirection: string;
}

const HIDDEN: Look = { hidden: true, display: 'none', visibility: '', flexDirection: '' };
const UNSTYLED: Look = { hidden: false, display: '', visibility: '', flexDirection: '' };

/**
 * The element's look: hidden by the `hidden` attribute, `aria-hidden="true"`, a visually-hidden
 * helper class, `display: none` or the clipped one-pixel box of any such helper; otherwise its
 * display, visibility and flex direction. Computed on a live page (one style lookup per element:
 * the reader runs after the page is quiet, when style is up to date), from the inline `style`
 * attribute elsewhere.
 */
function lookOf(element: Element, styleOf: ComputedStyleOf | null): Look {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return HIDDEN;
  const className = element.getAttribute('class');
  if (className && VISUALLY_HIDDEN_CLASS.test(className) && !UNDONE_HELPER_CLASS.test(className))
    return HIDDEN;
  const style = styleOf
    ? styleOf(element)
    : element.hasAttribute('style')
      ? ((element as HTMLElement).style as CSSStyleDeclaration | undefined)
      : null;
  if (!style) return UNSTYLED;
  const display = style.display;
  if (display === 'none') return HIDDEN;
  const position = style.position;
  if (position === 'absolute' || position === 'fixed') {
    const clipped =
      /^rect\(0(?:px)?,? 0(?:px)?,? 0(?:px)?,? 0(?:px)?\)$/.test(style.clip) ||
      style.clipPath === 'inset(50%)';
    const tiny = parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1 && style.overflow === 'hidden';
    if (clipped || tiny) return HIDDEN;
  }
  // Only a flex container's direction matters (its items' separator).
  const flexDirection = display.endsWith('flex') ? style.flexDirection : '';
  return { hidden: false, display, visibility: style.visibility, flexDirection };
}

/** Whether text directly in an element is drawn, given whether its parent's is (visibility is inherited). */
function textVisible(look: Look, parentVisible: boolean): boolean {
  if (look.visibility === 'hidden' || look.visibility === 'collapse') return false;
  return look.visibility === 'visible' || parentVisible;
}

/**
 * Children of a flex or grid container are boxes of their own whatever their tag: a space between
 * them in a row, a line break in a column. Null when the parent is not such a container.
 */
function flexOrGridItemSeparator(parent: Look): string | null {
  if (!/(?:^|-)(?:flex|grid)$/.test(parent.display)) return null;
  return parent.display.endsWith('flex') && parent.flexDirection.startsWith('column') ? '\n' : ' ';
}

/** What separates an element's text from its neighbours': a line break for blocks, a space for side-by-side boxes. */
function boxSeparator(element: Element, look: Look): string {
  if (look.display === '') {
    if (BLOCK_TAGS.has(element.tagName)) return '\n';
    return element.tagName === 'TD' || element.tagName === 'TH' ? ' ' : '';
  }
  if (BLOCK_DISPLAY.test(look.display)) return '\n';
  return INLINE_BOX_DISPLAY.test(look.display) ? ' ' : '';
}

/**
 * The visible text of `el` without the parts matched by `exclude` (sender names, timestamps,
 * reactions, quoted replies...). Text the reader cannot see is left out: `hidden`,
 * `aria-hidden="true"`, `display: none` and `visibility: hidden` (inline, and computed on live
 * pages), and visually-hidden helpers (`sr-only` and the like). `<br>` and block boundaries become
 * newlines, side-by-side boxes (inline-block, flex and grid items, table cells) a space, so
 * "tonight" and "ok" in two boxes never read as "tonightok"; runs of spaces collapse; blank lines at
 * the ends go.
 */
export function readText(
  el: Element,
  exclude: readonly string[] = [],
  excludeAlso?: (element: Element) => boolean,
): string {
  // The live reader remembers each element's text until the element changes (lib/live/read-memo.ts).
  const key = `text:${excludeAlso ? filterId(excludeAlso) : ''}:${exclude.join(',')}`;
  return remembered(el, key, () => readTextNow(el, exclude, excludeAlso));
}

const filterIds = new WeakMap<(element: Element) => boolean, number>();
let lastFilterId = 0;
/** A number per `excludeAlso` function, so texts read with different filters are kept apart. */
function filterId(filter: (element: Element) => boolean): number {
  let id = filterIds.get(filter);
  if (id === undefined) {
    id = ++lastFilterId;
    filterIds.set(filter, id);
  }
  return id;
}

function readTextNow(
  el: Element,
  exclude: readonly string[],
  excludeAlso: ((element: Element) => boolean) | undefined,
): string {
  const skip = exclude.length > 0 ? exclude.join(',') : null;
  const styleOf = computedStyleOf(el);
  let out = '';
  const walk = (node: Node, visible: boolean, parent: Look): void => {
    const itemSeparator = flexOrGridItemSeparator(parent);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Source line breaks and indentation are not rendered: collapse them like `white-space: normal`.
        if (visible) out += (child.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.tagName === 'BR') {
        if (visible) out += '\n';
        continue;
      }
      if (SILENT_TAGS.has(element.tagName)) continue;
      if (skip && element.matches(skip)) continue;
      if (excludeAlso?.(element)) continue;
      const look = lookOf(element, styleOf);
      if (look.hidden) continue;
      const separator = itemSeparator ?? boxSeparator(element, look);
      out += separator;
      walk(element, textVisible(look, visible), look);
      out += separator;
    }
  };
  walk(el, true, lookOf(el, styleOf));
  return out
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** FNV-1a, 32-bit, as 8 hex digits: a stable id for messages the site gives none. */
export function hashString(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The id for a message without a site id: a hash of role + text + position in the list. */
export function fallbackId(adapter: string, role: string, text: string, index: number): string {
  return `${adapter}:${hashString(`${role}\u0000${text}\u0000${index}`)}`;
}

/** Milliseconds since the epoch from the first `time[datetime]` (or `attr`) under `el`, if any. */
export function readTime(el: Element, selector = 'time[datetime]', attr = 'datetime'): number | undefined {
  const value = el.querySelector(selector)?.getAttribute(attr);
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Whether `el` sits inside an element matching `selector`, stopping at `stop` (exclusive). */
export function insideOf(el: Element, selector: string, stop: Element): boolean {
  for (let node = el.parentElement; node && node !== stop; node = node.parentElement) {
    if (node.matches(selector)) return true;
  }
  return false;
}

/** The first element under `root` matching `selector` that is not inside `notInside`. */
export function firstOutside(root: Element, selector: string, notInside: string): Element | null {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!insideOf(el, notInside, root)) return el;
  }
  return null;
}

/** Names compared loosely: case, spacing and a leading `@` do not matter. */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.replace(/^@/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

/**
 * The composer's draft: a textarea's or input's exact value (`composerText`), or a rich editor's
 * rendered text (`readText`, so markup indentation never reads as typed spaces). '' when it holds
 * only whitespace (an empty rich editor still renders `<p><br></p>`).
 */
export function readDraft(composer: HTMLElement | null): string {
  if (!composer) return '';
  const text =
    composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT'
      ? composerText(composer)
      : readText(composer);
  return text.trim() === '' ? '' : text;
}
