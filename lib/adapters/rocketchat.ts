import type { Role } from '../../models';
import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, firstOutside, readDraft, readText } from './dom';
import { commonAncestor, outermost } from './query';
import { lookedUp, remembered } from '../live/read-memo';

/**
 * Rocket.Chat, including Omnichannel (self-hosted). Read from RocketChat/Rocket.Chat:
 * - apps/meteor/client/views/room/MessageList/MessageList.tsx (virtua `VList`, `role='list'`,
 *   `className='messages-list'`), VirtualizedMessageList.tsx (tanstack: `<ul class="messages-list">`,
 *   only the rows on screen), earlier MessageList.tsx and body/RoomBody.tsx (`<ul class="messages-list">`
 *   with no role) and MessageListItem.tsx (day dividers, system and thread items);
 * - apps/meteor/client/components/message/variants/RoomMessage.tsx and room/RoomMessageFrame.tsx:
 *   each message is fuselage's `div.rcx-message` with `data-id`, `data-mid`, `data-own`,
 *   `data-sequential` (`data-qa-type="message"` on older builds, gone from the newest);
 * - variants/SystemMessage.tsx: `div.rcx-message-system` with `data-system-message-type`;
 * - MessageHeader.tsx: the sender's `data-username` on the header's name spans (sequential
 *   messages render no header); MessageContentBody.tsx and variants/room/RoomMessageContent.tsx:
 *   the body `.rcx-message-body`, id `<mid>-content`; content/attachments/QuoteAttachment.tsx:
 *   quoted messages are `blockquote.rcx-attachment__details` holding their own body;
 * - views/room/composer/messageBox/MessageBox.tsx (`name='msg'`), fuselage MessageComposerInput
 *   (`textarea.rc-message-box__textarea.js-input-message`) and RichTextMessageBox.tsx with its test
 *   snapshot (`span.rc-message-box__divcontenteditable.js-input-message[contenteditable][name=msg]`).
 *
 * Nothing here reads a label: `aria-label`, `aria-roledescription` and every visible string are
 * translated (`t('Message_list')`, `t('message')`...), so a German or Spanish UI reads the same.
 * Times are not read: the header shows a localized time and a localized `title`, no machine date.
 *
 * Who wrote it: `data-own="true"` is the counselor. In Omnichannel other agents and bots are
 * `data-own="false"` too; visitors have `guest-…` usernames, so when any sender in the room is a
 * `guest-…`, non-own messages from non-guests count as counselor. Limitation: visitors arriving
 * through an app integration (WhatsApp, SMS...) may not be `guest-…`; then every non-own message
 * counts as the client's.
 */
const ID = 'rocketchat';

const LIST = '.messages-list';
const ITEM = '.rcx-message[data-own], [data-qa-type="message"][data-own]';
const THREAD_PREVIEW = '[data-tmid]';
const SYSTEM = '.rcx-message-system, [data-system-message-type]';
const BODY = '.rcx-message-body';
const QUOTE = 'blockquote, .rcx-attachment__details';
const SENDER = '.rcx-message-header [data-username]';
const COMPOSER =
  'textarea[name="msg"], [contenteditable="true"][name="msg"], .js-input-message[contenteditable="true"], textarea.js-input-message';
const PAGE_MARKS = `${ITEM}, .rcx-message-system[data-system-message-type], .rc-message-box__textarea, .rc-message-box__divcontenteditable`;

const isGuest = (username: string | null) => username !== null && /^guest-/i.test(username);

/** The room's message items: inside the `.messages-list` that holds them, else wherever they are. */
function messageItems(root: ParentNode): Element[] {
  for (const list of Array.from(root.querySelectorAll(LIST))) {
    const items = Array.from(list.querySelectorAll(ITEM));
    if (items.length > 0 || list.querySelector(SYSTEM)) return items;
  }
  const loose = Array.from(root.querySelectorAll(ITEM));
  if (loose.length === 0 && !root.querySelector(LIST)) throw new AdapterError(ID, `message list ${LIST}`);
  // A build that names the list differently: the items' common container stands in for it.
  const container = commonAncestor(loose);
  return container ? Array.from(container.querySelectorAll(ITEM)) : loose;
}

