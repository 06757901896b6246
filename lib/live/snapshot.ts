import type { AdapterHealth, PageSnapshot, PageUpdate } from '../../models';
import {
  MAX_CONTEXT_MESSAGES,
  MAX_MESSAGE_CHARS,
  MAX_MESSAGE_ID_CHARS,
  MAX_SITE_CHARS,
} from '../../models/limits';
import { AdapterError, type SiteAdapter } from '../adapters/types';

/**
 * Turns one read of the page into a snapshot for the panel, and keeps the little memory adapter
 * health needs: a page that parsed before and now yields nothing gets a visible warning.
 */
export interface SnapshotState {
  /** Most messages seen in one read since the reader started. */
  maxMessages: number;
}

export function newSnapshotState(): SnapshotState {
  return { maxMessages: 0 };
}

export function takeSnapshot(
  adapter: SiteAdapter,
  root: ParentNode,
  url: string,
  state: SnapshotState,
  now = Date.now(),
): PageSnapshot {
  let health: AdapterHealth;
  let messages: PageSnapshot['messages'] = [];
  let draft = '';
  let conversation: string | undefined;
  try {
    const chat = adapter.parse(root);
    messages = chat.messages.map((m) => ({
      id: m.id.slice(0, MAX_MESSAGE_ID_CHARS),
      role: m.role,
      text: m.text.slice(0, MAX_MESSAGE_CHARS),
      ...(m.time === undefined ? {} : { time: m.time }),
    }));
    draft = chat.draft.slice(0, MAX_MESSAGE_CHARS);
    conversation = chat.conversation?.slice(0, MAX_SITE_CHARS);
    const client = messages.filter((m) => m.role === 'client').length;
    health = {
      composerFound: chat.composer !== null,
      messages: messages.length,
      client,
      counselor: messages.length - client,
      ...(chat.notesSkipped ? { notesSkipped: chat.notesSkipped } : {}),
    };
    if (messages.length === 0 && state.maxMessages > 0) {
      health.warning = `This page showed ${state.maxMessages} messages before and now shows none: the site may have changed.`;
    }
    state.maxMessages = Math.max(state.maxMessages, messages.length);
  } catch (error) {
    const what = error instanceof AdapterError ? error.missing : 'the chat';
    health = {
      composerFound: false,
      messages: 0,
      client: 0,
      counselor: 0,
      warning: `Attune cannot read ${what} on this page${state.maxMessages > 0 ? ' any more' : ''}.`,
    };
  }
  // Keep the newest messages when a very long conversation exceeds what a snapshot carries.
  if (messages.length > MAX_CONTEXT_MESSAGES) messages = messages.slice(-MAX_CONTEXT_MESSAGES);
  return {
    type: 'page-snapshot',
    adapter: adapter.id,
    platform: adapter.name,
    url,
    messages,
    draft,
    ...(conversation ? { conversation } : {}),
    health,
    at: now,
  };
}

const sameMessage = (a: PageSnapshot['messages'][number], b: PageSnapshot['messages'][number]) =>
  a.id === b.id && a.role === b.role && a.text === b.text && a.time === b.time;

/**
 * The page's side: `next` as an update of `last` (the snapshot the panel holds), or null when a
 * whole snapshot says it better (another page or conversation, or no message kept).
 */
export function snapshotUpdate(last: PageSnapshot, next: PageSnapshot): PageUpdate | null {
  if (last.adapter !== next.adapter || last.url !== next.url || last.conversation !== next.conversation) {
    return null;
  }
  const old = last.messages;
  const now = next.messages;
  // Where the page's first message sits in the last snapshot: older ones may have left the page
  // (a virtualized list, the 2,000-message cap).
  const start = now.length === 0 ? 0 : old.findIndex((m) => m.id === now[0]!.id);
  if (start < 0) return null;
  let keep = 0;
  while (start + keep < old.length && keep < now.length && sameMessage(old[start + keep]!, now[keep]!))
    keep++;
  if (keep === 0 && now.length > 0) return null;
  return {
    type: 'page-update',
    adapter: next.adapter,
    url: next.url,
    start,
    keep,
    added: now.slice(keep),
    draft: next.draft,
    health: next.health,
    at: next.at,
    ...(next.writing === undefined ? {} : { writing: next.writing }),
  };
}

/**
 * The panel's side: its snapshot with `update` applied, or null when the update does not fit it
 * (another page, or a snapshot the panel never had): the panel then asks for a whole one.
 */
export function applyUpdate(last: PageSnapshot | null, update: PageUpdate): PageSnapshot | null {
  if (!last || last.adapter !== update.adapter || last.url !== update.url) return null;
  if (update.start + update.keep > last.messages.length) return null;
  const messages = last.messages.slice(update.start, update.start + update.keep).concat(update.added);
  if (messages.length > MAX_CONTEXT_MESSAGES) return null;
  return {
    ...last,
    messages,
    draft: update.draft,
    health: update.health,
    at: update.at,
    ...(update.writing === undefined ? {} : { writing: update.writing }),
  };
}

/**
 * One line for the panel, in the counselor's words: "reply box found · 14 messages: 6 from the
 * client, 8 from you", and "· 2 private notes left out" when the page showed notes that were left
 * out (so a counselor can see that their team's notes were not read as replies).
 */
export function healthLine(health: AdapterHealth): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    health.composerFound ? 'reply box found' : 'no reply box found',
    `${plural(health.messages, 'message')}: ${health.client} from the client, ${health.counselor} from you`,
  ];
  if (health.notesSkipped) parts.push(`${plural(health.notesSkipped, 'private note')} left out`);
  return parts.join(' · ');
}
