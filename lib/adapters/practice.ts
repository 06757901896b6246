import type { Role } from '../../models';
import { AdapterError, type ComposerReading, type ParsedMessage, type SiteAdapter } from './types';
import { fallbackId, readDraft, readText, readTime } from './dom';
import { lookedUp, remembered } from '../live/read-memo';

/**
 * Our own practice chat (an extension page). Its markup is a contract between this adapter and
 * the page that renders it; keep both in step:
 *
 * - Root: one element with `data-attune-chat` (required).
 * - Messages, oldest first, anywhere under the root: `[data-attune-message]` with
 *   `data-role="client"|"counselor"` and a unique `data-id`. Any other `data-role` (e.g.
 *   `"system"`) is left out.
 * - Message text: the element `[data-attune-text]` inside the message when present, else the
 *   message element's own text. Sender labels and times go outside `[data-attune-text]`.
 * - Optional time: `time[datetime]` (ISO 8601) inside the message.
 * - Composer: `textarea[data-attune-composer]` under the root (optional: null when absent).
 */
const ID = 'practice';

const ROOT = '[data-attune-chat]';
const MESSAGE = '[data-attune-message]';
const TEXT = '[data-attune-text]';
const COMPOSER = 'textarea[data-attune-composer]';

function isRole(value: string | null): value is Role {
  return value === 'client' || value === 'counselor';
}

function readMessage(el: Element): { role: Role; text: string; time?: number; dataId: string | null } | null {
  const role = el.getAttribute('data-role');
  if (!isRole(role)) return null;
  const body = el.querySelector(TEXT) ?? el;
  return { role, text: readText(body, ['time']), time: readTime(el), dataId: el.getAttribute('data-id') };
}

function composerIn(chat: Element): ComposerReading {
  const composer = lookedUp(chat, `${ID}:composer`, () => chat.querySelector<HTMLTextAreaElement>(COMPOSER));
  return { composer, draft: readDraft(composer) };
}

export const practice: SiteAdapter = {
  id: ID,
  name: 'Attune practice chat',
  // An extension page: no web match pattern; the page is recognised by its root marker.
  matches: [],
  detect(root) {
    return root.querySelector(ROOT) !== null;
  },
  parse(root) {
    const chat = root.querySelector(ROOT);
    if (!chat) throw new AdapterError(ID, `chat root ${ROOT}`);
    const messages: ParsedMessage[] = [];
    for (const el of Array.from(chat.querySelectorAll(MESSAGE))) {
      const read = remembered(el, `${ID}:message`, () => readMessage(el));
      if (!read) continue;
      const { role, text, time, dataId } = read;
      messages.push({ id: dataId || fallbackId(ID, role, text, messages.length), role, text, time });
    }
    return { messages, ...composerIn(chat) };
  },
  readComposer(root) {
    const chat = lookedUp(root, `${ID}:root`, () => root.querySelector(ROOT));
    return chat ? composerIn(chat) : { composer: null, draft: '' };
  },
};

/*
 * Fixtures: test/fixtures/practice/{conversation,long,empty}.html.
 * Written 2026-11-21 from the contract above (this file), not captured from the built page;
 * re-check against entrypoints' practice page once it renders real markup.
 * URL shape to re-check by hand: chrome-extension://<id>/practice.html (extension page).
 */
