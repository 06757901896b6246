import type { InlineMark } from '../../models';

/**
 * Inline marks on the client's phrases in the chat page, drawn with the CSS Custom Highlight API:
 * no element is added around the text and the page's DOM is not changed, so the chat app's own
 * rendering and editors are untouched. What a page script can still learn is that some ranges are
 * highlighted (the registry is per document); the text itself is the page's own.
 *
 * Where the API is missing (older Firefox), nothing is drawn: the panel still shows the phrase.
 */
const HIGHLIGHT_NAMES: Record<InlineMark['kind'], string> = {
  resistance: 'attune-resistance',
  risk: 'attune-risk',
  change: 'attune-change',
};

const STYLE = `
::highlight(attune-resistance) { background-color: rgb(255 214 102 / 0.55); text-decoration: underline wavy rgb(180 83 9); }
::highlight(attune-risk) { background-color: rgb(254 202 202 / 0.8); text-decoration: underline solid rgb(185 28 28); }
::highlight(attune-change) { background-color: rgb(187 247 208 / 0.7); }
`;

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(
  doc: Document,
): { registry: HighlightApi['highlights']; Highlight: HighlightConstructor } | null {
  const view = doc.defaultView as (Window & { CSS?: HighlightApi; Highlight?: HighlightConstructor }) | null;
  if (!view?.CSS?.highlights || typeof view.Highlight !== 'function') return null;
  return { registry: view.CSS.highlights, Highlight: view.Highlight };
}

const styled = new WeakSet<Document>();

function ensureStyle(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  const view = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Text a mark must never land in: editors (the counselor's draft), scripts, our own overlays. */
function skipped(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  return parent.closest('script, style, textarea, input, [contenteditable], [data-attune-overlay]') !== null;
}

/**
 * The last place `phrase` occurs in one text node of `doc` (case and runs of whitespace ignored):
 * the client's most recent messages sit at the bottom of a chat.
 */
export function findPhrase(doc: Document, phrase: string): Range | null {
  const wanted = phrase.replace(/\s+/g, ' ').trim().toLowerCase();
  if (wanted === '') return null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const raw = node.data;
    if (raw.length < wanted.length || skipped(node)) continue;
    // Collapse whitespace while remembering where each kept character came from.
    let flat = '';
    const from: number[] = [];
    for (let j = 0; j < raw.length; j++) {
      const isSpace = /\s/.test(raw[j]!);
      if (isSpace && flat.endsWith(' ')) continue;
      flat += isSpace ? ' ' : raw[j]!.toLowerCase();
      from.push(j);
    }
    const at = flat.lastIndexOf(wanted);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, from[at]!);
    range.setEnd(node, from[at + wanted.length - 1]! + 1);
    return range;
  }
  return null;
}

/** Replaces the page's marks with `marks`; returns how many phrases were found and marked. */
export function showMarks(doc: Document, marks: readonly InlineMark[]): number {
  const api = highlightApi(doc);
  if (!api) return 0;
  ensureStyle(doc);
  let shown = 0;
  for (const [kind, name] of Object.entries(HIGHLIGHT_NAMES) as [InlineMark['kind'], string][]) {
    const ranges = marks
      .filter((m) => m.kind === kind)
      .map((m) => findPhrase(doc, m.text))
      .filter((r): r is Range => r !== null);
    shown += ranges.length;
    if (ranges.length === 0) api.registry.delete(name);
    else api.registry.set(name, new api.Highlight(...ranges));
  }
  return shown;
}
