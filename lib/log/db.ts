import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, openDB } from 'idb';
import { LOG_SCHEMA_VERSION, type SessionBody, type TurnBody } from '../../models/session-log';
import type { Bytes } from './crypto';

/**
 * The session log's IndexedDB layout. Owned by extension pages or the background, never a content
 * script (whose IndexedDB belongs to the chat site's origin).
 *
 * In the clear on every record, so that listing, date filters and retention work without the
 * passphrase: record keys (a random session id, turn seq), the site's hostname and platform id
 * (filters), times (startedAt, lastActivityAt, turn `at`, all capture times by the extension's
 * clock since v3: date filters and retention) and two
 * counters (rev, nextSeq: safe concurrent writes). `nextSeq` reveals how many turns a session
 * has. Everything the counselor or client wrote, the conversation key, notes, assessments, hints,
 * counts and scores is in `body`, sealed when encryption is on.
 */

export const LOG_DB_NAME = 'attune-session-log';
/** One version for the stored layout: see LOG_SCHEMA_VERSION and MIGRATIONS below. */
export const LOG_DB_VERSION = LOG_SCHEMA_VERSION;

/** A record body: the value itself, or its AES-GCM ciphertext (lib/log/crypto.ts). */
export type StoredBody<T> =
  | { readonly sealed: false; readonly value: T }
  | { readonly sealed: true; readonly iv: Bytes; readonly data: Bytes };

export interface StoredSession {
  readonly id: string;
  readonly site: string;
  readonly platform: string;
  readonly startedAt: number;
  /** Time of the last turn, end or import (v2). Retention counts from it, so a long session in
   *  progress is never deleted under the counselor. */
  readonly lastActivityAt: number;
  /** Bumped by every write; a writer that finds it changed since it read starts over. */
  readonly rev: number;
  /** The seq the next turn gets. Allocated inside the write that adds the turn. */
  readonly nextSeq: number;
  readonly body: StoredBody<SessionBody>;
}

export interface StoredTurn {
  readonly sessionId: string;
  readonly seq: number;
  /** When Attune read the turn (v3: never the page's time, which is in the body as `pageAt`). */
  readonly at: number;
  readonly rev: number;
  readonly body: StoredBody<TurnBody>;
}

export interface StoredSettings {
  readonly kind: 'settings';
  readonly retentionDays: number;
}

/** The passphrase's salt and rounds, and a verifier sealed with its key. */
export interface StoredCrypto {
  readonly kind: 'crypto';
  /** Random per setup: a writer holding the key of an older setup sees the change and stops. */
  readonly id: string;
  readonly iterations: number;
  readonly salt: Bytes;
  readonly verifier: { readonly iv: Bytes; readonly data: Bytes };
  /** True until records stored before encryption was turned on have all been sealed. */
  readonly sealing: boolean;
}

export type MetaKey = 'settings' | 'crypto';

export interface LogDbSchema extends DBSchema {
  sessions: {
    key: string;
    value: StoredSession;
    indexes: { 'by-startedAt': number; 'by-site': string; 'by-lastActivityAt': number };
  };
  turns: {
    key: [string, number];
    value: StoredTurn;
    indexes: { 'by-sessionId': string };
  };
  meta: {
    key: MetaKey;
    value: StoredSettings | StoredCrypto;
  };
}

export type LogDb = IDBPDatabase<LogDbSchema>;
type UpgradeTx = IDBPTransaction<LogDbSchema, StoreNames<LogDbSchema>[], 'versionchange'>;

/** What a migration step may know besides the database: the upgrade's time. */
export interface MigrationContext {
  readonly now: number;
}

/** Every turn key of one session, in seq order. */
export function turnRange(sessionId: string): IDBKeyRange {
  return IDBKeyRange.bound([sessionId, 0], [sessionId, Infinity]);
}

/**
 * One step per version, run in order from the stored version to LOG_DB_VERSION. A step may await
 * IndexedDB requests on the upgrade transaction and nothing else (any other await lets the
 * transaction commit half done).
 */
