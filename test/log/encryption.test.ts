import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { PBKDF2_ITERATIONS } from '../../lib/log/crypto';
import { LockedError, LogIntegrityError, WrongPassphraseError } from '../../lib/log/errors';
import { openSessionLog } from '../../lib/log/store';
import { T0, TEST_KDF_ITERATIONS, freshDbName, logConversation, rawRecords, readableText } from './helpers';

const PASSPHRASE = 'correct horse battery staple';
/** Phrases from the turn text, a client quote inside an assessment, a note and the conversation key. */
const SECRETS = ['Maria', 'big a deal', 'back off', 'righting reflex', 'room/abc123', 'minimizing'];

async function encryptedLog(dbName = freshDbName()) {
  const log = await openSessionLog({ dbName, passphrase: PASSPHRASE, kdfIterations: TEST_KDF_ITERATIONS });
  const session = await logConversation(log);
  await log.setNotes(session.id, { supervisorNote: 'Watch the righting reflex' });
  return { dbName, log, session };
}

describe('encryption at rest', () => {
  test('the stored records hold none of the text, notes, assessments or conversation key', async () => {
    const { dbName, log } = await encryptedLog();
    const disk = readableText(await rawRecords(dbName));
    for (const secret of SECRETS) expect(disk).not.toContain(secret);
    log.close();

    // The same session stored without encryption does show them: the check above can fail.
    const clearName = freshDbName();
    const clear = await openSessionLog({ dbName: clearName });
    const s = await logConversation(clear);
    await clear.setNotes(s.id, { supervisorNote: 'Watch the righting reflex' });
    const clearDisk = readableText(await rawRecords(clearName));
    for (const secret of SECRETS) expect(clearDisk).toContain(secret);
    clear.close();
  });

  test('only the documented fields stay in the clear', async () => {
    const { dbName, log } = await encryptedLog();
    const raw = await rawRecords(dbName);
    for (const session of raw.sessions as Record<string, unknown>[]) {
      expect(Object.keys(session).sort()).toEqual(
        ['body', 'id', 'lastActivityAt', 'nextSeq', 'platform', 'rev', 'site', 'startedAt'].sort(),
      );
      expect(Object.keys(session.body as object).sort()).toEqual(['data', 'iv', 'sealed']);
    }
    for (const turn of raw.turns as Record<string, unknown>[]) {
      expect(Object.keys(turn).sort()).toEqual(['at', 'body', 'rev', 'seq', 'sessionId']);
      expect((turn.body as { iv: Uint8Array }).iv).toHaveLength(12);
    }
    // A fresh IV per record: no two records share one.
    const ivs = [...raw.sessions!, ...raw.turns!].map((r) =>
      (r as { body: { iv: Uint8Array } }).body.iv.join(),
    );
    expect(new Set(ivs).size).toBe(ivs.length);
    log.close();
  });

  test('the right passphrase reads back exactly what was logged', async () => {
    const { dbName, log, session } = await encryptedLog();
    const before = await log.getSession(session.id);
    expect(before?.session.supervisorNote).toBe('Watch the righting reflex');
    log.close();
    const reopened = await openSessionLog({ dbName, passphrase: PASSPHRASE });
    expect(reopened.locked).toBe(false);
    expect(await reopened.getSession(session.id)).toEqual(before);
    reopened.close();
  });

  test('a wrong passphrase is refused with a clear error that reveals nothing', async () => {
    const { dbName, log } = await encryptedLog();
    log.close();
    const attempt = openSessionLog({ dbName, passphrase: 'correct horse battery stapler' });
    await expect(attempt).rejects.toBeInstanceOf(WrongPassphraseError);
    const error = (await attempt.catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('That passphrase is not the right one.');
    for (const secret of SECRETS) expect(JSON.stringify(error) + String(error.cause)).not.toContain(secret);
  });

  test('without the key nothing can be read or written, but sessions can still be deleted', async () => {
    const { dbName, log, session } = await encryptedLog();
    log.close();
    const locked = await openSessionLog({ dbName });
    expect(locked).toMatchObject({ encrypted: true, locked: true });
    await expect(locked.listSessions()).rejects.toBeInstanceOf(LockedError);
    await expect(locked.getSession(session.id)).rejects.toBeInstanceOf(LockedError);
    await expect(
      locked.appendTurn(session.id, { role: 'client', text: 'x', assessment: null }),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      locked.startSession({ site: 'a', platform: 'b', conversationKey: 'c' }),
    ).rejects.toBeInstanceOf(LockedError);
    // At the time the session was logged (the fixture's clock), so that the assertion does not
    // depend on today's date: a month after T0 the session is past the default retention period.
    await expect(locked.enforceRetention(T0)).resolves.toEqual({ deletedSessions: 0 });
    expect(await locked.deleteSession(session.id)).toBe(true);
    locked.close();
  });

  test('lock() forgets the key; unlock() with a wrong passphrase keeps it locked', async () => {
    const { log, session } = await encryptedLog();
    log.lock();
    await expect(log.getSession(session.id)).rejects.toBeInstanceOf(LockedError);
    await expect(log.unlock('nope')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(log.locked).toBe(true);
    await log.unlock(PASSPHRASE);
    expect((await log.getSession(session.id))?.turns).toHaveLength(7);
    log.close();
  });

  test('turning encryption on seals what was already logged', async () => {
    const dbName = freshDbName();
    const clear = await openSessionLog({ dbName, kdfIterations: TEST_KDF_ITERATIONS });
    const session = await logConversation(clear);
    const before = await clear.getSession(session.id);
    await clear.enableEncryption(PASSPHRASE);
    expect(clear.encrypted).toBe(true);
    const disk = readableText(await rawRecords(dbName));
    for (const secret of ['Maria', 'big a deal', 'room/abc123']) expect(disk).not.toContain(secret);
    expect(await clear.getSession(session.id)).toEqual(before);
    clear.close();
  });

  test('a ciphertext altered on disk, or moved onto another record, is refused as damaged', async () => {
    const { dbName, log, session } = await encryptedLog();
    log.close();
    const db = await openDB(dbName);
    const first = await db.get('turns', [session.id, 0]);
    const second = await db.get('turns', [session.id, 1]);
    // Move turn 1's sealed body onto turn 0: both keys are right, the context is not.
    await db.put('turns', { ...first, body: second.body });
    const flipped = new Uint8Array(second.body.data);
    flipped[0]! ^= 1;
    await db.put('turns', { ...second, body: { ...second.body, data: flipped } });
    db.close();

    const reopened = await openSessionLog({ dbName, passphrase: PASSPHRASE });
    await expect(reopened.getSession(session.id)).rejects.toBeInstanceOf(LogIntegrityError);
    reopened.close();
  });

  test('forgetting the passphrase: delete everything and start again unencrypted', async () => {
    const { dbName, log } = await encryptedLog();
    log.close();
    const locked = await openSessionLog({ dbName });
    await locked.deleteAll({ forgetPassphrase: true });
    expect(locked).toMatchObject({ encrypted: false, locked: false });
    expect(await locked.listSessions()).toEqual([]);
    locked.close();
  });

  test('another tab turning encryption on stops this tab writing in the clear', async () => {
    const dbName = freshDbName();
    const tabA = await openSessionLog({ dbName, kdfIterations: TEST_KDF_ITERATIONS });
    const tabB = await openSessionLog({ dbName, kdfIterations: TEST_KDF_ITERATIONS });
    const session = await tabA.startSession({ site: 'a', platform: 'b', conversationKey: 'c' });
    await tabB.enableEncryption(PASSPHRASE);
    await expect(
      tabA.appendTurn(session.id, { role: 'client', text: 'Maria', assessment: null }),
    ).rejects.toBeInstanceOf(LockedError);
    expect(readableText(await rawRecords(dbName))).not.toContain('Maria');
    tabA.close();
    tabB.close();
  });

  test('new logs derive their key with at least 310,000 PBKDF2 rounds by default', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    const dbName = freshDbName();
    const log = await openSessionLog({ dbName, passphrase: PASSPHRASE });
    const meta = (await rawRecords(dbName)).meta as { kind: string; iterations?: number }[];
    expect(meta.find((m) => m.kind === 'crypto')?.iterations).toBe(PBKDF2_ITERATIONS);
    log.close();
  });
});
