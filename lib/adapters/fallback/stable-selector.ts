/**
 * Selectors that survive a re-render: built from what sites keep stable (ids, test ids, ARIA,
 * readable class names), never from generated class names or position chains. Pick mode's
 * derivation (derive.ts) asks here for the reply box, the list and the messages.
 */

/** Class names that are build or render artefacts, never stable across a site's releases. */
export function isGeneratedClass(name: string): boolean {
  return (
    name.length > 40 ||
    /^(css|sc|jsx|emotion|styled|svelte|astro|tw)-/i.test(name) ||
    /^x[0-9a-z]{5,}$/.test(name) || // atomic CSS (x1n2onr6)
    name.split(/[-_]+/).some((part) => part.length >= 5 && /\d/.test(part) && /[a-z]/i.test(part)) ||
    /__[a-zA-Z0-9]{5}$/.test(name) || // CSS modules (title__a8Fz2)
    /\d{3,}/.test(name) ||
    /^(ng|_ng)-/.test(name) ||
    /^(hover|focus|active|selected|is-hovered|is-focused|visible|hidden|animate|fade|show)/i.test(name)
  );
}

/** Ids worth keying on: readable, not generated per render (`:r3:`, `ember123`, UUIDs). */
function isStableId(id: string): boolean {
  return (
    /^[A-Za-z][\w-]{0,60}$/.test(id) &&
    !/\d{3,}/.test(id) &&
    !/[0-9a-f]{8,}/i.test(id) &&
    !/^ember\d/.test(id)
  );
}

const TEST_ID_ATTRS = [
  'data-testid',
  'data-test-id',
  'data-qa',
  'data-tid',
  'data-test',
  'data-cy',
  'data-e2e',
];

export const cssString = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const cssIdent = (value: string) => value.replace(/([^\w-])/g, '\\$1');

/**
 * Words of a name or token, lowercased: `.post--system` → post, system; `[data-type="notice"]` →
 * data, type, notice; `isActive` → is, active.
 */
export const tokenWords = (token: string) =>
  token
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());

/** Stable classes of an element, as `.name` selectors, most specific-looking first. */
export function stableClasses(el: Element): string[] {
  return Array.from(el.classList)
    .filter((name) => !isGeneratedClass(name))
    .map((name) => `.${cssIdent(name)}`);
}

/** Candidate selectors for one element, best first; none uses position. */
export function candidates(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  if (el.id && isStableId(el.id)) out.push(`#${cssIdent(el.id)}`);
  for (const attr of TEST_ID_ATTRS) {
    const value = el.getAttribute(attr);
    if (value && value.length <= 80 && !/\d{4,}/.test(value)) out.push(`[${attr}=${cssString(value)}]`);
  }
  const role = el.getAttribute('role');
  const label = el.getAttribute('aria-label');
  if (role && label && label.length <= 80)
    out.push(`[role=${cssString(role)}][aria-label=${cssString(label)}]`);
  if (label && label.length <= 80) out.push(`${tag}[aria-label=${cssString(label)}]`);
  if (role) out.push(`${tag}[role=${cssString(role)}]`);
  const name = el.getAttribute('name');
  if (name && name.length <= 60) out.push(`${tag}[name=${cssString(name)}]`);
  const classes = stableClasses(el);
  for (const cls of classes) out.push(`${tag}${cls}`);
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) out.push(`${tag}${classes[i]}${classes[j]}`);
  }
  if (el.getAttribute('contenteditable') !== null) out.push(`${tag}[contenteditable]`);
  if (tag === 'textarea') out.push('textarea');
  return out;
}

/**
 * A selector that finds exactly `el` in `root`: one of its own candidates, else one anchored on a
 * stable ancestor (`#chat .composer`), never a position chain. Null when the page gives nothing stable.
 */
export function uniqueSelector(el: Element, root: ParentNode): string | null {
  const own = candidates(el);
  for (const selector of own) if (matchesOnly(root, selector, el)) return selector;
  // Anchor on up to three ancestors' stable selectors.
  let ancestor = el.parentElement;
  for (let depth = 0; ancestor && depth < 6; depth++, ancestor = ancestor.parentElement) {
    for (const anchor of candidates(ancestor).slice(0, 4)) {
      for (const selector of own) {
        const combined = `${anchor} ${selector}`;
        if (matchesOnly(root, combined, el)) return combined;
      }
    }
  }
  return null;
}

/** Words in an attribute or class name that say a pane is the one shown (`data-is-active`). */
const SHOWN_WORDS = new Set([
  'active',
  'selected',
  'current',
  'visible',
  'shown',
  'open',
  'expanded',
  'focused',
]);
const saysShown = (name: string) => tokenWords(name).some((word) => SHOWN_WORDS.has(word));

/** Attributes that hide a pane from view and from assistive technology. */
const HIDDEN_STATE = ['hidden', 'inert', 'aria-hidden="true"'];

/**
 * A selector for `el` inside the pane that is shown, when the page keeps several alike panes:
 * multi-conversation desks (ticket tabs, chat tabs) keep every open conversation in the page,
 * each with its own list and reply box, and mark the shown pane by state (`data-active="true"`,
 * `aria-selected`, `aria-expanded`) or the others as hidden (`hidden`, `inert`,
 * `aria-hidden="true"`). Anchored on that state the selector follows the counselor to whichever
 * conversation they open. Null when the page has no alike panes, or marks none of them.
 */
export function shownPaneSelector(el: Element, root: ParentNode): string | null {
  const own = candidates(el);
  const holds = (pane: Element, selector: string) => {
    try {
      return pane.querySelector(selector) !== null;
    } catch {
      return false;
    }
  };
  for (let pane = el.parentElement; pane?.parentElement; pane = pane.parentElement) {
    const twins = Array.from(pane.parentElement.children).filter(
      (other) =>
        other !== pane && other.tagName === pane.tagName && own.some((selector) => holds(other, selector)),
    );
    if (twins.length === 0) continue;
    const marks: string[] = [];
    for (const attr of Array.from(pane.attributes)) {
      if (!saysShown(attr.name) || attr.value === '' || attr.value.length > 24) continue;
      if (twins.every((twin) => twin.getAttribute(attr.name) !== attr.value))
        marks.push(`[${attr.name}=${cssString(attr.value)}]`);
    }
    // A state class only the shown pane has (`pane--active`, `is-selected`).
    for (const name of Array.from(pane.classList)) {
      if (!saysShown(name) || twins.some((twin) => twin.classList.contains(name))) continue;
      marks.push(`${pane.tagName.toLowerCase()}.${cssIdent(name)}`);
    }
    const paneNames = [...candidates(pane).slice(0, 4), pane.tagName.toLowerCase()];
    for (const hidden of HIDDEN_STATE) {
      const hides = (node: Element) => node.matches(`[${hidden}]`);
      if (hides(pane) || !twins.every(hides)) continue;
      for (const name of paneNames) marks.push(`${name}:not([${hidden}])`);
    }
    for (const mark of marks) {
      for (const selector of own) {
        const scoped = `${mark} ${selector}`;
        if (matchesOnly(root, scoped, el)) return scoped;
      }
    }
  }
  return null;
}

function matchesOnly(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}
