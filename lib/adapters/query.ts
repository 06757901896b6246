/**
 * Lookups the site adapters share, beyond the text helpers in dom.ts. Pure like those: they read
 * only the nodes passed in, so they run on fixture documents as on live pages.
 */

/** The first element under `root` matching one of `selectors`, trying them in order of preference. */
export function firstOf<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/** The elements among `elements` that do not sit inside another one of them (document order kept). */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  const set = new Set<Element>(elements);
  return elements.filter((el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      if (set.has(node)) return false;
    }
    return true;
  });
}

/** The deepest element that contains every one of `elements` (null for an empty list). */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  let candidate: Element | null = first.parentElement ?? first;
  while (candidate && !rest.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/** Whether `el` is something a counselor types into: a textarea, a text input, or a contenteditable. */
export function isEditable(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return ['text', 'search', ''].includes((el as HTMLInputElement).type ?? '');
  const editable = el.getAttribute('contenteditable');
  return editable === '' || editable === 'true' || editable === 'plaintext-only';
}

/**
 * The editable element `el` stands for: `el` itself when it is editable, else the first
 * contenteditable or textarea inside it (editors often put the platform's id on a wrapper).
 */
export function editableIn(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (isEditable(el)) return el as HTMLElement;
  return el.querySelector<HTMLElement>(
    '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], textarea',
  );
}

/** Milliseconds since the epoch for an ISO-like date string, or undefined when it does not parse. */
export function parseTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
