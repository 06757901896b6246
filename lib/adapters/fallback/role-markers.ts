import { candidates, cssString, stableClasses, tokenWords } from './stable-selector';
import { senderNameHash } from './configured';

/**
 * Whose message is whose: the marks (a class, an attribute value, an id prefix, a sender name)
 * that tell the counselor's own messages from the client's, and system posts from both, found
 * by comparing the two picked messages with each other and with the rest of the list.
 */
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

export const OWNISH = /own|out|mine|self|sent|me\b|right|end|current|agent|counsel|operator|outgoing/i;
const CLIENTISH =
  /\bin\b|incoming|received|other|them|their|contact|client|customer|visitor|guest|left|start/i;

export const matchesOrHolds = (item: Element, selector: string) =>
  item.matches(selector) || item.querySelector(selector) !== null;

/** What says whose message it is, in either direction (`data-own="false"` says it too). */
export const ROLE_WORDS = new RegExp(`${OWNISH.source}|${CLIENTISH.source}`, 'i');

/**
 * Something `marked` has (on itself or inside) and `other` has nowhere, from the tokens of
 * `marked`; tokens whose words match `prefer` first, then in document order. An attribute with a
 * different value on every message (`data-key="m3"`) is an id, not a marker; so is a prefix that
 * differs on every message.
 */
export function markerBetween(
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
export function systemMarker(
  items: { client: Element; own: Element },
  all: readonly Element[],
): string | null {
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
export function senderRule(
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
