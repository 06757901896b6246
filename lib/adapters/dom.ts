import { composerText } from './types';

/**
 * Small DOM helpers shared by the site adapters. Pure: they only read the nodes passed in, never
 * `document` or `window`, so they run on fixture documents in happy-dom as on live pages.
 */

/** Block-level tags whose boundaries become line breaks when reading a message body's text. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

/**
 * The visible text of `el` without the parts matched by `exclude` (sender names, timestamps,
 * reactions, quoted replies...). `<br>` and block boundaries become newlines; runs of spaces
 * collapse; blank lines at the ends go.
 */
export function readText(
  el: Element,
  exclude: readonly string[] = [],
  excludeAlso?: (element: Element) => boolean,
): string {
  const skip = exclude.length > 0 ? exclude.join(',') : null;
  let out = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        // Source line breaks and indentation are not rendered: collapse them like \`white-space: normal\`.
        out += (child.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (skip && element.matches(skip)) continue;
        if (excludeAlso?.(element)) continue;
        if (element.tagName === 'BR') {
          out += '\n';
          continue;
        }
        if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE') continue;
        const block = BLOCK_TAGS.has(element.tagName);
        if (block) out += '\n';
        walk(element);
        if (block) out += '\n';
      }
    }
  };
  walk(el);
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
