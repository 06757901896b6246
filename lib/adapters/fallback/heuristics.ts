import { OPT_OUT_SELECTOR } from '../../live/opt-out';
import { readText } from '../dom';

/**
 * What any chat page tends to share, for sites no built-in adapter knows: the editable box the
 * counselor types in, the container of repeated messages, and the markers chat apps put on one's
 * own messages. Strongest signal first, as listed in docs/platforms.md ("The generic fallback").
 */

/** Rich-text editor roots by their library's marker: the editable element the counselor types in. */
const EDITOR_ROOTS = [
  '.ProseMirror',
  '[data-slate-editor="true"]',
  '[data-lexical-editor="true"]',
  '.public-DraftEditor-content',
  '.ql-editor',
  '.ck-editor__editable',
].join(', ');

const EDITABLE =
  'textarea, input[type="text"], input:not([type]), [contenteditable=""], [contenteditable="true"], [role="textbox"]';

/** Whether `el` is a box a counselor writes replies in (not search, password, pickers or read-only). */
export function isReplyBox(el: Element): el is HTMLElement {
  if (!el.matches(EDITABLE)) return false;
  if (el.closest(OPT_OUT_SELECTOR)) return false;
  if (el.matches('[readonly], [disabled], [aria-readonly="true"], [role="combobox"], [role="searchbox"]'))
    return false;
  if (el.closest('[role="search"], [role="combobox"], form[role="search"]')) return false;
  const hints = ['type', 'name', 'placeholder', 'aria-label', 'id', 'autocomplete']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
  return !/search|password|filter|find|email|username|login|otp/i.test(hints);
}

/** The editable root for `el`: the rich editor's root when it is inside one, else `el` itself. */
export function editorRootOf(el: Element): HTMLElement | null {
  const root = el.closest(EDITOR_ROOTS) ?? el.closest('[contenteditable=""], [contenteditable="true"]');
  const candidate = (root ?? el) as HTMLElement;
  if (candidate.matches(EDITOR_ROOTS)) return candidate;
  return isReplyBox(candidate) ? candidate : null;
}

/**
 * The reply box on a page: the focused one if it qualifies (followed through open shadow roots),
 * else `remembered` while it is still in the page, else the last qualifying box in document order
 * (chat composers sit below the conversation).
 */
export function findComposer(root: ParentNode, remembered?: HTMLElement | null): HTMLElement | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  let active: Element | null = 'activeElement' in doc ? doc.activeElement : null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const focused = active && (root as Node).contains(active) ? editorRootOf(active) : null;
  if (focused) return focused;
  if (remembered?.isConnected && (root as Node).contains(remembered)) return remembered;
  const boxes = Array.from(root.querySelectorAll(EDITABLE)).filter(isReplyBox);
  const last = boxes.at(-1);
  return last ? editorRootOf(last) : null;
}

/** Attributes chat apps put on each message: a message list is where many of them are siblings. */
const MESSAGE_ID_ATTRS = [
  'data-message-id',
  'data-mid',
  'data-event-id',
  'data-msg-id',
  'data-id',
  'data-qa-message-id',
];
const MESSAGE_ID_SELECTOR = [
  ...MESSAGE_ID_ATTRS.map((a) => `[${a}]`),
  '[id^="post_"]',
  '[id^="message-"]',
  '[id^="chat-messages-"]',
].join(', ');

export interface MessageListGuess {
  readonly list: Element;
  readonly items: readonly Element[];
  /** Which signal found it, shown nowhere but useful in tests and debugging. */
  readonly by: 'role-log' | 'aria-live' | 'role-list' | 'message-ids';
}

const hasText = (el: Element) => (el.textContent ?? '').trim() !== '';

/** Items of a container: its list items or message-id elements when it has them, else its children. */
function itemsOf(container: Element): Element[] {
  const listItems = Array.from(container.querySelectorAll('[role="listitem"], [role="article"]'));
  if (listItems.length > 0) return outermost(listItems).filter(hasText);
  const withIds = Array.from(container.querySelectorAll(MESSAGE_ID_SELECTOR));
  if (withIds.length > 0) return outermost(withIds).filter(hasText);
  return Array.from(container.children).filter(hasText);
}

/** Drops elements nested inside another element of the list (a message id on bubble and body). */
function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** The container with the most items among candidates (ties: the later one, nearer the composer). */
function best(candidates: readonly Element[], by: MessageListGuess['by']): MessageListGuess | null {
  let found: MessageListGuess | null = null;
  for (const list of candidates) {
    const items = itemsOf(list);
    if (items.length > 0 && (!found || items.length >= found.items.length)) found = { list, items, by };
  }
  return found;
}

/**
 * The message list, strongest signal first: a `role=log` or polite live region, a `role=list` of
 * list items, then the parent holding the most elements with message ids.
 */
export function findMessageList(root: ParentNode): MessageListGuess | null {
  const log = best(Array.from(root.querySelectorAll('[role="log"]')), 'role-log');
  if (log) return log;
  const live = best(
    Array.from(root.querySelectorAll('[aria-live="polite"], [aria-live="assertive"]')).filter(
      (el) => el.children.length >= 2,
    ),
    'aria-live',
  );
  if (live) return live;
  const lists = best(
    Array.from(root.querySelectorAll('[role="list"]')).filter((list) =>
      list.querySelector('[role="listitem"][aria-roledescription], [role="listitem"]'),
    ),
    'role-list',
  );
  if (lists && lists.items.length >= 2) return lists;
  const parents = new Map<Element, Element[]>();
  for (const el of outermost(Array.from(root.querySelectorAll(MESSAGE_ID_SELECTOR)))) {
    if (!el.parentElement) continue;
    const group = parents.get(el.parentElement) ?? [];
    group.push(el);
    parents.set(el.parentElement, group);
  }
  let byIds: MessageListGuess | null = null;
  for (const [list, items] of parents) {
    const withText = items.filter(hasText);
    if (withText.length >= 2 && (!byIds || withText.length >= byIds.items.length)) {
      byIds = { list, items: withText, by: 'message-ids' };
    }
  }
  return byIds ?? lists;
}

