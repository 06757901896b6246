import type { IDBPTransaction } from 'idb';
import type { SessionBody, StoredCrypto, StoredSession } from '../../models/session-log';
import { type LogDb, type LogDbSchema, openLogDb } from './db';
import { LockedError, LogConflictError, SessionNotFoundError, toLogError } from './errors';
import { decodeSessionBody, encodeBody, sessionContext } from './records';
import { storedCrypto, storedSession } from './stored';

/**
 * What every part of the session log shares: one connection (reopened after an upgrade closed it),
 * the encryption setup and key this handle holds, and the one way to write.
 *
 * Writes are safe with several tabs logging at once. Each write reads what it changes, does the
 * slow part (encryption) outside any transaction, then commits in one transaction only if the
 * records' `rev` is still what it read; otherwise it starts over. A transaction never awaits
 * anything but IndexedDB itself, which is what keeps it from committing half done.
 */

/** Enough for dozens of tabs writing to one session at once; each round lets at least one through. */
const MAX_WRITE_ATTEMPTS = 50;

export type WriteTx = IDBPTransaction<LogDbSchema, ('sessions' | 'turns' | 'meta')[], 'readwrite'>;
/** What a commit returns when another writer got there first: the write starts over. */
export const RETRY = Symbol('retry');
export type Commit<T> = (tx: WriteTx) => Promise<T | typeof RETRY>;

export interface CryptoState {
  /** The encryption setup in the store, or null when the log is not encrypted. */
  meta: StoredCrypto | null;
  key: CryptoKey | null;
}

/** Ends a transaction we are giving up on without an unhandled rejection. */
function abandon(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(25, 2 * attempt)));

/** Runs storage work, reporting a full disk as LogStorageFullError. */
export async function mapErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toLogError(error);
  }
}

export type LogHandle = ReturnType<typeof createLogHandle>;

export function createLogHandle(dbName: string, now: () => number) {
  const state: CryptoState = { meta: null, key: null };

  let connecting: Promise<LogDb> | null = null;
  const connection = (): Promise<LogDb> => {
    connecting ??= openLogDb(dbName, { onClosed: () => (connecting = null), now }).catch((error: unknown) => {
      connecting = null;
      throw error;
    });
    return connecting;
  };

  /** Follows the store's encryption setup; a key from another setup is dropped, never reused. */
  function adopt(meta: StoredCrypto | undefined): void {
    const next = meta ?? null;
    if (next?.id !== state.meta?.id) state.key = null;
    state.meta = next;
  }

  async function loadCrypto(): Promise<StoredCrypto | undefined> {
    const crypto = storedCrypto(await (await connection()).get('meta', 'crypto'));
    adopt(crypto);
    return crypto;
  }

  /** The key new bodies are sealed with: null when the log is not encrypted. */
  function writeKey(): CryptoKey | null {
    if (state.meta === null) return null;
    if (state.key === null) throw new LockedError();
    return state.key;
  }

  /**
   * Runs `prepare` (reads and encryption, outside any transaction), then its commit in one
   * read-write transaction. Starts over when the commit says another writer got there first or the
   * encryption setup changed under us.
   */
  async function write<T>(what: string, prepare: (db: LogDb) => Promise<Commit<T>>): Promise<T> {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      if (attempt > 0) await pause(attempt);
      const db = await connection();
      const setupId = state.meta?.id;
      const commit = await prepare(db);
      const tx = db.transaction(['sessions', 'turns', 'meta'], 'readwrite');
      try {
        const current = storedCrypto(await tx.objectStore('meta').get('crypto'));
        let result: T | typeof RETRY = RETRY;
        if (current?.id === setupId) result = await commit(tx);
        else adopt(current);
        if (result === RETRY) {
          abandon(tx);
          continue;
        }
        await tx.done;
        return result;
      } catch (error) {
        abandon(tx);
        throw toLogError(error);
      }
    }
    throw new LogConflictError(what);
  }

  // One write at a time per session from this handle; other handles are caught by `rev`.
  const queues = new Map<string, Promise<unknown>>();
  function serialized<T>(sessionId: string, run: () => Promise<T>): Promise<T> {
    const result = (queues.get(sessionId) ?? Promise.resolve()).then(run, run);
    const tail = result.catch(() => undefined);
    queues.set(sessionId, tail);
    void tail.then(() => {
      if (queues.get(sessionId) === tail) queues.delete(sessionId);
    });
    return result;
  }

  async function readSession(db: LogDb, sessionId: string) {
    const record = storedSession(await db.get('sessions', sessionId));
    if (!record) throw new SessionNotFoundError(sessionId);
    return { record, body: await decodeSessionBody(state.key, record.body, sessionId) };
  }

  /** Rewrites one session's body, unless another writer changed the session after this one read it. */
  function updateSession(
    sessionId: string,
    what: string,
    change: (body: SessionBody, record: StoredSession) => { body: SessionBody; lastActivityAt?: number },
  ): Promise<void> {
    return serialized(sessionId, () =>
      write(what, async (db) => {
        const key = writeKey();
        const { record, body } = await readSession(db, sessionId);
        const next = change(body, record);
        const encoded = await encodeBody(key, next.body, sessionContext(sessionId));
        return async (tx) => {
          const current = storedSession(await tx.objectStore('sessions').get(sessionId));
          if (!current) throw new SessionNotFoundError(sessionId);
          if (current.rev !== record.rev) return RETRY;
          await tx.objectStore('sessions').put({
            ...current,
            rev: current.rev + 1,
            lastActivityAt: Math.max(current.lastActivityAt, next.lastActivityAt ?? -Infinity),
            body: encoded,
          });
        };
      }),
    );
  }

  function close(): void {
    const pending = connecting;
    connecting = null;
    void pending?.then((db) => db.close()).catch(() => undefined);
  }

  return {
    state,
    now,
    connection,
    adopt,
    loadCrypto,
    writeKey,
    write,
    serialized,
    readSession,
    updateSession,
    close,
  };
}
