import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { LogIntegrityError, SessionLogError } from '../../lib/log/errors';
import { openSessionLog } from '../../lib/log/store';
import { MAX_NOTE_CHARS, NewSession, SessionFilter, StoredSession } from '../../models/session-log';
import { freshDbName, logConversation } from './helpers';

/** Records are parsed as they come back from IndexedDB, and inputs before they go in. */

async function damage(
  dbName: string,
  store: 'sessions' | 'turns' | 'meta',
  key: IDBValidKey,
  change: object,
) {
  const db = await openDB(dbName);
  const record = (await db.get(store, key)) as object;
  await db.put(store, { ...record, ...change }, store === 'meta' ? key : undefined);
  db.close();
}

describe('records read back from IndexedDB', () => {
  test('a session record with a damaged clear field is refused as damaged, not used', async () => {
    const dbName = freshDbName();
    const log = await openSessionLog({ dbName });
    const session = await logConversation(log);
    log.close();
    await damage(dbName, 'sessions', session.id, { rev: 'one' });
    const reopened = await openSessionLog({ dbName });
    await expect(reopened.getSession(session.id)).rejects.toBeInstanceOf(LogIntegrityError);
    await expect(reopened.listSessions()).rejects.toThrow(/stored session is damaged/);
    reopened.close();
  });

  test('a turn record with a damaged key field is refused as damaged', async () => {
    const dbName = freshDbName();
    const log = await openSessionLog({ dbName });
    const session = await logConversation(log);
    log.close();
    await damage(dbName, 'turns', [session.id, 1], { at: 'yesterday' });
    const reopened = await openSessionLog({ dbName });
    await expect(reopened.getSession(session.id)).rejects.toThrow(/stored turn is damaged/);
    reopened.close();
  });

  test('a damaged encryption setup is never taken for "not encrypted"', async () => {
    const dbName = freshDbName();
    const log = await openSessionLog({ dbName, kdfIterations: 1_000, passphrase: 'pass phrase' });
    log.close();
    await damage(dbName, 'meta', 'crypto', { salt: 'not bytes' });
    await expect(openSessionLog({ dbName })).rejects.toThrow(/stored encryption setup is damaged/);
  });

  test('damaged settings fall back to the default retention', async () => {
    const dbName = freshDbName();
    const log = await openSessionLog({ dbName });
    await log.setRetentionDays(90);
    log.close();
    await damage(dbName, 'meta', 'settings', { retentionDays: -4 });
    const reopened = await openSessionLog({ dbName });
    expect(await reopened.getSettings()).toEqual({ retentionDays: 30 });
    reopened.close();
  });

  test('the stored-session schema says which field is wrong', () => {
    const result = StoredSession.safeParse({ id: 'a', site: 's', platform: 'p', startedAt: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['lastActivityAt', 'rev', 'nextSeq', 'body']),
    );
  });
});

describe('what callers hand the log', () => {
  test('a new session needs a site, a platform and a conversation key', () => {
    expect(
      NewSession.safeParse({ site: 'a.example', platform: 'practice', conversationKey: 'k' }).success,
    ).toBe(true);
    const missing = NewSession.safeParse({ site: '', platform: 'practice' });
    expect(missing.error?.issues.map((i) => i.path[0])).toEqual(['site', 'conversationKey']);
  });

  test('a filter with a score outside 0..1 or a non-number date is refused', async () => {
    expect(SessionFilter.safeParse({ minScore: 1.5 }).success).toBe(false);
    expect(SessionFilter.safeParse({ from: 'monday' }).success).toBe(false);
    const log = await openSessionLog({ dbName: freshDbName() });
    await expect(log.listSessions({ minScore: -1 })).rejects.toThrow();
    log.close();
  });

  test('a note over the limit is refused with a message that says the limit', async () => {
    const log = await openSessionLog({ dbName: freshDbName() });
    const session = await logConversation(log);
    const tooLong = log.setNotes(session.id, { supervisorNote: 'x'.repeat(MAX_NOTE_CHARS + 1) });
    await expect(tooLong).rejects.toBeInstanceOf(SessionLogError);
    await expect(tooLong).rejects.toThrow(`A note can be at most ${MAX_NOTE_CHARS} characters.`);
    log.close();
  });
});
