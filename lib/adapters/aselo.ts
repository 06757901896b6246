import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, sameName } from './dom';
import { firstOf } from './query';
import { lookedUp, messageList, remembered } from '../live/read-memo';

/**
 * Aselo (helplines) on Twilio Flex. Flex's agent desktop is closed source; Aselo's own repository,
 * techmatters/flex-plugins, holds only end-to-end tests of it:
 * - e2e-tests/flexChat.ts: the task canvas `div.Twilio-TaskCanvas`, the messaging canvas
 *   `div.Twilio-MessagingCanvas`, the input `textarea[data-testid="message-input"]` (Flex's own)
 *   or `textarea#messageInputArea` (Aselo's), message text in `div.Twilio-MessageBubble-Body`; an
 *   earlier version of the file used `div.Twilio-MessageListItem div.Twilio-MessageBubble` and
 *   `.Twilio-MessageInputArea-TextArea textarea` [C].
 * - Public third-party scripts that read or imitate the live page [P]: a list item
 *   `div.Twilio-MessageListItem[role=listitem]` around
 *   `.Twilio-MessageListItem-BubbleContainer[data-message-item="true"]`, the bubble header's
 *   `.Twilio-MessageBubble-UserName[data-testid="message-sendername"]` (own messages may read
 *   "You" in the agent's language) and `.Twilio-MessageBubble-Time`, the body
 *   `.Twilio-MessageBubble-Body[data-testid="message-body"]`; the task canvas header's title in
 *   `.Twilio-TaskCanvasHeader h4`.
 *
 * Who wrote it: Flex puts no direction attribute on a message. The task canvas header names the
 * contact (the client) and every bubble names its sender; a message is the client's when its
 * sender equals the contact's name, every other sender (this counselor, a supervisor, a bot) is on
 * the counselor side. With identifiers masked, header and sender become the same mask text, which
 * still compares equal. Without the header the roles cannot be told, so the header is required.
 *
 * Not read: the second Aselo chat UI, which renders messages as bare `<p>` elements with no bubble
 * or sender (flexChat.ts `messageWithText` for the "aselo" input); there the list is missing and
 * the health line says so.
 */
const ID = 'aselo';

const CANVAS = '.Twilio-TaskCanvas';
const LIST = '.Twilio-MessageList';
const ITEM = '.Twilio-MessageListItem';
const BODY = '[data-testid="message-body"], .Twilio-MessageBubble-Body';
const SENDER = '[data-testid="message-sendername"], .Twilio-MessageBubble-UserName';
const CONTACT_NAME = ['.Twilio-TaskCanvasHeader-Name', '.Twilio-TaskCanvasHeader h4'];
const COMPOSERS = [
  'textarea[data-testid="message-input"]',
  'textarea#messageInputArea',
  '.Twilio-MessageInputArea-TextArea textarea',
];
const COMPOSER = COMPOSERS.join(', ');
/** A message list or an input inside a task canvas. */
const PAGE_MARKS = [LIST, ...COMPOSERS].map((part) => `${CANVAS} ${part}`).join(', ');

/** A list item's sender, text and message id; null for date separators and typing indicators. */
function readItem(item: Element): { sender: string | null; text: string; sid: string | null } | null {
  const body = item.querySelector(BODY);
  if (!body) return null;
  const text = readText(body, [SENDER, '.Twilio-MessageBubble-Time']);
  if (!text) return null;
  const sender = item.querySelector(SENDER)?.textContent ?? null;
  return { sender, text, sid: item.getAttribute('data-message-sid') };
}

function composerIn(canvas: ParentNode): ComposerReading {
  const composer = lookedUp(canvas, `${ID}:composer`, () =>
    canvas.querySelector<HTMLTextAreaElement>(COMPOSER),
  );
  return { composer, draft: readDraft(composer) };
}

export const aselo: SiteAdapter = {
  id: ID,
  name: 'Aselo / Twilio Flex',
  matches: ['https://flex.twilio.com/*'],
  detect(root) {
    return root.querySelector(PAGE_MARKS) !== null;
  },
  parse(root) {
    const canvas = root.querySelector(CANVAS) ?? root;
    const list = messageList(canvas.querySelector(LIST));
    if (!list) throw new AdapterError(ID, `message list ${LIST}`);
    const contactEl = firstOf(canvas, CONTACT_NAME);
    if (!contactEl) throw new AdapterError(ID, `contact name ${CONTACT_NAME.join(' / ')}`);
    const contact = readText(contactEl);

    const messages: ParsedMessage[] = [];
    for (const item of Array.from(list.querySelectorAll(ITEM))) {
      const read = remembered(item, `${ID}:item`, () => readItem(item));
      if (!read) continue;
      const { sender, text, sid } = read;
      const role = sameName(sender, contact) ? 'client' : 'counselor';
      messages.push({ id: sid || fallbackId(ID, role, text, messages.length), role, text });
    }
    return { messages, ...composerIn(canvas) };
  },
  readComposer(root) {
    return composerIn(lookedUp(root, `${ID}:canvas`, () => root.querySelector(CANVAS) ?? root));
  },
};

/*
 * Fixtures: test/fixtures/aselo/{conversation,long,message-input-area}.html.
 * Written 2026-11-30 from flexChat.ts and the third-party scripts named above (rendered by hand),
 * not captured from a live Flex/Aselo page. `data-message-sid` as an id is a guess [G]; without it
 * ids are hashes.
 * URL shapes to re-check by hand: https://flex.twilio.com/agent-desktop/ and an Aselo
 * deployment's own Flex URL (self-hosted plugins on flex.twilio.com, task canvas open on a chat).
 */
