import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  LOGGING_CHOICE_KEY,
  LOGGING_SECRET_KEY,
  NO_LOGGING,
  type ChoiceHasher,
  choiceHasher,
  choiceIdsOf,
  conversationKeyOf,
  idsMatch,
  isLogging,
  loadLoggingChoice,
  loggingSecret,
  loggingStateOf,
  migrateLoggingChoice,
  readLoggingChoice,
  saveLoggingChoice,
  withConversationLogging,
  withSiteLogging,
} from '../../lib/log/logging-choice';
import { memoryTrustedStore } from '../../lib/storage/trusted';
import { legacyLoggingChoiceItem } from '../../lib/storage/items';

/**
 * The logging choice keeps keyed hashes of conversation keys and sites, never the addresses, in
 * the trusted store (content scripts can neither read nor write it); older choices stored in the
 * clear in storage.local are migrated.
 */

// Old choices are read through WXT's storage helper, which reaches the browser through @wxt-dev/browser.
vi.mock('@wxt-dev/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));
afterEach(() => fakeBrowser.reset());

const page = (url: string, adapter = 'rocketchat', conversation?: string) => ({
  adapter,
  url,
  ...(conversation ? { conversation } : {}),
});
const ROOM_42 = page('https://chat.example.org/room/42');
const ROOM_43 = page('https://chat.example.org/room/43');
const OTHER = page('https://other.example.org/room/1');

async function setUp(): Promise<{ hasher: ChoiceHasher; trusted: ReturnType<typeof memoryTrustedStore> }> {
  const trusted = memoryTrustedStore();
  return { trusted, hasher: await choiceHasher(loggingSecret(trusted)) };
}

describe('logging choice', () => {
  test('is off until switched on, per conversation or for the whole site', async () => {
    const { hasher } = await setUp();
    const [a, b, other] = await Promise.all([ROOM_42, ROOM_43, OTHER].map((p) => choiceIdsOf(hasher, p)));
    expect(isLogging(loggingStateOf(NO_LOGGING, a!))).toBe(false);
    const one = withConversationLogging(NO_LOGGING, a!.conversationId, true);
    expect(loggingStateOf(one, a!)).toEqual({ conversation: true, site: false });
    expect(isLogging(loggingStateOf(one, b!))).toBe(false);
    const site = withSiteLogging(NO_LOGGING, a!.siteId, true);
    expect(isLogging(loggingStateOf(site, b!))).toBe(true);
    expect(isLogging(loggingStateOf(site, other!))).toBe(false);
    expect(loggingStateOf(withSiteLogging(site, a!.siteId, false), a!).site).toBe(false);
    expect(isLogging(loggingStateOf(withConversationLogging(one, a!.conversationId, false), a!))).toBe(false);
  });

  test('WhatsApp Web: logging one chat does not log another at the same address', async () => {
    const { hasher } = await setUp();
    const first = await choiceIdsOf(hasher, page('https://web.whatsapp.com/', 'whatsapp', 'chat-1a2b3c4d'));
    const second = await choiceIdsOf(hasher, page('https://web.whatsapp.com/', 'whatsapp', 'chat-5e6f7a8b'));
    const one = withConversationLogging(NO_LOGGING, first.conversationId, true);
    expect(isLogging(loggingStateOf(one, first))).toBe(true);
    expect(isLogging(loggingStateOf(one, second))).toBe(false);
  });

  test('keeps hashes only: no address, origin or platform can be read from what is stored', async () => {
    const { hasher, trusted } = await setUp();
    const ids = await choiceIdsOf(hasher, ROOM_42);
    saveLoggingChoice(
      trusted,
      withSiteLogging(withConversationLogging(NO_LOGGING, ids.conversationId, true), ids.siteId, true),
    );
    const stored = trusted.get(LOGGING_CHOICE_KEY)!;
    for (const clear of ['chat.example.org', 'room', 'rocketchat', 'https'])
      expect(stored).not.toContain(clear);
    expect(JSON.parse(stored)).toEqual({
      version: 2,
      sites: [ids.siteId],
      conversations: [ids.conversationId],
    });
    expect(ids.conversationId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(loadLoggingChoice(trusted)).toEqual(JSON.parse(stored));
  });

  test('the hashes are keyed per install: another install’s secret gives other hashes', async () => {
    const { hasher, trusted } = await setUp();
    const again = await choiceHasher(loggingSecret(trusted));
    const elsewhere = await setUp();
    const key = conversationKeyOf(ROOM_42);
    expect(await again.conversation(key)).toBe(await hasher.conversation(key));
    expect(await elsewhere.hasher.conversation(key)).not.toBe(await hasher.conversation(key));
    // A conversation key and an origin never share a hash, even with the same text.
    expect(await hasher.site('x')).not.toBe(await hasher.conversation('x'));
    expect(trusted.get(LOGGING_SECRET_KEY)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('hashes are matched to the page they were made for', async () => {
    const { hasher } = await setUp();
    const ids = await choiceIdsOf(hasher, ROOM_42);
    expect(idsMatch(ids, ROOM_42)).toBe(true);
    expect(idsMatch(ids, ROOM_43)).toBe(false);
    expect(idsMatch(null, ROOM_42)).toBe(false);
  });

  test('a damaged stored choice means off', () => {
    expect(readLoggingChoice({ sites: 'everything' })).toEqual(NO_LOGGING);
    expect(readLoggingChoice('{not json')).toEqual(NO_LOGGING);
    expect(readLoggingChoice(undefined)).toEqual(NO_LOGGING);
    // An old, unhashed choice is not a hashed one.
    expect(readLoggingChoice({ sites: ['https://chat.example.org'], conversations: [] })).toEqual(NO_LOGGING);
  });
});

describe('migrating a choice stored in the clear by an older version', () => {
  test('hashes it into the trusted store, keeps what was on, and deletes the old value', async () => {
    const { hasher, trusted } = await setUp();
    await fakeBrowser.storage.local.set({
      [legacyLoggingChoiceItem.key]: {
        sites: ['https://other.example.org'],
        conversations: [conversationKeyOf(ROOM_42)],
      },
      unrelated: 1,
    });
    const choice = await migrateLoggingChoice(trusted, hasher, legacyLoggingChoiceItem);
    const [a, b, other] = await Promise.all([ROOM_42, ROOM_43, OTHER].map((p) => choiceIdsOf(hasher, p)));
    expect(loggingStateOf(choice, a!)).toEqual({ conversation: true, site: false });
    expect(isLogging(loggingStateOf(choice, b!))).toBe(false);
    expect(loggingStateOf(choice, other!)).toEqual({ conversation: false, site: true });
    expect(loadLoggingChoice(trusted)).toEqual(choice);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ unrelated: 1 });
    expect(trusted.get(LOGGING_CHOICE_KEY)).not.toContain('example.org');
    // Nothing left to migrate: the next opening changes nothing.
    expect(await migrateLoggingChoice(trusted, hasher, legacyLoggingChoiceItem)).toEqual(choice);
  });

  test('merges with a hashed choice already there', async () => {
    const { hasher, trusted } = await setUp();
    const b = await choiceIdsOf(hasher, ROOM_43);
    saveLoggingChoice(trusted, withConversationLogging(NO_LOGGING, b.conversationId, true));
    await fakeBrowser.storage.local.set({
      [legacyLoggingChoiceItem.key]: { sites: [], conversations: [conversationKeyOf(ROOM_42)] },
    });
    const choice = await migrateLoggingChoice(trusted, hasher, legacyLoggingChoiceItem);
    expect(choice.conversations).toHaveLength(2);
    expect(isLogging(loggingStateOf(choice, b))).toBe(true);
  });

  test('an unreadable old value meant off: it is deleted and nothing is switched on', async () => {
    const { hasher, trusted } = await setUp();
    await fakeBrowser.storage.local.set({ [legacyLoggingChoiceItem.key]: { sites: 'everything' } });
    expect(await migrateLoggingChoice(trusted, hasher, legacyLoggingChoiceItem)).toEqual(NO_LOGGING);
    expect(await fakeBrowser.storage.local.get(legacyLoggingChoiceItem.key)).toEqual({});
  });
});
