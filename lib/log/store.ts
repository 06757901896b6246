import type {
  FullSessionExport,
  LogGap,
  LogSettings,
  LoggedSession,
  LoggedTurn,
  NewGap,
  NewSession,
  NewTurn,
  NotesUpdate,
  SessionDetail,
  SessionFilter,
  SessionListItem,
} from '../../models/session-log';
import { PBKDF2_ITERATIONS } from './crypto';
import { LOG_DB_NAME } from './db';
import { createLogHandle } from './store-handle';
import { sessionEncryption } from './store-encryption';
import { sessionQueries, type StorageUsage } from './store-queries';
import { sessionRetention } from './store-retention';
import { type ImportResult, sessionTransfer } from './store-transfer';
import { sessionWrites } from './store-writes';

/**
 * The session log: what the counselor chose to log, on this machine, optionally encrypted.
 * Runs wherever IndexedDB and WebCrypto do (extension pages, the background, a worker, Node with
 * fake-indexeddb); it imports no extension API.
 *
 * One handle, put together from one module per concern:
 * - store-handle: the connection, the key, and conflict-safe writes (read that one first)
 * - store-writes: sessions, turns, gaps and notes as the panel and the review page write them
 * - store-queries: the review page's list, one session, storage usage
 * - store-retention: deletion and the retention period
 * - store-encryption: encryption at rest, lock and unlock
 * - store-transfer: whole sessions out and in, for export files
 */

export { DEFAULT_RETENTION_DAYS, RETENTION_CHECK_PERIOD_MINUTES } from './store-retention';
export type { ImportResult, StorageUsage };
export type { NewGap, NewSession, NotesUpdate, SessionDetail, SessionFilter };

export interface OpenSessionLogOptions {
  readonly dbName?: string;
  /** Unlocks an encrypted log, or turns encryption on for one that is not yet encrypted. */
  readonly passphrase?: string;
  /** The clock, for tests. */
  readonly now?: () => number;
  /** PBKDF2 rounds when this handle turns encryption on. Lower only in tests. */
  readonly kdfIterations?: number;
}

export interface SessionLog {
  /** True when the log is encrypted (as of this handle's last look at the store). */
  readonly encrypted: boolean;
  /** True when the log is encrypted and this handle has no key. */
  readonly locked: boolean;
  startSession(session: NewSession): Promise<LoggedSession>;
  /**
   * Stores one turn. `at` is when it was read (the caller's clock, which is the extension's; it
   * defaults to the log's); `pageAt`, the page's own time, is kept only within its window around
   * `at` (lib/log/times.ts). Resolves once the write has committed, never before.
   */
  appendTurn(sessionId: string, turn: NewTurn): Promise<LoggedTurn>;
  /** Records that turns were read here but could not be stored (see LogGap). */
  recordGap(sessionId: string, gap: NewGap): Promise<LogGap>;
  endSession(sessionId: string, endedAt?: number): Promise<void>;
  setNotes(sessionId: string, notes: NotesUpdate): Promise<void>;
  /** Newest first. */
  listSessions(filter?: SessionFilter): Promise<SessionListItem[]>;
  getSession(sessionId: string): Promise<SessionDetail | undefined>;
  /** Works while locked. Returns whether there was such a session. */
  deleteSession(sessionId: string): Promise<boolean>;
  /** Deletes every session and turn (works while locked). `forgetPassphrase` also removes the
   *  encryption setup, the way out for a forgotten passphrase. */
  deleteAll(options?: { forgetPassphrase?: boolean }): Promise<void>;
  /** Deletes sessions whose last activity (by capture or import time, never the page's clock) is
   *  older than the retention period (works while locked). */
  enforceRetention(now?: number): Promise<{ deletedSessions: number }>;
  getSettings(): Promise<LogSettings>;
  setRetentionDays(days: number): Promise<void>;
  /** Turns encryption on and seals everything already stored. */
  enableEncryption(passphrase: string): Promise<void>;
  /** Forgets the key; reads and writes throw LockedError until unlock. */
  lock(): void;
  unlock(passphrase: string): Promise<void>;
  estimateUsage(): Promise<StorageUsage>;
  /** Whole sessions with their turns, oldest first (all of them when no ids are given). */
  exportSessions(sessionIds?: readonly string[]): Promise<FullSessionExport[]>;
  /** Adds sessions in one transaction: all of them or, on any failure, none. */
  importSessions(sessions: readonly FullSessionExport[]): Promise<ImportResult>;
  close(): void;
}

export async function openSessionLog(options: OpenSessionLogOptions = {}): Promise<SessionLog> {
  const handle = createLogHandle(options.dbName ?? LOG_DB_NAME, options.now ?? Date.now);
  const queries = sessionQueries(handle);
  const encryption = sessionEncryption(handle, options.kdfIterations ?? PBKDF2_ITERATIONS);
  const log: SessionLog = {
    get encrypted() {
      return handle.state.meta !== null;
    },
    get locked() {
      return handle.state.meta !== null && handle.state.key === null;
    },
    ...sessionWrites(handle),
    ...queries,
    ...sessionRetention(handle),
    ...encryption,
    ...sessionTransfer(handle, queries),
    close: handle.close,
  };

  try {
    const setup = await handle.loadCrypto();
    if (options.passphrase !== undefined) {
      if (setup) await encryption.unlock(options.passphrase);
      else await encryption.enableEncryption(options.passphrase);
    }
  } catch (error) {
    log.close();
    throw error;
  }
  return log;
}
