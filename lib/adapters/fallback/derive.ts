import type { SiteConfig } from '../../../models/site-config';
import { MAX_SELECTOR_CHARS } from '../../../models/limits';
import { adapterFromConfig, senderNameHash } from './configured';
import { editorRootOf, sideOf } from './heuristics';

/**
 * Pick mode's core: from the four elements the counselor clicked (the reply box, the message
 * list, one client message, one of their own) derive selectors that will find the same things
 * after the page re-renders. Like an ad blocker's element picker, but written for chats:
 *
 * - prefer what sites keep stable: ids, test ids (`data-testid`, `data-qa`...), ARIA roles and
 *   labels, readable class names;
 * - refuse what changes between builds or renders: generated class names (`css-1x2y3z`,
 *   `x1n2onr6`, `sc-…`, hashes) and position chains (`div > div:nth-child(3)`);
 * - check each selector against the live page (unique where it must be) and the whole layout by
 *   parsing the page with it: the client message must read as the client's and the own message as
 *   the counselor's, or the derivation fails with a reason the counselor can act on.
 *
 * What real chat apps do that the clicks alone do not say, and how it is read: a virtualized list
 * wraps each message in a bare positioning box (the message is the named element inside); whose
 * message it is may be a value (`data-self="true"`, `type="agent"`, an id starting `true_`), not
 * a class; system posts share the message markup with one modifier (left out by that modifier);
 * a desk with several open conversations keeps a list and reply box in each pane (anchored on the
 * state that marks the pane shown). test/adapters/pick-rules.test.ts has a page for each.
 */
export interface Picks {
  readonly composer: Element;
  readonly list: Element;
  readonly client: Element;
  readonly own: Element;
}

export type DeriveResult =
  { readonly ok: true; readonly config: SiteConfig } | { readonly ok: false; readonly problem: string };

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

const cssString = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const cssIdent = (value: string) => value.replace(/([^\w-])/g, '\\$1');

/**
 * Words of a name or token, lowercased: `.post--system` → post, system; `[data-type="notice"]` →
 * data, type, notice; `isActive` → is, active.
 */
const tokenWords = (token: string) =>
  token
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());

/** Stable classes of an element, as `.name` selectors, most specific-looking first. */
function stableClasses(el: Element): string[] {
  return Array.from(el.classList)
    .filter((name) => !isGeneratedClass(name))
    .map((name) => `.${cssIdent(name)}`);
}