/** Markers chat apps put on one's own messages, and on the other side's. */
const OWN_MARKERS = [
  '[data-own="true"]',
  '.current--user',
  '.is-out',
  '.own',
  '.message-out',
  '.outgoing',
  '.is-outgoing',
  '.from-me',
  '.mine',
  '.self',
  '.sent',
  '.justify-end',
  '[data-direction="outgoing"]',
  '[data-direction="out"]',
  '[data-sender="self"]',
  '[data-author="me"]',
].join(', ');
const OTHER_MARKERS = [
  '[data-own="false"]',
  '.is-in',
  '.message-in',
  '.incoming',
  '.is-incoming',
  '.received',
  '.justify-start',
  '[data-direction="incoming"]',
  '[data-direction="in"]',
].join(', ');

/** Words in class names that chat apps use for one's own side and the other side (`msg--me`). */
const OWN_WORDS = new Set(['me', 'mine', 'self', 'own', 'out', 'outgoing', 'outbound', 'sent']);
// Not 'in', 'left' or 'right': animation and utility classes (fade-in, text-right) use them too.
const OTHER_WORDS = new Set(['them', 'incoming', 'inbound', 'received', 'other', 'their']);

/** The words of a class name, lowercased: `msg--me` → msg, me; `senderName` → sender, name. */
function classWords(name: string): string[] {
  return name.split(/[-_]+|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase());
}

function sideFromClassWords(el: Element): 'own' | 'other' | null {
  for (const name of Array.from(el.classList)) {
    const words = classWords(name);
    // The first word is the component ("msg" in msg--me); the side is a modifier after it.
    const modifiers = words.slice(1);
    if (modifiers.some((w) => OWN_WORDS.has(w))) return 'own';
    if (modifiers.some((w) => OTHER_WORDS.has(w))) return 'other';
  }
  return null;
}

/**
 * 'own' or 'other' from explicit markers on the message or inside it (known flags first, then
 * side words in class modifiers on the message itself), or null when there are none.
 */
export function markedSide(item: Element): 'own' | 'other' | null {
  if (item.matches(OWN_MARKERS) || item.querySelector(OWN_MARKERS)) return 'own';
  if (item.matches(OTHER_MARKERS) || item.querySelector(OTHER_MARKERS)) return 'other';
  return (
    sideFromClassWords(item) ?? (item.firstElementChild ? sideFromClassWords(item.firstElementChild) : null)
  );
}

/** Parts of a message that are not what was said: names, times, buttons, avatars, hidden text. */
export const NOT_MESSAGE_TEXT = [
  'time',
  'button',
  '[role="button"]',
  '[aria-hidden="true"]',
  'img',
  'svg',
  'script',
  'style',
  '[class*="timestamp" i]',
  '[class*="sender" i]',
  '[class*="author" i]',
  '[class*="avatar" i]',
  '[class*="username" i]',
  '[class*="reaction" i]',
  '[data-testid*="sender" i]',
  '[data-testid*="time" i]',
];

/** Bodies chat apps mark as such: read them rather than the whole message when present. */
const BODY_SELECTORS =
  '[aria-roledescription="message body"], [data-testid*="message-body" i], [data-testid="msg-text"], .message-body, .message_content, .message-text, .msg-text, .bubble-text';

/** Words in class names of the parts around a message's text: who sent it, when, its status. */
const META_WORDS = new Set([
  'who',
  'name',
  'sender',
  'author',
  'from',
  'user',
  'username',
  'nick',
  'stamp',
  'timestamp',
  'time',
  'date',
  'meta',
  'status',
  'ticks',
  'receipt',
  'read',
  'avatar',
  'reactions',
  'actions',
  'toolbar',
]);

/** Whether an element inside a message is its metadata (`.who`, `.msg-time`, `.sender_name`). */
export function isMessageMeta(el: Element): boolean {
  return Array.from(el.classList).some((name) => classWords(name).some((word) => META_WORDS.has(word)));
}

/** The text of a message: its marked body if it has one, else its text minus names and times. */
export function messageText(item: Element): string {
  const body = item.querySelector(BODY_SELECTORS) ?? item;
  return readText(body, NOT_MESSAGE_TEXT, isMessageMeta);
}

/** A stable id from the message's own attributes, when it carries one. */
export function messageIdOf(item: Element): string | null {
  for (const attr of MESSAGE_ID_ATTRS) {
    const value = item.getAttribute(attr);
    if (value) return value;
  }
  return item.id || null;
}

/**
 * Which side of the list a message's content sits on, from layout: 'right' or 'left' of centre by
 * more than 5% of the list's width, else null (centred, or no layout, as in tests without a
 * renderer).
 */
export function sideOf(item: Element, list: Element): 'left' | 'right' | null {
  const box = list.getBoundingClientRect();
  if (box.width <= 0) return null;
  const doc = item.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(item);
  const content = range.getBoundingClientRect();
  if (content.width <= 0) return null;
  const offset = content.left + content.width / 2 - (box.left + box.width / 2);
  if (Math.abs(offset) < box.width * 0.05) return null;
  return offset > 0 ? 'right' : 'left';
}
