import type { Role } from '../../models';
import { AdapterError, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, readTime } from './dom';

/**
 * Chatwoot (self-hosted). Messages carry `data-message-id` and sit in rows aligned with
 * `justify-end` (this agent), `justify-start` (incoming) or `justify-center` (activity) [V].
 *
 * A private note is never a reply: `.reply-box.is-private` means the composer is in private-note
 * mode, so the composer is null [V]; notes in the list (`.is-private` on the message or its
 * bubble) are left out, as are activity messages.
 *
 * Limitation: other agents' replies are also `justify-start` in the current layout, so they come
 * back as `client`. Nothing in the markup we know of separates them.
 */
const ID = 'chatwoot';

const LIST = '.conversation-panel';
const MESSAGE = '[data-message-id]';
const PRIVATE = '.is-private';
const BODY = '.message-text__wrap, .text-content';
const META = '.message-meta, .sender-name, time, .message-reactions, .reply-to-quote';
const REPLY_BOX = '.reply-box';
const EDITOR = '.ProseMirror[contenteditable="true"], textarea';

function roleOf(row: Element): Role | 'activity' {
  const aligned = row.closest('.justify-end, .justify-start, .justify-center') ?? row;
  if (aligned.classList.contains('justify-center')) return 'activity';
  if (aligned.classList.contains('justify-end')) return 'counselor';
  return 'client';
}

export const chatwoot: SiteAdapter = {
  id: ID,
  name: 'Chatwoot',
  matches: [],
  detect(root) {
    return root.querySelector(REPLY_BOX) !== null && root.querySelector(LIST) !== null;
  },
  parse(root) {
    const list = root.querySelector(LIST);
    if (!list) throw new AdapterError(ID, `message list ${LIST}`);
    const messages: ParsedMessage[] = [];
    for (const el of Array.from(list.querySelectorAll(MESSAGE))) {
      if (el.matches(PRIVATE) || el.querySelector(PRIVATE)) continue;
      const role = roleOf(el);
      if (role === 'activity') continue;
      const body = el.querySelector(BODY) ?? el;
      const text = readText(body, [META]);
      messages.push({
        id: el.getAttribute('data-message-id') || fallbackId(ID, role, text, messages.length),
        role,
        text,
        time: readTime(el),
      });
    }
    const box = root.querySelector(REPLY_BOX);
    const composer = box && !box.matches(PRIVATE) ? box.querySelector<HTMLElement>(EDITOR) : null;
    return { messages, composer, draft: readDraft(composer) };
  },
};

/*
 * Fixtures: test/fixtures/chatwoot/{conversation,long,private-note}.html.
 * Written 2026-11-21 from docs/platforms.md, not captured from a live Chatwoot page.
 * URL shape to re-check by hand: https://<chatwoot-host>/app/accounts/<n>/conversations/<id>
 * (reply mode and private-note mode of the reply box; a conversation with an activity message).
 */