/**
 * The message's own body. Builds that give bodies an id (`<mid>-content`) give it to every text
 * body; there, a body without it is a placeholder (an end-to-end encrypted message still being
 * decrypted), not something the person wrote.
 */
function bodyOf(item: Element, mid: string | null, bodiesHaveIds: boolean): Element | null {
  if (mid) {
    // Compared, not put in a selector: a quote or line break in the id would make the selector invalid.
    const byId = Array.from(item.querySelectorAll('[id]')).find((el) => el.id === `${mid}-content`);
    if (byId) return byId;
  }
  return bodiesHaveIds ? null : firstOutside(item, BODY, QUOTE);
}

/** What an item says on its own about itself. */
function itemFacts(item: Element) {
  return {
    mid: item.getAttribute('data-id') || item.getAttribute('data-mid'),
    own: item.getAttribute('data-own') === 'true',
    /** The header's sender; sequential messages show none. */
    username: item.querySelector(SENDER)?.getAttribute('data-username') ?? null,
    bodyWithId: item.querySelector(`${BODY}[id$="-content"]`) !== null,
  };
}

function composerIn(root: ParentNode): ComposerReading {
  const composer = lookedUp(root, `${ID}:composer`, () => root.querySelector<HTMLElement>(COMPOSER));
  return { composer, draft: readDraft(composer) };
}

export const rocketchat: SiteAdapter = {
  id: ID,
  name: 'Rocket.Chat',
  matches: [],
  detect(root) {
    return root.querySelector(PAGE_MARKS) !== null;
  },
  parse(root) {
    const items = outermost(messageItems(root))
      .filter((el) => !el.matches(THREAD_PREVIEW) && !el.matches(SYSTEM))
      .map((el) => ({ el, facts: remembered(el, `${ID}:item`, () => itemFacts(el)) }));
    // Sender per item; sequential messages (no header) keep the sender of the one before.
    let previous: string | null = null;
    const senders = items.map(({ facts }) => {
      const name = facts.username || previous;
      previous = name;
      return name;
    });
    const omnichannel = senders.some(isGuest);

    const bodiesHaveIds = items.some(({ facts }) => facts.bodyWithId);
    const messages: ParsedMessage[] = [];
    items.forEach(({ el, facts }, i) => {
      const { mid, own } = facts;
      const text = remembered(el, `${ID}:text:${bodiesHaveIds}`, () => {
        const body = bodyOf(el, mid, bodiesHaveIds);
        return body ? readText(body) : '';
      });
      // No body: attachments without text, ignored or still-encrypted messages.
      if (!text) return;
      let role: Role;
      if (own) role = 'counselor';
      else if (omnichannel && senders[i] && !isGuest(senders[i]!)) role = 'counselor';
      else role = 'client';
      messages.push({ id: mid || fallbackId(ID, role, text, messages.length), role, text });
    });
    return { messages, ...composerIn(root) };
  },
  readComposer: composerIn,
};

/*
 * Fixtures: test/fixtures/rocketchat/{conversation,long,virtualized,omnichannel,german}.html.
 * Written 2026-11-30 from the component source named above (rendered by hand), not captured from a
 * live Rocket.Chat page. conversation: newest virtua list; long: older `ul.messages-list` with
 * `data-qa-type`; virtualized: tanstack list with only the rows on screen; german: a German UI with
 * translated labels and the rich-text composer.
 * URL shapes to re-check by hand: https://<host>/direct/<rid>, https://<host>/live/<rid>
 * (Omnichannel room with a second agent and a bot), https://<host>/group/<name>, with the UI
 * language set to something other than English.
 */
