import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, openDB } from 'idb';
import {
  LOG_SCHEMA_VERSION,
  type StoredCrypto,
  type StoredSession,
  type StoredSettings,
  type StoredTurn,
} from '../../models/session-log';

/**
 * The session log's IndexedDB layout. Owned by extension pages or the background, never a content
 * script (whose IndexedDB belongs to the chat site's origin). The records' shapes, and what each
 * keeps in the clear, are in models/session-log/stored.ts.
 */

export const LOG_DB_NAME = 'attune-session-log';
/** One version for the stored layout: see LOG_SCHEMA_VERSION and MIGRATIONS below. */
export const LOG_DB_VERSION = LOG_SCHEMA_VERSION;

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
