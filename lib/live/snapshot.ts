import type { AdapterHealth, PageSnapshot } from '../../models';
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
      id: m.id.slice(0, 500),
      role: m.role,
      text: m.text.slice(0, 20_000),
      ...(m.time === undefined ? {} : { time: m.time }),
    }));
    draft = chat.draft.slice(0, 20_000);
    conversation = chat.conversation?.slice(0, 300);
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
  if (messages.length > 2_000) messages = messages.slice(-2_000);
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

/**
 * One line for the panel: "composer found · 14 messages · 6 client / 8 counselor", and
 * "· 2 private notes skipped" when the page showed notes that were left out (so a counselor can
 * see that their team's notes were not read as replies).
 */
export function healthLine(health: AdapterHealth): string {
  const parts = [
    health.composerFound ? 'composer found' : 'no composer found',
    `${health.messages} message${health.messages === 1 ? '' : 's'}`,
    `${health.client} client / ${health.counselor} counselor`,
  ];
  if (health.notesSkipped) {
    parts.push(`${health.notesSkipped} private note${health.notesSkipped === 1 ? '' : 's'} skipped`);
  }
  return parts.join(' · ');
}
