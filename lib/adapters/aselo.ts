import { AdapterError, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, readTime, sameName } from './dom';

/**
 * Aselo (helplines) on Twilio Flex. Flex's own test ids and `Twilio-*` class names are stable
 * [V from Flex tests]; the bubble internals are [3P].
 *
 * Who wrote it: Flex puts no direction attribute on a message. The task canvas header names the
 * contact (the client) [G: `.Twilio-TaskCanvasHeader-Name`], and every bubble names its sender
 * [V: `[data-testid="message-sendername"]`]. A message is the client's when its sender equals the
 * contact's name; every other sender (this counselor, a supervisor, a bot) is on the counselor
 * side. Without the header the roles cannot be told, so the header is required.
 */
const ID = 'aselo';

const CANVAS = '.Twilio-TaskCanvas';
const LIST = '.Twilio-MessageList';
const ITEM = '.Twilio-MessageListItem';
const BODY = '[data-testid="message-body"], .Twilio-MessageBubble-Body';
const SENDER = '[data-testid="message-sendername"]';
const CONTACT_NAME = '.Twilio-TaskCanvasHeader-Name';
const COMPOSER = 'textarea[data-testid="message-input"], textarea#messageInputArea';

export const aselo: SiteAdapter = {
  id: ID,
  name: 'Aselo / Twilio Flex',
  matches: ['https://flex.twilio.com/*'],
  detect(root) {
    return root.querySelector(`${CANVAS} ${LIST}, ${CANVAS} ${COMPOSER}`) !== null;
  },
  parse(root) {
    const canvas = root.querySelector(CANVAS) ?? root;
    const list = canvas.querySelector(LIST);
    if (!list) throw new AdapterError(ID, `message list ${LIST}`);
    const contactEl = canvas.querySelector(CONTACT_NAME);
    if (!contactEl) throw new AdapterError(ID, `contact name ${CONTACT_NAME}`);
    const contact = readText(contactEl);

    const messages: ParsedMessage[] = [];
    for (const item of Array.from(list.querySelectorAll(ITEM))) {
      const body = item.querySelector(BODY);
      if (!body) continue; // date separators, typing indicators
      const sender = item.querySelector(SENDER)?.textContent ?? null;
      const role = sameName(sender, contact) ? 'client' : 'counselor';
      const text = readText(body, [SENDER, 'time', '[data-testid="message-time"]']);
      messages.push({
        id: item.getAttribute('data-message-sid') || fallbackId(ID, role, text, messages.length),
        role,
        text,
        time: readTime(item),
      });
    }
    const composer = canvas.querySelector<HTMLTextAreaElement>(COMPOSER);
    return { messages, composer, draft: readDraft(composer) };
  },
};

/*
 * Fixtures: test/fixtures/aselo/{conversation,long,message-input-area}.html.
 * Written 2026-11-21 from docs/platforms.md, not captured from a live Flex/Aselo page.
 * `data-message-sid` as an id is a guess [G]; without it ids are hashes.
 * URL shapes to re-check by hand: https://flex.twilio.com/agent-desktop/ and an Aselo
 * deployment's own Flex URL (self-hosted plugins on flex.twilio.com, task canvas open on a chat).
 */
