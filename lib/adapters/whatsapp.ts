import type { Role } from '../../models';
import { AdapterError, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, firstOutside, hashString, readDraft, readText } from './dom';

/**
 * WhatsApp Web. Fragile tier: all selectors are [3P] and the page changes without notice (the
 * legacy `.message-in`/`.message-out` classes vanished in Sept 2026 and broke extensions
 * silently). Both the current and the legacy markup are read.
 *
 * - Messages: current `[data-testid="msg-container"]`; when there are none, legacy
 *   `.message-in`/`.message-out`. Only inside `#main` (the open chat), never the chat list.
 * - Who wrote it, strongest first: the row's `data-id` prefix (`true_` = own, `false_` =
 *   incoming); the legacy `.message-out`/`.message-in` class; a delivery tick
 *   `span[data-icon="msg-check"|"msg-dblcheck"|"msg-time"]`, which only own messages carry.
 *   Own = counselor.
 * - Text: `.selectable-text` inside `.copyable-text[data-pre-plain-text]`, outside quoted replies
 *   (`[data-testid="quoted-message"]`, `.quoted-mention`). Messages without text (media,
 *   stickers) are left out; so are system notices (encryption notice, date chips), which are not
 *   message containers.
 * - Composer: `#main footer div[contenteditable="true"]` (Lexical).
 * - Conversation: the address is `https://web.whatsapp.com/` whichever chat is open, so the chat's
 *   id comes from the rows' `data-id` (`<own>_<chat id>_<message id>`, e.g.
 *   `false_447700900123@c.us_3EB0…`). That id is the client's phone number, and conversation keys
 *   are stored in the clear (the logging choice), so only a hash of it leaves the adapter. Rows
 *   without a data-id leave it unknown.
 */
const ID = 'whatsapp';

const MAIN = '#main';
const CURRENT = '[data-testid="msg-container"]';
const LEGACY = '.message-in, .message-out';
const QUOTED = '[data-testid="quoted-message"], .quoted-mention';
const TEXT = '.copyable-text[data-pre-plain-text] .selectable-text';
const ANY_TEXT = '.selectable-text';
const TICK = 'span[data-icon="msg-check"], span[data-icon="msg-dblcheck"], span[data-icon="msg-time"]';
const COMPOSER = 'footer div[contenteditable="true"]';

function dataIdOf(el: Element): string | null {
  return (el.closest('[data-id]') ?? el.querySelector('[data-id]'))?.getAttribute('data-id') ?? null;
}

/** The chat id inside a row's data-id, `true_` or `false_` then the chat id up to the next `_`. */
const CHAT_ID = /^(?:true|false)_([^_]+@[^_]+)_/;

function roleOf(el: Element, dataId: string | null): Role {
  if (dataId?.startsWith('true_')) return 'counselor';
  if (dataId?.startsWith('false_')) return 'client';
  const legacy = el.closest(LEGACY) ?? el.querySelector(LEGACY);
  if (legacy) return legacy.classList.contains('message-out') ? 'counselor' : 'client';
  return el.querySelector(TICK) ? 'counselor' : 'client';
}

export const whatsapp: SiteAdapter = {
  id: ID,
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  detect(root) {
    return (
      root.querySelector(`${MAIN} ${COMPOSER}, ${MAIN} ${CURRENT}, #main .message-in, #main .message-out`) !==
      null
    );
  },
  parse(root) {
    const main = root.querySelector(MAIN);
    if (!main) throw new AdapterError(ID, `open chat ${MAIN}`);
    let containers = Array.from(main.querySelectorAll(CURRENT));
    if (containers.length === 0) containers = Array.from(main.querySelectorAll(LEGACY));

    const messages: ParsedMessage[] = [];
    let conversation: string | undefined;
    for (const el of containers) {
      const body = firstOutside(el, TEXT, QUOTED) ?? firstOutside(el, ANY_TEXT, QUOTED);
      if (!body) continue;
      const dataId = dataIdOf(el);
      const chatId = dataId?.match(CHAT_ID)?.[1];
      if (chatId !== undefined) conversation ??= `chat-${hashString(chatId)}`;
      const role = roleOf(el, dataId);
      const text = readText(body);
      if (!text) continue;
      messages.push({ id: dataId || fallbackId(ID, role, text, messages.length), role, text });
    }
    const composer = main.querySelector<HTMLElement>(COMPOSER);
    return {
      messages,
      composer,
      draft: readDraft(composer),
      ...(conversation === undefined ? {} : { conversation }),
    };
  },
};

/*
 * Fixtures: test/fixtures/whatsapp/{conversation,long,legacy}.html.
 * Written 2026-11-21 from docs/platforms.md ([3P] selectors), not captured from a live page.
 * Times are not read: `data-pre-plain-text` ("[10:42, 21/11/2026] Name: ") is locale-dependent.
 * URL shape to re-check by hand: https://web.whatsapp.com/ with a one-to-one chat open
 * (a quoted reply, a media message, an unsent message with the clock icon).
 */
