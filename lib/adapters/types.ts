import type { Role } from '../../models';

/**
 * A site adapter holds only site knowledge: how to recognise a chat page, where its composer and
 * message list are, and who wrote each message. No storage, prompts or I/O: `parse` is a pure
 * function of a DOM root, so tests run it on saved fixtures.
 */
export interface ParsedMessage {
  /** Stable across re-renders: the site's message id, else a hash of role + text + position. */
  readonly id: string;
  readonly role: Role;
  readonly text: string;
  /** Milliseconds since the epoch, when the page shows it. */
  readonly time?: number;
}

export interface ParsedChat {
  /** Oldest first, system/activity/private-note entries left out. */
  readonly messages: readonly ParsedMessage[];
  /**
   * How many private or internal notes (agent-only messages the client never sees) the page showed
   * and the adapter left out. Absent on platforms without notes. A note is never a reply.
   */
  readonly notesSkipped?: number;
  /** The counselor's reply box, or null when the page shows none (or only a private-note box). */
  readonly composer: HTMLElement | null;
  /** The composer's current text ('' when there is no composer). */
  readonly draft: string;
  /**
   * The platform's own id for the open conversation, for sites whose address stays the same
   * whichever chat is open (WhatsApp Web). Without it, a conversation is its page address.
   */
  readonly conversation?: string;
}

export interface SiteAdapter {
  /** Stable id, used in settings, health lines and the README's platform table. */
  readonly id: string;
  /** Human name shown in the panel. */
  readonly name: string;
  /**
   * Match patterns for hosted platforms (e.g. `https://web.whatsapp.com/*`). Self-hosted ones
   * (Rocket.Chat, Mattermost, Chatwoot, Element...) run on any origin the counselor grants and
   * are recognised by `detect` instead, so they may list none.
   */
  readonly matches: readonly string[];
  /**
   * Which frame of the platform's page holds the chat. `'top'` (the default when absent): the
   * page itself. `'subframe'`: a frame inside it with the same origin as the page, for platforms
   * that render their chat in one. A frame from another origin is never read, whatever this says
   * (lib/live/frames.ts).
   */
  readonly frame?: 'top' | 'subframe';
  /** Whether this page looks like the platform (cheap structural check). */
  detect(root: ParentNode): boolean;
  /**
   * Reads the chat. Throws `AdapterError` when a required part (the message list) is missing;
   * optional parts (composer, times) come back null/undefined.
   */
  parse(root: ParentNode): ParsedChat;
  /**
   * The reply box and its draft exactly as `parse` finds them, without reading the messages. The
   * live reader calls it instead of `parse` when nothing outside the reply box changed since its
   * last read (the counselor typing), so a keystroke never re-reads the conversation. Throws like
   * `parse`. Absent: the reader calls `parse`.
   */
  readComposer?(root: ParentNode): ComposerReading;
}

/** The part of `ParsedChat` that typing changes. */
export type ComposerReading = Pick<ParsedChat, 'composer' | 'draft'>;

/** A required part of the page was not found: shown as adapter health, never as a crash. */
export class AdapterError extends Error {
  constructor(
    readonly adapter: string,
    readonly missing: string,
  ) {
    super(`${adapter}: ${missing} not found`);
    this.name = 'AdapterError';
  }
}

/** The text a composer holds: a textarea/input's value, or a contenteditable's text. */
export function composerText(composer: HTMLElement | null): string {
  if (!composer) return '';
  if ('value' in composer && typeof (composer as HTMLTextAreaElement).value === 'string') {
    return (composer as HTMLTextAreaElement).value;
  }
  return (composer.innerText ?? composer.textContent ?? '').replace(/\u00a0/g, ' ');
}
