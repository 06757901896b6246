import type { StoredCrypto } from '../../models/session-log';
import { deriveKey, keyOpensVerifier, makeVerifier, newKdfParams } from './crypto';
import { turnRange } from './db';
import { SessionLogError, WrongPassphraseError } from './errors';
import { decodeSessionBody, decodeTurnBody, encodeBody, sessionContext, turnContext } from './records';
import { storedSession, storedTurn } from './stored';
import { type LogHandle, RETRY } from './store-handle';

/**
 * Encryption at rest: turning it on (and sealing what was stored before), locking and unlocking.
 * Sealing goes session by session, each in its own conflict-checked write, so tabs logging
 * meanwhile lose nothing; a setup marked `sealing` is finished by the next unlock.
 */
export function sessionEncryption(handle: LogHandle, kdfIterations: number) {
  const { state, connection, loadCrypto, write, serialized, writeKey } = handle;

  /** Seals one session's clear body and turns (a no-op when all of it is sealed already). */
  function sealSession(sessionId: string): Promise<void> {
    return serialized(sessionId, () =>
      write('session', async (db) => {
        const key = writeKey();
        const record = storedSession(await db.get('sessions', sessionId));
        const turns = (await db.getAll('turns', turnRange(sessionId))).map((t) => storedTurn(t)!);
        const clearTurns = turns.filter((t) => !t.body.sealed);
        if (!record || (record.body.sealed && clearTurns.length === 0)) return async () => undefined;
        const sessionBody = record.body.sealed
          ? null
          : await encodeBody(
              key,
              await decodeSessionBody(null, record.body, sessionId),
              sessionContext(sessionId),
            );
        const sealedTurns = await Promise.all(
          clearTurns.map(async (t) => ({
            ...t,
            rev: t.rev + 1,
            body: await encodeBody(
              key,
              await decodeTurnBody(null, t.body, sessionId, t.seq),
              turnContext(sessionId, t.seq),
            ),
          })),
        );
        return async (tx) => {
          const current = storedSession(await tx.objectStore('sessions').get(sessionId));
          if (!current) return undefined;
          if (current.rev !== record.rev) return RETRY;
          for (const turn of sealedTurns) {
            const stored = await tx.objectStore('turns').get([sessionId, turn.seq]);
            if (stored?.rev !== turn.rev - 1) return RETRY;
            await tx.objectStore('turns').put(turn);
          }
          if (sessionBody)
            await tx.objectStore('sessions').put({ ...current, rev: current.rev + 1, body: sessionBody });
          return undefined;
        };
      }),
    );
  }

  async function sealStoredRecords(): Promise<void> {
    const db = await connection();
    for (const sessionId of await db.getAllKeys('sessions')) await sealSession(sessionId);
    const setup = state.meta;
    if (setup?.sealing) {
      await write('encryption setup', async () => async (tx) => {
        await tx.objectStore('meta').put({ ...setup, sealing: false }, 'crypto');
      });
      state.meta = { ...setup, sealing: false };
    }
  }

  async function unlock(passphrase: string): Promise<void> {
    const meta = await loadCrypto();
    if (!meta) throw new SessionLogError('The session log is not encrypted.');
    if (passphrase.length === 0) throw new WrongPassphraseError();
    const key = await deriveKey(passphrase, { iterations: meta.iterations, salt: meta.salt });
    if (!(await keyOpensVerifier(key, meta.verifier))) throw new WrongPassphraseError();
    state.key = key;
    // Encryption was turned on but sealing the older records did not finish (tab closed): go on.
    if (meta.sealing) await sealStoredRecords();
  }

  /** Turns encryption on and seals everything already stored. */
  async function enableEncryption(passphrase: string): Promise<void> {
    if ((await loadCrypto()) !== undefined)
      throw new SessionLogError('The session log is already encrypted.');
    if (passphrase.length === 0) throw new SessionLogError('Choose a passphrase: it cannot be empty.');
    const params = newKdfParams(kdfIterations);
    const key = await deriveKey(passphrase, params);
    const setup: StoredCrypto = {
      kind: 'crypto',
      id: globalThis.crypto.randomUUID(),
      iterations: params.iterations,
      salt: params.salt,
      verifier: await makeVerifier(key),
      sealing: true,
    };
    await write('encryption setup', async () => async (tx) => {
      // add fails if another tab set up encryption meanwhile (its passphrase wins; ours is refused).
      await tx.objectStore('meta').add(setup, 'crypto');
    });
    state.meta = setup;
    state.key = key;
    await sealStoredRecords();
  }

  return {
    enableEncryption,
    unlock,
    /** Forgets the key; reads and writes throw LockedError until unlock. */
    lock(): void {
      state.key = null;
    },
  };
}