export const MIGRATIONS: Record<
  number,
  (db: LogDb, tx: UpgradeTx, context: MigrationContext) => void | Promise<void>
> = {
  1(db) {
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('by-startedAt', 'startedAt');
    sessions.createIndex('by-site', 'site');
    const turns = db.createObjectStore('turns', { keyPath: ['sessionId', 'seq'] });
    turns.createIndex('by-sessionId', 'sessionId');
    db.createObjectStore('meta');
  },

  /**
   * v2: retention counts from a session's last activity, not its start (a session started 31 days
   * ago and still going on must stay). Backfills `lastActivityAt` from each session's latest turn
   * and indexes it so retention reads only what it deletes.
   */
  async 2(_db, tx) {
    const sessions = tx.objectStore('sessions');
    sessions.createIndex('by-lastActivityAt', 'lastActivityAt');
    const turns = tx.objectStore('turns');
    for (let cursor = await sessions.openCursor(); cursor; cursor = await cursor.continue()) {
      const session = cursor.value;
      const lastTurn = await turns.openCursor(turnRange(session.id), 'prev');
      const lastActivityAt = Math.max(session.startedAt, lastTurn?.value.at ?? -Infinity);
      await cursor.update({ ...session, lastActivityAt });
    }
  },

  /**
   * v3: times are capture times. Before, a turn's `at` was the chat page's `<time datetime>` when it
   * had one, unchecked. What the page said cannot be told apart from when the turn was read any
   * more, so the stored time stays as the best estimate of the capture time, except that nothing
   * can have been read after this upgrade: later times (a page dated 2999, which kept its session
   * forever) become the upgrade's time, and retention counts from there. Bodies are not touched
   * (they may be sealed): a v2 body simply has no `pageAt`.
   */
  async 3(_db, tx, { now }) {
    const turns = tx.objectStore('turns');
    for (let cursor = await turns.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.at > now) await cursor.update({ ...cursor.value, at: now });
    }
    const sessions = tx.objectStore('sessions');
    for (let cursor = await sessions.openCursor(); cursor; cursor = await cursor.continue()) {
      const session = cursor.value;
      if (session.startedAt > now || session.lastActivityAt > now)
        await cursor.update({
          ...session,
          startedAt: Math.min(session.startedAt, now),
          lastActivityAt: Math.min(session.lastActivityAt, now),
        });
    }
  },
};

export interface OpenLogDbOptions {
  /** For migration tests only: open an older layout. */
  readonly version?: number;
  /** Called when this connection was closed so a newer version (another tab, an update) can open. */
  readonly onClosed?: () => void;
  /** The clock migrations use (tests). */
  readonly now?: () => number;
}

export async function openLogDb(name = LOG_DB_NAME, options: OpenLogDbOptions = {}): Promise<LogDb> {
  const version = options.version ?? LOG_DB_VERSION;
  let migrationError: unknown;
  try {
    const db: LogDb = await openDB<LogDbSchema>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        const context = { now: (options.now ?? Date.now)() };
        runMigrations(db, tx, oldVersion, newVersion ?? version, context).catch((error: unknown) => {
          migrationError = error;
          // Abort so the open fails and the old layout stays as it was.
          try {
            tx.abort();
          } catch {
            // Already aborted.
          }
        });
      },
      blocking() {
        // A newer version (another tab, an update) is waiting for us: let it in. The store
        // reopens on its next call.
        db.close();
        options.onClosed?.();
      },
      terminated() {
        options.onClosed?.();
      },
    });
    return db;
  } catch (error) {
    throw migrationError ?? error;
  }
}

async function runMigrations(
  db: LogDb,
  tx: UpgradeTx,
  from: number,
  to: number,
  context: MigrationContext,
): Promise<void> {
  for (let version = from + 1; version <= to; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration to session log version ${version}`);
    // Synchronous steps run inside the upgrade callback itself; only real requests are awaited.
    const pending = step(db, tx, context);
    if (pending) await pending;
  }
}
