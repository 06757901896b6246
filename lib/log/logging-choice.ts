import type { PageSnapshot } from '../../models/messages';
import {
  MAX_CONVERSATION_KEY_CHARS,
  MAX_LOGGED_CONVERSATIONS,
  MAX_LOGGED_SITES,
  MAX_SITE_CHARS,
} from '../../models/limits';
import { type LegacyLoggingChoice, LoggingChoice, NO_LOGGING } from '../../models/logging-choice';
import type { TrustedStore } from '../storage/trusted';
import { loggingChoiceItem, loggingSecretItem } from '../storage/trusted-items';

/**
 * Where the counselor turned the session log on. Logging is off everywhere until they tick "Log
 * this conversation" or "Log every conversation on this site" in the side panel. The choice is
 * kept apart from the log (so the panel knows it without opening, or unlocking, the log), in the
 * extension's trusted store (lib/storage/trusted.ts: content scripts can neither read nor write
 * it), and it holds no address: only keyed hashes (HMAC-SHA-256 under a random secret made once
 * per install and kept beside it) of the conversation key and the site's origin. The addresses of
 * a thousand conversations cannot be read back from it; the panel hashes the open conversation's
 * key and looks for that.
 *
 * Older versions kept the addresses themselves in `storage.local` (`logSettings`, lib/storage/items.ts);
 * migrateLoggingChoice hashes them into the trusted store and deletes the old value.
 */

/** Trusted-store keys: the hashed choice and the install's hashing secret. */
export const LOGGING_CHOICE_KEY = loggingChoiceItem.key;
export const LOGGING_SECRET_KEY = loggingSecretItem.key;

export { LoggingChoice, NO_LOGGING };

/** Reads a stored choice (JSON text or a value); anything unreadable counts as "logging off", never as on. */
export function readLoggingChoice(stored: unknown): LoggingChoice {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return NO_LOGGING;
    }
  }
  const parsed = LoggingChoice.safeParse(value ?? {});
  return parsed.success ? parsed.data : NO_LOGGING;
}

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return btoa(String.fromCharCode(...view))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The install's hashing secret, made on first use. */
export function loggingSecret(trusted: TrustedStore): string {
  const existing = loggingSecretItem.get(trusted);
  if (existing) return existing;
  const secret = base64url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  loggingSecretItem.set(trusted, secret);
  return secret;
}

/** Hashes conversation keys and sites under one install's secret. */
export interface ChoiceHasher {
  conversation(key: string): Promise<string>;
  site(origin: string): Promise<string>;
}

