import { z } from 'zod';
import type { PageSnapshot } from '../../models/messages';

/**
 * Where the counselor turned the session log on. Logging is off everywhere until they tick "Log
 * this conversation" or "Log every conversation on this site" in the side panel. The choice is
 * kept in `browser.storage.local` under LOGGING_CHOICE_KEY (not in the log itself, so the panel
 * knows it without opening, or unlocking, the log). It holds origins and conversation keys (page
 * addresses), never anything anyone wrote.
 */

export const LOGGING_CHOICE_KEY = 'logSettings';

/** Enough for years of conversations; the oldest choices fall off first. */
const MAX_CONVERSATIONS = 1_000;
const MAX_SITES = 500;

export const LoggingChoice = z.object({
  /** Origins (`https://chat.example.org`) where every conversation is logged. */
  sites: z.array(z.string().min(1).max(300)).max(MAX_SITES).default([]),
  /** Conversation keys (see conversationKeyOf) logged one by one, oldest first. */
  conversations: z.array(z.string().min(1).max(2_200)).max(MAX_CONVERSATIONS).default([]),
});
export type LoggingChoice = z.infer<typeof LoggingChoice>;

export const NO_LOGGING: LoggingChoice = { sites: [], conversations: [] };

/** Reads a stored choice; anything unreadable counts as "logging off", never as on. */
export function readLoggingChoice(stored: unknown): LoggingChoice {
  const parsed = LoggingChoice.safeParse(stored ?? {});
  return parsed.success ? parsed.data : NO_LOGGING;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The origin the site-wide switch applies to (for the practice chat, the extension's own origin). */
export function siteOf(url: string): string {
  const parsed = parseUrl(url);
  return parsed && parsed.origin !== 'null' ? parsed.origin : url;
}

/**
 * What identifies one conversation: the adapter and the page address. The query string stays (some
 * platforms put the conversation id there, and the practice chat its scenario); the fragment stays
 * only when it is a client-side route (`#/room/...`, `#!/...`), as Element's is, and goes when it is
 * just a scroll position. Where the address is the same for every chat (WhatsApp Web), the
 * platform's own chat id, when the adapter found one, tells them apart.
 */
export function conversationKeyOf(
  snapshot: Pick<PageSnapshot, 'adapter' | 'url'> & { readonly conversation?: string },
): string {
  const parsed = parseUrl(snapshot.url);
  const chat = snapshot.conversation ? ` ${snapshot.conversation}` : '';
  if (!parsed) return `${snapshot.adapter} ${snapshot.url}${chat}`.slice(0, 2_200);
  const route = /^#!?\//u.test(parsed.hash) ? parsed.hash : '';
  return `${snapshot.adapter} ${parsed.origin}${parsed.pathname}${parsed.search}${route}${chat}`.slice(
    0,
    2_200,
  );
}

/**
 * The `site` a logged session carries: the chat's hostname on the web; on an extension page (the
 * practice chat) the platform's name, since the extension's id would mean nothing to a reader.
 */
export function sessionSiteOf(snapshot: Pick<PageSnapshot, 'url' | 'platform'>): string {
  const parsed = parseUrl(snapshot.url);
  const web = parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
  return (web ? parsed.hostname : snapshot.platform).slice(0, 300) || 'unknown';
}

export interface LoggingState {
  /** This conversation was switched on by itself. */
  readonly conversation: boolean;
  /** Every conversation on this site is logged. */
  readonly site: boolean;
}

export function loggingStateOf(
  choice: LoggingChoice,
  snapshot: Pick<PageSnapshot, 'adapter' | 'url'>,
): LoggingState {
  return {
    conversation: choice.conversations.includes(conversationKeyOf(snapshot)),
    site: choice.sites.includes(siteOf(snapshot.url)),
  };
}

export const isLogging = (state: LoggingState) => state.conversation || state.site;

export function withConversationLogging(choice: LoggingChoice, key: string, on: boolean): LoggingChoice {
  const others = choice.conversations.filter((k) => k !== key);
  return { ...choice, conversations: on ? [...others, key].slice(-MAX_CONVERSATIONS) : others };
}

export function withSiteLogging(choice: LoggingChoice, origin: string, on: boolean): LoggingChoice {
  const others = choice.sites.filter((s) => s !== origin);
  return { ...choice, sites: on ? [...others, origin].slice(-MAX_SITES) : others };
}
