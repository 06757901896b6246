import type { Role } from '../../models';
import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, firstOutside, hashString, readDraft, readText } from './dom';
import { outermost } from './query';
import { lookedUp, remembered } from '../live/read-memo';

/**
 * WhatsApp Web. Closed source and a fragile tier: every selector is plausible [P], taken from
 * public third-party scripts that read the live page (a selector file checked against a live DOM
 * in April 2026, bitts/web.whatsapp-bot `web.whatsapp-bot.pure.js`, extension content scripts
 * with WhatsApp Web selector tables). What they agree on:
 * - the open chat is `#main`; its messages are rows `div[role=row]`; `data-testid="msg-container"`
 *   is gone from current builds (kept here for builds still running it);
 * - each message keeps `data-id` starting `true_` (own) or `false_` (incoming), then the chat id
 *   (now an `@lid` id rather than a phone number `@c.us`) and the message id; the bubble is
 *   `.message-in` / `.message-out`;
 * - the text is `.selectable-text` inside `.copyable-text[data-pre-plain-text]` (the pre-plain text
 *   is "[time, date] Name: ", locale-dependent, so no time is read from it); a quoted message shows
 *   its text in `.quoted-mention`;
 * - own messages carry a delivery tick `span[data-icon="msg-check"|"msg-dblcheck"|"msg-time"]`;
 * - the composer is the Lexical editor `footer [contenteditable="true"]` (`data-lexical-editor`).
 * Rows without a message (encryption notice, date chips, "unread messages") are left out, as are
 * messages without text (media, stickers).
 *
 * Who wrote it, strongest first: the `data-id` prefix; `.message-out` / `.message-in`; a delivery
 * tick. Own = counselor.
 *
 * Conversation: the address is `https://web.whatsapp.com/` whichever chat is open, so the chat's id
 * comes from the `data-id`s. It identifies the client, and conversation keys are stored in the
 * clear (the logging choice), so only a hash of it leaves the adapter.
 */
const ID = 'whatsapp';

const MAIN = '#main';
const MESSAGE =
  '[data-id^="true_"], [data-id^="false_"], .message-in, .message-out, [data-testid="msg-container"]';
const BUBBLE = '.message-in, .message-out';
const QUOTED = '.quoted-mention, [data-testid="quoted-message"]';
const TEXT = '.copyable-text[data-pre-plain-text] .selectable-text';
const ANY_TEXT = '.selectable-text';
const TICK = 'span[data-icon="msg-check"], span[data-icon="msg-dblcheck"], span[data-icon="msg-time"]';
const COMPOSER =
  'footer [contenteditable="true"][data-lexical-editor="true"], footer [contenteditable="true"]';

/** The chat id inside a data-id: after `true_`/`false_`, up to the next `_`. */
const CHAT_ID = /^(?:true|false)_([^_]+@[^_]+)_/;

function dataIdOf(el: Element): string | null {
  const holder = el.matches('[data-id]') ? el : (el.querySelector('[data-id]') ?? el.closest('[data-id]'));
  return holder?.getAttribute('data-id') ?? null;
}

function roleOf(el: Element, dataId: string | null): Role {
  if (dataId?.startsWith('true_')) return 'counselor';
  if (dataId?.startsWith('false_')) return 'client';
  const bubble = el.matches(BUBBLE) ? el : el.querySelector(BUBBLE);
  if (bubble) return bubble.classList.contains('message-out') ? 'counselor' : 'client';
  return el.querySelector(TICK) ? 'counselor' : 'client';
}

/** A message container's id, author and text (the text may be empty); null for quoted-only ones. */
function readMessage(el: Element): { dataId: string | null; role: Role; text: string } | null {
  const body = firstOutside(el, TEXT, QUOTED) ?? firstOutside(el, ANY_TEXT, QUOTED);
  if (!body || body.closest(QUOTED)) return null;
  const dataId = dataIdOf(el);
  return { dataId, role: roleOf(el, dataId), text: readText(body) };
}

function composerIn(main: Element): ComposerReading {
  const composer = lookedUp(main, `${ID}:composer`, () => main.querySelector<HTMLElement>(COMPOSER));
  return { composer, draft: readDraft(composer) };
}

export const whatsapp: SiteAdapter = {
  id: ID,
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  detect(root) {
    return (
      root.querySelector(
        `${MAIN} footer [contenteditable="true"], ${MAIN} .message-in, ${MAIN} .message-out`,
      ) !== null
    );
  },
  parse(root) {
    const main = root.querySelector(MAIN);
    if (!main) throw new AdapterError(ID, `open chat ${MAIN}`);
    const containers = outermost(Array.from(main.querySelectorAll(MESSAGE)));

    const messages: ParsedMessage[] = [];
    let conversation: string | undefined;
    for (const el of containers) {
      const read = remembered(el, `${ID}:message`, () => readMessage(el));
      if (!read) continue;
      const chatId = read.dataId?.match(CHAT_ID)?.[1];
      if (chatId !== undefined) conversation ??= `chat-${hashString(chatId)}`;
      const { dataId, role, text } = read;
      if (!text) continue;
      messages.push({ id: dataId || fallbackId(ID, role, text, messages.length), role, text });
    }
    return {
      messages,
      ...composerIn(main),
      ...(conversation === undefined ? {} : { conversation }),
    };
  },
  readComposer(root) {
    const main = lookedUp(root, `${ID}:main`, () => root.querySelector(MAIN));
    return main ? composerIn(main) : { composer: null, draft: '' };
  },
};

/*
 * Fixtures: test/fixtures/whatsapp/{conversation,long,legacy}.html.
 * Written 2026-11-30 from the third-party scripts named above (rendered by hand), not captured from
 * a live page. conversation: current rows with `@lid` ids, a quoted reply, system rows; legacy:
 * `data-testid="msg-container"` and phone-number ids.
 * URL shape to re-check by hand: https://web.whatsapp.com/ with a one-to-one chat open
 * (a quoted reply, a media message, an unsent message with the clock icon).
 */