/** Candidate selectors for one element, best first; none uses position. */
function candidates(el: Element): string[] {
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

/**
 * Where the two messages may be: pairs of their ancestors at the same depth below where their
 * chains part, shallowest first. The first pair is the usual answer (two siblings in the list);
 * deeper pairs are there for picks in different day groups, where the chains part at the groups.
 */
function messageItemCandidates(
  client: Element,
  own: Element,
  list: Element,
): { client: Element; own: Element }[] {
  const chain = (el: Element) => {
    const out: Element[] = [];
    for (let node: Element | null = el; node && node !== list; node = node.parentElement) out.unshift(node);
    return out;
  };
  const a = chain(client);
  const b = chain(own);
  if (a.length === 0 || b.length === 0) return [];
  // Walk down from the list while both chains go through the same element (wrappers).
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  if (a[i] === b[i]) return []; // one message inside the other
  const out: { client: Element; own: Element }[] = [];
  for (let depth = i; depth < a.length && depth < b.length; depth++)
    out.push({ client: a[depth]!, own: b[depth]! });
  return out;
}

/**
 * A wrapper with nothing of its own: one element child and no text beside it. Virtualized lists
 * (virtua, react-window, TanStack Virtual) put every row in such a box only to position it, and
 * give it no name, or the same utility classes as everything inside.
 */
function isBareWrapper(el: Element): boolean {
  if (el.children.length !== 1) return false;
  return Array.from(el.childNodes).every(
    (node) => node.nodeType !== node.TEXT_NODE || (node.textContent ?? '').trim() === '',
  );
}

/**
 * The two messages and the selector for every message. Where the chains part are usually the two
 * messages; the messages are one level down in two cases:
 * - those are groups (picks in different day groups): each holds two or more children with text
 *   matching a selector, other than a bare tag name, that the next pair down shares;
 * - those are bare positioning wrappers (a virtualized list's rows): no selector finds them
 *   without also finding what is inside them, and each only wraps the element below, which is the
 *   message the site renders and names.
 */
function messagesOf(
  picks: { client: Element; own: Element },
  list: Element,
): { items: { client: Element; own: Element }; message: string } | null {
  const levels = messageItemCandidates(picks.client, picks.own, list);
  // Messages have words; a message's own parts that match (an avatar column) mostly do not.
  const children = (group: Element, inner: string) =>
    Array.from(group.children).filter((c) => c.matches(inner) && /[\p{L}\p{N}]/u.test(c.textContent ?? ''))
      .length;
  const isGroupLevel = (
    here: { client: Element; own: Element },
    below: { client: Element; own: Element },
  ) => {
    const inner = messageSelector(below, list);
    if (!inner || /^[a-z][a-z0-9-]*$/.test(inner)) return false;
    return children(here.client, inner) >= 2 && children(here.own, inner) >= 2;
  };
  let level = 0;
  while (level + 1 < levels.length) {
    const [here, below] = [levels[level]!, levels[level + 1]!];
    const wrappers =
      isBareWrapper(here.client) && isBareWrapper(here.own) && messageSelector(here, list) === null;
    if (!wrappers && !isGroupLevel(here, below)) break;
    level++;
  }
  const items = levels[level];
  const message = items && messageSelector(items, list);
  return items && message ? { items, message } : null;
}

/** Selectors matching both messages (relative to the list), without nesting, best first. */
function messageSelector(items: { client: Element; own: Element }, list: Element): string | null {
  const shared = candidates(items.client).filter((s) => candidates(items.own).includes(s));
  const tag = items.client.tagName.toLowerCase();
  if (items.own.tagName.toLowerCase() === tag) shared.push(`${tag}`);
  const attrs = ['data-message-id', 'data-mid', 'data-event-id', 'data-id', 'data-msg-id'];
  for (const attr of attrs) {
    if (items.client.hasAttribute(attr) && items.own.hasAttribute(attr)) shared.unshift(`[${attr}]`);
  }
  for (const selector of shared) {
    const found = new Set(Array.from(list.querySelectorAll(selector)));
    if (!found.has(items.client) || !found.has(items.own)) continue;
    // A message selector that also matches things inside messages would read text twice.
    const nested = Array.from(found).some((el) => {
      for (let p = el.parentElement; p && p !== list; p = p.parentElement) if (found.has(p)) return true;
      return false;
    });
    if (!nested) return selector;
  }
  return null;
}

/** A selector for the text part inside a message, shared by both messages. */
function textSelector(items: { client: Element; own: Element }, picks: Picks): string | undefined {
  if (picks.client === items.client) return undefined;
  for (const selector of candidates(picks.client)) {
    if (items.client.querySelector(selector) === picks.client && items.own.querySelector(selector))
      return selector;
  }
  return undefined;
}

/**
 * Attributes that never say who wrote a message: identity, presentation, links, media, forms, SVG
 * geometry, and labels or descriptions (translated, or pointing at other elements by id). Any
 * other attribute may: besides `data-*` and `aria-*`, sites put the sender's kind in plain ones
 * (`type="agent"`, a custom element's `direction="out"`).
 */
const NOT_MARKER_ATTRS = new Set([
  'id',
  'class',
  'style',
  'role',
  'title',
  'tabindex',
  'dir',
  'lang',
  'translate',
  'hidden',
  'name',
  'value',
  'placeholder',
  'for',
  'href',
  'target',
  'rel',
  'src',
  'srcset',
  'sizes',
  'alt',
  'loading',
  'decoding',
  'width',
  'height',
  'datetime',
  'contenteditable',
  'draggable',
  'spellcheck',
  'viewbox',
  'fill',
  'stroke',
  'd',
  'xmlns',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-roledescription',
]);

/** A prefix of an id-like value, up to its first separator: `true_` of `true_4477@c.us_3EB0`. */
const VALUE_PREFIX = /^([A-Za-z]{2,12}[_:-])[^\s]+$/;

/**
 * Tokens on an element that may mark a message as own or as the client's: a stable class, a short
 * attribute value (`data-self="true"`, `type="agent"`), or the word an id starts with. Sites that
 * put the direction into each message's id (`true_…` for one's own, `false_…` for the other side's,
 * `out-…`/`in-…`) mark every message by value, never by presence.
 */
function markerTokens(el: Element): string[] {
  const tokens = stableClasses(el);
  for (const attr of Array.from(el.attributes)) {
    if (NOT_MARKER_ATTRS.has(attr.name.toLowerCase()) || attr.name.startsWith('on')) continue;
    if (attr.value.length > 0 && attr.value.length <= 24 && !/\d{3,}/.test(attr.value)) {
      tokens.push(`[${attr.name}=${cssString(attr.value)}]`);
    }
    const prefix = VALUE_PREFIX.exec(attr.value)?.[1];
    if (prefix && prefix.length < attr.value.length) tokens.push(`[${attr.name}^=${cssString(prefix)}]`);
  }
  return tokens;
}

const OWNISH = /own|out|mine|self|sent|me\b|right|end|current|agent|counsel|operator|outgoing/i;
const CLIENTISH =
  /\bin\b|incoming|received|other|them|their|contact|client|customer|visitor|guest|left|start/i;

const matchesOrHolds = (item: Element, selector: string) =>
  item.matches(selector) || item.querySelector(selector) !== null;

/** What says whose message it is, in either direction (`data-own="false"` says it too). */
const ROLE_WORDS = new RegExp(`${OWNISH.source}|${CLIENTISH.source}`, 'i');

/**
 * Something `marked` has (on itself or inside) and `other` has nowhere, from the tokens of
 * `marked`; tokens whose words match `prefer` first, then in document order. An attribute with a
 * different value on every message (`data-key="m3"`) is an id, not a marker; so is a prefix that
 * differs on every message.
 */
function markerBetween(
  marked: Element,
  other: Element,
  all: readonly Element[],
  prefer: RegExp,
): string | null {
  const idLike = (token: string): boolean => {
    const [, name, prefix] = /^\[([\w-]+)(\^?)=/.exec(token) ?? [];
    if (!name) return false;
    const values = all
      .map((el) => el.getAttribute(name) ?? el.querySelector(`[${name}]`)?.getAttribute(name))
      .filter((v): v is string => typeof v === 'string')
      .map((v) => (prefix ? (VALUE_PREFIX.exec(v)?.[1] ?? v) : v));
    return values.length >= 3 && new Set(values).size === values.length;
  };
  const found: string[] = [];
  const visit = (el: Element, depth: number) => {
    for (const token of markerTokens(el)) if (!found.includes(token)) found.push(token);
    if (depth < 3) for (const child of Array.from(el.children)) visit(child, depth + 1);
  };
  visit(marked, 0);
  const usable = found.filter((token) => {
    if (idLike(token)) return false;
    try {
      return matchesOrHolds(marked, token) && !matchesOrHolds(other, token);
    } catch {
      return false;
    }
  });
  // Words that say whose message it is beat incidental differences (a "has-attachment" class).
  usable.sort((a, b) => Number(prefer.test(b)) - Number(prefer.test(a)));
  return usable[0] ?? null;
}

/** Words chat markup uses for posts nobody wrote: joins, topic changes, day breaks, bot notices. */
const SYSTEM_WORDS = new Set([
  'system',
  'sys',
  'notice',
  'notification',
  'announcement',
  'ephemeral',
  'automated',
  'info',
  'divider',
  'separator',
]);

/**
 * A mark of system posts that share the message markup (`post post--system` next to `post`): a
 * token on some messages, on neither picked message, whose words say it is a notice. Sites keep
 * such posts in the same list and often the same component, with one modifier; a modifier the
 * picks lack but that says something else (`same--user` on follow-ons) is left alone.
 */
function systemMarker(items: { client: Element; own: Element }, all: readonly Element[]): string | null {
  for (const el of all) {
    if (el === items.client || el === items.own) continue;
    for (const token of markerTokens(el)) {
      const words = tokenWords(token);
      // `data-system="false"` says the opposite.
      if (!words.some((word) => SYSTEM_WORDS.has(word)) || /^(false|no|0)$/.test(words.at(-1) ?? ''))
        continue;
      try {
        if (!items.client.matches(token) && !items.own.matches(token)) return token;
      } catch {
        // a selector this browser cannot parse is no answer
      }
    }
  }
  return null;
}

const NAMEISH = /name|author|sender|user|display|profile|from/i;

/** A short single line of text: what a name looks like. */
function nameText(el: Element | null): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text.length >= 1 && text.length <= 60 ? text : null;
}

/**
 * The sender name shown in both messages, for chats where only names tell people apart: an
 * element in the own message, outside the picked text, with a short text, and the same selector
 * finding a different short text in the client message, where the markup says it is a name
 * ("name", "author", "sender", "user", "profile" in the selector).
 */
function senderRule(
  items: { client: Element; own: Element },
  picks: { client: Element; own: Element },
): { sender: string; nameHash: string } | null {
  const found: string[] = [];
  for (const el of Array.from(items.own.querySelectorAll('*'))) {
    if (el.contains(picks.own) || picks.own.contains(el)) continue;
    const name = nameText(el);
    if (!name) continue;
    for (const selector of candidates(el)) {
      if (found.includes(selector)) continue;
      try {
        if (items.own.querySelector(selector) !== el) continue;
        const other = items.client.querySelector(selector);
        if (!other || other.contains(picks.client) || picks.client.contains(other)) continue;
        const otherName = nameText(other);
        if (otherName && otherName !== name) found.push(selector);
      } catch {
        // a selector this browser cannot parse is no answer
      }
    }
  }
  // Only what the markup calls a name: any other short text that differs (a time, a tick's
  // label, a reaction count) would tell two messages apart by chance.
  const sender = found.find((selector) => NAMEISH.test(selector));
  const name = sender === undefined ? null : nameText(items.own.querySelector(sender));
  return sender !== undefined && name ? { sender, nameHash: senderNameHash(name) } : null;
}

export function deriveSiteConfig(
  picks: Picks,
  root: Document,
  origin: string,
  now = Date.now(),
): DeriveResult {
  const composerEl = editorRootOf(picks.composer);
  if (!composerEl) return { ok: false, problem: 'The first click was not on a box you can type in.' };
  // Several open conversations may each keep a reply box: the one in the pane shown.
  const composer = uniqueSelector(composerEl, root) ?? shownPaneSelector(composerEl, root);
  if (!composer) return { ok: false, problem: 'Nothing stable identifies the reply box on this page.' };

  // The list the counselor clicked, widened until it holds both messages.
  let listEl: Element | null = picks.list;
  while (listEl && !(listEl.contains(picks.client) && listEl.contains(picks.own)))
    listEl = listEl.parentElement;
  if (!listEl) return { ok: false, problem: 'The two messages are not inside the message list you picked.' };
  if (picks.client === picks.own || picks.client.contains(picks.own) || picks.own.contains(picks.client)) {
    return { ok: false, problem: 'Pick two different messages: one from the client and one of yours.' };
  }
  let list = uniqueSelector(listEl, root) ?? shownPaneSelector(listEl, root);
  // A list without stable markers: try the nearest ancestor that has them.
  for (let up = listEl.parentElement; !list && up && up !== root.body; up = up.parentElement) {
    const selector = uniqueSelector(up, root) ?? shownPaneSelector(up, root);
    if (selector) {
      listEl = up;
      list = selector;
    }
  }
  if (!list) return { ok: false, problem: 'Nothing stable identifies the message list on this page.' };

  if (messageItemCandidates(picks.client, picks.own, listEl).length === 0)
    return { ok: false, problem: 'Pick two different messages: one from the client and one of yours.' };
  const found = messagesOf(picks, listEl);
  if (!found)
    return { ok: false, problem: 'The two messages you picked do not look alike: pick them again.' };
  const { items, message } = found;

  const all = Array.from(listEl.querySelectorAll(message));
  const marker = markerBetween(items.own, items.client, all, OWNISH);
  const sender = senderRule(items, picks);
  const side = sideOf(items.own, listEl);
  let own: SiteConfig['own'];
  // A mark whose words say "mine" (`is-out`, `data-own`) is the surest; then the sender's name,
  // when both messages show one (bubble layouts name only the other side, so this is team-chat
  // markup, where the side means nothing); then the side the bubble sits on; a mark that merely
  // differs (`data-has-reply`) comes last, since these two messages may differ in it by chance.
  if (marker && OWNISH.test(marker)) own = { selector: marker };
  else if (sender) own = sender;
  else if (side && side !== sideOf(items.client, listEl)) own = { side };
  else if (marker) own = { selector: marker };
  else {
    return {
      ok: false,
      problem: 'Your message and the client message look the same to Attune: nothing marks which is yours.',
    };
  }
  const config: SiteConfig = { origin, composer, list, message, own, createdAt: now };
  // The mirror image, when the markup has one (`justify-start`, `data-own="false"`): it keeps
  // system notices that share the message markup out of the conversation. Only a mark that says
  // whose message it is: one that merely differs (`data-has-reply`) would drop real messages.
  const clientMark = markerBetween(items.client, items.own, all, ROLE_WORDS);
  if (clientMark && ROLE_WORDS.test(clientMark)) config.client = { selector: clientMark };
  // System posts shaped like the client's messages: without a client mark, or with one they carry
  // too, they would read as the client's; the client's messages are then those without the
  // system mark (a token is one simple selector, so appending it keeps one compound selector).
  const system = systemMarker(items, all);
  const clientSelector = config.client?.selector;
  if (
    system &&
    (!clientSelector || all.some((el) => el.matches(system) && matchesOrHolds(el, clientSelector)))
  ) {
    const notSystem = `${message}:not(${system})`;
    let selector = notSystem;
    if (clientSelector && items.client.matches(clientSelector)) selector = `${notSystem}${clientSelector}`;
    else if (clientSelector) selector = `${notSystem}:has(${clientSelector})`;
    if (selector.length <= MAX_SELECTOR_CHARS) config.client = { selector };
  }
  const text = textSelector(items, picks);
  if (text) config.text = text;

  // The proof: the page read with this layout gives the picks the right roles.
  const chat = adapterFromConfig(config).parse(root);
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const clientText = flat(picks.client.textContent ?? '');
  const ownText = flat(picks.own.textContent ?? '');
  const reads = (role: string, text: string) =>
    chat.messages.some((m) => {
      const read = flat(m.text);
      return m.role === role && text !== '' && read !== '' && (text.includes(read) || read.includes(text));
    });
  if (!reads('client', clientText) || !reads('counselor', ownText)) {
    return {
      ok: false,
      problem: 'Attune could not read the messages you picked with this layout: try other messages.',
    };
  }
  return { ok: true, config };
}
