import type { Role } from '../../models';
import { AdapterError, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, readTime, sameName } from './dom';

/**
 * Zendesk Agent Workspace. LOW CONFIDENCE: only the composer selector has been seen in other
 * people's scripts [3P]; the conversation log structure below is a GUESS [G] written so the rest
 * of the extension can be tested, and must be re-checked on a live ticket before anyone relies on
 * it. Every guessed selector is in this block so one edit fixes it.
 *
 * Guessed structure: the log `[data-test-id="omni-log-container"]` holds items
 * `[data-test-id="omni-log-item"]`, each with a sender `[data-test-id="omni-log-item-sender"]`
 * and a body `[data-test-id="omni-log-message-content"]`; internal notes are marked
 * `[data-test-id="omni-log-internal-note"]` and are never replies (left out). The ticket's
 * requester (the client) is named in `[data-test-id="ticket-system-field-requester-select"]`.
 * Who wrote it: the requester's messages are the client's, every other sender (agents, bots) is on
 * the counselor side.
 */
const ID = 'zendesk';

const LOG = '[data-test-id="omni-log-container"]';
const ITEM = '[data-test-id="omni-log-item"]';
const SENDER = '[data-test-id="omni-log-item-sender"]';
const BODY = '[data-test-id="omni-log-message-content"]';
const INTERNAL_NOTE = '[data-test-id="omni-log-internal-note"]';
const REQUESTER = '[data-test-id="ticket-system-field-requester-select"]';
const COMPOSER = '[data-test-id^="omnicomposer-"][contenteditable="true"]';

export const zendesk: SiteAdapter = {
  id: ID,
  name: 'Zendesk Agent Workspace',
  matches: ['https://*.zendesk.com/*'],
  detect(root) {
    return root.querySelector(`${LOG}, ${COMPOSER}`) !== null;
  },
  parse(root) {
    const log = root.querySelector(LOG);
    if (!log) throw new AdapterError(ID, `conversation log ${LOG}`);
    const requesterEl = root.querySelector(REQUESTER);
    if (!requesterEl) throw new AdapterError(ID, `requester ${REQUESTER}`);
    const requester = readText(requesterEl);

    const messages: ParsedMessage[] = [];
    for (const item of Array.from(log.querySelectorAll(ITEM))) {
      if (item.matches(INTERNAL_NOTE) || item.querySelector(INTERNAL_NOTE)) continue;
      const body = item.querySelector(BODY);
      if (!body) continue; // events: assignments, status changes
      const sender = item.querySelector(SENDER)?.textContent ?? null;
      const role: Role = sameName(sender, requester) ? 'client' : 'counselor';
      const text = readText(body, ['time']);
      messages.push({
        id: item.getAttribute('data-message-id') || fallbackId(ID, role, text, messages.length),
        role,
        text,
        time: readTime(item),
      });
    }
    const composer = root.querySelector<HTMLElement>(COMPOSER);
    return { messages, composer, draft: readDraft(composer) };
  },
};

/*
 * Fixtures: test/fixtures/zendesk/{conversation,long,empty-composer}.html.
 * Written 2026-11-21 from docs/platforms.md (composer [3P], everything else [G]), not captured
 * from a live Zendesk page. LOW CONFIDENCE until checked.
 * URL shapes to re-check by hand: https://<subdomain>.zendesk.com/agent/tickets/<id> with a
 * messaging (chat) ticket open in Agent Workspace, with and without an internal note.
 */