export async function choiceHasher(secret: string): Promise<ChoiceHasher> {
  const raw = Uint8Array.from(atob(secret.replace(/-/g, '+').replace(/_/g, '/') + '='), (c) =>
    c.charCodeAt(0),
  );
  const key = await globalThis.crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const digest = async (kind: string, value: string) =>
    base64url(
      await globalThis.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${kind}\u0000${value}`)),
    );
  return { conversation: (k) => digest('conversation', k), site: (o) => digest('site', o) };
}

/** What the choice is looked up by for one page: its conversation key and site, and their hashes. */
export interface ChoiceIds {
  readonly conversationKey: string;
  readonly siteOrigin: string;
  readonly conversationId: string;
  readonly siteId: string;
}

export async function choiceIdsOf(
  hasher: ChoiceHasher,
  snapshot: Pick<PageSnapshot, 'adapter' | 'url'> & { readonly conversation?: string },
): Promise<ChoiceIds> {
  const conversationKey = conversationKeyOf(snapshot);
  const siteOrigin = siteOf(snapshot.url);
  const [conversationId, siteId] = await Promise.all([
    hasher.conversation(conversationKey),
    hasher.site(siteOrigin),
  ]);
  return { conversationKey, siteOrigin, conversationId, siteId };
}

/** Whether `ids` were computed for this page (a new page needs new hashes before it is logged). */
export function idsMatch(
  ids: ChoiceIds | null,
  snapshot: Pick<PageSnapshot, 'adapter' | 'url'> & { readonly conversation?: string },
): ids is ChoiceIds {
  return (
    ids !== null &&
    ids.conversationKey === conversationKeyOf(snapshot) &&
    ids.siteOrigin === siteOf(snapshot.url)
  );
}

/** The choice in the trusted store (off when there is none). */
export function loadLoggingChoice(trusted: TrustedStore): LoggingChoice {
  return loggingChoiceItem.get(trusted);
}

export function saveLoggingChoice(trusted: TrustedStore, choice: LoggingChoice): void {
  loggingChoiceItem.set(trusted, choice);
}

/** Calls back with the choice whenever another extension page changes it; returns the unwatch. */
export function watchLoggingChoice(trusted: TrustedStore, onChange: (choice: LoggingChoice) => void) {
  return loggingChoiceItem.watch(trusted, onChange);
}

/** Where the old choice is read and deleted (`legacyLoggingChoiceItem`, lib/storage/items.ts). */
interface LegacyChoiceItem {
  getValue(): Promise<LegacyLoggingChoice | null>;
  removeValue(): Promise<void>;
}

/**
 * Moves a choice stored in the clear by an older version into the trusted store, hashed and merged
 * with what is there, then deletes the old one. An unreadable old value is deleted too (it meant
 * "off"). Returns the choice now in effect.
 */
export async function migrateLoggingChoice(
  trusted: TrustedStore,
  hasher: ChoiceHasher,
  legacyItem: LegacyChoiceItem,
): Promise<LoggingChoice> {
  const legacy = await legacyItem.getValue();
  const current = loadLoggingChoice(trusted);
  let next = current;
  if (legacy) {
    const [sites, conversations] = await Promise.all([
      Promise.all(legacy.sites.map((s) => hasher.site(s))),
      Promise.all(legacy.conversations.map((c) => hasher.conversation(c))),
    ]);
    next = {
      version: 2,
      sites: [...new Set([...sites, ...current.sites])].slice(-MAX_LOGGED_SITES),
      conversations: [...new Set([...conversations, ...current.conversations])].slice(
        -MAX_LOGGED_CONVERSATIONS,
      ),
    };
    saveLoggingChoice(trusted, next);
  }
  // Absent, or unreadable (which meant "off"): removing it either way leaves nothing in the clear.
  await legacyItem.removeValue();
  return next;
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
  if (!parsed) return `${snapshot.adapter} ${snapshot.url}${chat}`.slice(0, MAX_CONVERSATION_KEY_CHARS);
  const route = /^#!?\//u.test(parsed.hash) ? parsed.hash : '';
  return `${snapshot.adapter} ${parsed.origin}${parsed.pathname}${parsed.search}${route}${chat}`.slice(
    0,
    MAX_CONVERSATION_KEY_CHARS,
  );
}

/**
 * The `site` a logged session carries: the chat's hostname on the web; on an extension page (the
 * practice chat) the platform's name, since the extension's id would mean nothing to a reader.
 */
export function sessionSiteOf(snapshot: Pick<PageSnapshot, 'url' | 'platform'>): string {
  const parsed = parseUrl(snapshot.url);
  const web = parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
  return (web ? parsed.hostname : snapshot.platform).slice(0, MAX_SITE_CHARS) || 'unknown';
}

export interface LoggingState {
  /** This conversation was switched on by itself. */
  readonly conversation: boolean;
  /** Every conversation on this site is logged. */
  readonly site: boolean;
}

export function loggingStateOf(
  choice: LoggingChoice,
  ids: Pick<ChoiceIds, 'conversationId' | 'siteId'>,
): LoggingState {
  return {
    conversation: choice.conversations.includes(ids.conversationId),
    site: choice.sites.includes(ids.siteId),
  };
}

export const isLogging = (state: LoggingState) => state.conversation || state.site;

export function withConversationLogging(
  choice: LoggingChoice,
  conversationId: string,
  on: boolean,
): LoggingChoice {
  const others = choice.conversations.filter((k) => k !== conversationId);
  return {
    ...choice,
    conversations: on ? [...others, conversationId].slice(-MAX_LOGGED_CONVERSATIONS) : others,
  };
}

export function withSiteLogging(choice: LoggingChoice, siteId: string, on: boolean): LoggingChoice {
  const others = choice.sites.filter((s) => s !== siteId);
  return { ...choice, sites: on ? [...others, siteId].slice(-MAX_LOGGED_SITES) : others };
}
