import type { SiteConfig } from '../../../models/site-config';
import { MAX_SELECTOR_CHARS } from '../../../models/limits';
import { adapterFromConfig } from './configured';
import { editorRootOf, sideOf } from './heuristics';
import { markerBetween, matchesOrHolds, OWNISH, ROLE_WORDS, senderRule, systemMarker } from './role-markers';
import { candidates, shownPaneSelector, uniqueSelector } from './stable-selector';

export { isGeneratedClass, shownPaneSelector, uniqueSelector } from './stable-selector';

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
