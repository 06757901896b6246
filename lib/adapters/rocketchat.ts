import type { Role } from '../../models';
import { AdapterError, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, readTime } from './dom';

/**
 * Rocket.Chat, including Omnichannel (self-hosted). The best ARIA of all [V]: a
 * `[role=list][aria-label="Message list"]` of `[role=listitem][aria-roledescription="message"]`,
 * bodies `[aria-roledescription="message body"]`, system messages
 * `aria-roledescription="system message"` (left out), own messages `data-own="true"`.
 *
 * Who wrote it: `data-own="true"` is the counselor. In Omnichannel, other agents' messages are
 * `data-own="false"` too. We tell them apart by the sender's username (`data-username` on the
 * item [G], else the header's `.rcx-message-header__username` [3P], carried forward over
 * sequential messages that hide the header): Omnichannel visitors get `guest-…` usernames, so when
 * any sender in the room is a `guest-…`, non-own messages from non-guests are counted as
 * counselor (other agents, bots). Limitation: visitors that arrive through an app integration
 * (WhatsApp, SMS...) may not be `guest-…`; then every non-own message counts as the client's.
 */
const ID = 'rocketchat';

const LIST = '[role="list"][aria-label="Message list"]';
const ITEM = '[role="listitem"][aria-roledescription]';
const BODY = '[aria-roledescription="message body"]';
const USERNAME = '.rcx-message-header__username';
const COMPOSER = '[role="group"][aria-label="Message composer"] textarea[name="msg"]';

function usernameOf(item: Element): string | null {
  const attr = item.getAttribute('data-username');
  if (attr) return attr;
  const header = item.querySelector(USERNAME)?.textContent?.trim();
  return header ? header.replace(/^@/, '') : null;
}

const isGuest = (username: string | null) => username !== null && /^guest-/i.test(username);

export const rocketchat: SiteAdapter = {
  id: ID,
  name: 'Rocket.Chat',
  matches: [],
  detect(root) {
    return root.querySelector(`${LIST}, ${COMPOSER}`) !== null;
  },
  parse(root) {
    const list = root.querySelector(LIST);
    if (!list) throw new AdapterError(ID, `message list ${LIST}`);
    const items = Array.from(list.querySelectorAll(ITEM)).filter(
      (el) => el.getAttribute('aria-roledescription') === 'message',
    );
    // Sender per item, sequential messages inheriting the previous header's sender.
    let previous: string | null = null;
    const senders = items.map((item) => {
      const name = usernameOf(item) ?? previous;
      previous = name;
      return name;
    });
    const omnichannel = senders.some(isGuest);

    const messages: ParsedMessage[] = [];
    items.forEach((item, i) => {
      const body = item.querySelector(BODY);
      if (!body) return; // attachments without text, deleted messages
      let role: Role;
      if (item.getAttribute('data-own') === 'true') role = 'counselor';
      else if (omnichannel && senders[i] !== null && !isGuest(senders[i]!)) role = 'counselor';
      else role = 'client';
      const text = readText(body, ['blockquote', '.rcx-message-reactions', 'time']);
      messages.push({
        id: item.getAttribute('data-id') || fallbackId(ID, role, text, messages.length),
        role,
        text,
        time: readTime(item),
      });
    });
    const composer = root.querySelector<HTMLTextAreaElement>(COMPOSER);
    return { messages, composer, draft: readDraft(composer) };
  },
};

/*
 * Fixtures: test/fixtures/rocketchat/{conversation,long,omnichannel}.html.
 * Written 2026-11-21 from docs/platforms.md, not captured from a live Rocket.Chat page.
 * URL shapes to re-check by hand: https://<host>/direct/<rid>, https://<host>/live/<rid>
 * (Omnichannel room with a second agent and a bot), https://<host>/group/<name>.
 */
