import type { IDBPTransaction } from 'idb';
import {
  type FullSessionExport,
  type HintActionKind,
  JudgeVerdict,
  LogGap,
  type LogGapReason,
  LogSettings,
  LoggedSession,
  type LoggedTurn,
  MAX_GAPS,
  MAX_NOTE_CHARS,
  NewTurn,
  type SessionBody,
  type SessionListItem,
  type SessionStats,
  type TurnBody,
} from '../../models/session-log';
import { PBKDF2_ITERATIONS, deriveKey, keyOpensVerifier, makeVerifier, newKdfParams } from './crypto';
import {
  LOG_DB_NAME,
  type LogDb,
  type LogDbSchema,
  type StoredCrypto,
  type StoredSession,
  type StoredTurn,
  openLogDb,
  turnRange,
} from './db';
import {
  LockedError,
  LogConflictError,
  SessionLogError,
  SessionNotFoundError,
  WrongPassphraseError,
  toLogError,
} from './errors';
import { sessionMatches } from './filter';
import { decodeSessionBody, decodeTurnBody, encodeBody, sessionContext, turnContext } from './records';
import { announceSpaceFreed } from './space';
import { countTurn, emptyTally, recountHintAction, statsOf, summaryOf } from './stats';
import { DAY_MS, pageTimeWithin } from './times';

/**
 * The session log: what the counselor chose to log, on this machine, optionally encrypted.
 * Runs wherever IndexedDB and WebCrypto do (extension pages, the background, a worker, Node with
 * fake-indexeddb); it imports no extension API.
 *
 * Writes are safe with several tabs logging at once. Each write reads what it changes, does the
 * slow part (encryption) outside any transaction, then commits in one transaction only if the
 * records' `rev` is still what it read; otherwise it starts over. A transaction never awaits
 * anything but IndexedDB itself, which is what keeps it from committing half done.
 */

export const DEFAULT_RETENTION_DAYS = 30;
/** How often the background should call enforceRetention (besides at start). */
export const RETENTION_CHECK_PERIOD_MINUTES = 24 * 60;

/** Enough for dozens of tabs writing to one session at once; each round lets at least one through. */
const MAX_WRITE_ATTEMPTS = 50;

export interface OpenSessionLogOptions {
  readonly dbName?: string;
  /** Unlocks an encrypted log, or turns encryption on for one that is not yet encrypted. */
  readonly passphrase?: string;
  /** The clock, for tests. */
  readonly now?: () => number;
  /** PBKDF2 rounds when this handle turns encryption on. Lower only in tests. */
  readonly kdfIterations?: number;
}

export interface NewSession {
  readonly site: string;
  readonly platform: string;
  readonly conversationKey: string;
  readonly startedAt?: number;
}

export interface SessionFilter {
  /** Case-insensitive text in the site, platform, conversation key or notes. Turn text is not
   *  searched: that would mean decrypting every turn of every session. */
  readonly search?: string;
  readonly site?: string;
  /** Sessions that started at or after this time. */
  readonly from?: number;
  /** Sessions that started at or before this time. */
  readonly to?: number;
  /** Only sessions with (true) or without (false) a resistance moment. */
  readonly hasResistance?: boolean;
  /** Only sessions whose summary score (0..1) is at least this. */
  readonly minScore?: number;
}

/** Turns read but not stored: the log places the gap before the next turn it stores. */
export interface NewGap {
  readonly turns: number;
  readonly from: number;
  readonly to: number;
  readonly reason: LogGapReason;
}

export interface NotesUpdate {
  /** A string sets the note; null or '' removes it; undefined leaves it as it is. */
  readonly counselorNote?: string | null;
  readonly supervisorNote?: string | null;
}

export interface SessionDetail {
  readonly session: LoggedSession;
  readonly stats: SessionStats;
  readonly turns: LoggedTurn[];
}

export interface StorageUsage {
  readonly sessions: number;
  readonly turns: number;
  /** What the browser says this origin uses and may use; null where it cannot say (Node). */
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

export interface ImportResult {
  readonly imported: string[];
  /** Sessions already in the log, left exactly as they were. */
  readonly skipped: string[];
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
  recordHintAction(
    sessionId: string,
    seq: number,
    rule: string,
    action: HintActionKind,
    at?: number,
  ): Promise<void>;
  setJudgeVerdict(sessionId: string, seq: number, verdict: JudgeVerdict | null): Promise<void>;
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

type WriteTx = IDBPTransaction<LogDbSchema, ('sessions' | 'turns' | 'meta')[], 'readwrite'>;
const RETRY = Symbol('retry');
type Commit<T> = (tx: WriteTx) => Promise<T | typeof RETRY>;

interface CryptoState {
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

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toSession(record: StoredSession, body: SessionBody): LoggedSession {
  return withoutUndefined({
    id: record.id,
    site: record.site,
    platform: record.platform,
    conversationKey: body.conversationKey,
    startedAt: record.startedAt,
    endedAt: body.endedAt,
    counselorNote: body.counselorNote,
    supervisorNote: body.supervisorNote,
    summary: body.summary,
    gaps: body.gaps,
  });
}

function toTurn(record: StoredTurn, body: TurnBody): LoggedTurn {
  return { sessionId: record.sessionId, seq: record.seq, at: record.at, ...body };
}

function bodyOf(session: LoggedSession, tally: SessionBody['tally']): SessionBody {
  return withoutUndefined({
    conversationKey: session.conversationKey,
    endedAt: session.endedAt,
    counselorNote: session.counselorNote,
    supervisorNote: session.supervisorNote,
    summary: summaryOf(tally),
    gaps: session.gaps,
    tally,
  });
}

/** Adds a gap at `beforeSeq`, merged into the last one when it sits at the same place. */
function withGap(gaps: readonly LogGap[] | undefined, gap: LogGap): LogGap[] {
  const list = [...(gaps ?? [])];
  const last = list.at(-1);
  if (last && ((last.beforeSeq === gap.beforeSeq && last.reason === gap.reason) || list.length >= MAX_GAPS)) {
    list[list.length - 1] = {
      ...last,
      turns: Math.min(1_000_000, last.turns + gap.turns),
      from: Math.min(last.from, gap.from),
      to: Math.max(last.to, gap.to),
    };
  } else list.push(gap);
  return list;
}

/** A turn's page time, dropped when it lies outside its window around the capture time. */
function withBoundedPageTime<T extends { pageAt?: number }>(body: T, capturedAt: number): T {
  const { pageAt, ...rest } = body;
  const kept = pageTimeWithin(pageAt, capturedAt);
  return (kept === undefined ? rest : { ...rest, pageAt: kept }) as T;
}

export async function openSessionLog(options: OpenSessionLogOptions = {}): Promise<SessionLog> {
  const dbName = options.dbName ?? LOG_DB_NAME;
  const now = options.now ?? Date.now;
  const kdfIterations = options.kdfIterations ?? PBKDF2_ITERATIONS;
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
    const meta = await (await connection()).get('meta', 'crypto');
    const crypto = meta?.kind === 'crypto' ? meta : undefined;
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
        const meta = await tx.objectStore('meta').get('crypto');
        const current = meta?.kind === 'crypto' ? meta : undefined;
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
    const record = await db.get('sessions', sessionId);
    if (!record) throw new SessionNotFoundError(sessionId);
    return { record, body: await decodeSessionBody(state.key, record.body, sessionId) };
  }

  async function readTurn(db: LogDb, sessionId: string, seq: number) {
    const record = await db.get('turns', [sessionId, seq]);
    if (!record) throw new SessionLogError(`Turn ${seq} is not in that session.`);
    return { record, body: await decodeTurnBody(state.key, record.body, sessionId, seq) };
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
          const current = await tx.objectStore('sessions').get(sessionId);
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

  async function sealStoredRecords(): Promise<void> {
    const db = await connection();
    for (const sessionId of await db.getAllKeys('sessions')) {
      await serialized(sessionId, () =>
        write('session', async (db) => {
          const key = writeKey();
          const record = await db.get('sessions', sessionId);
          const turns = await db.getAll('turns', turnRange(sessionId));
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
            const current = await tx.objectStore('sessions').get(sessionId);
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
    const setup = state.meta;
    if (setup?.sealing) {
      await write('encryption setup', async () => async (tx) => {
        await tx.objectStore('meta').put({ ...setup, sealing: false }, 'crypto');
      });
      state.meta = { ...setup, sealing: false };
    }
  }

  /** Runs storage work, reporting a full disk as LogStorageFullError. */
  async function mapErrors<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toLogError(error);
    }
  }

  const log: SessionLog = {
    get encrypted() {
      return state.meta !== null;
    },
    get locked() {
      return state.meta !== null && state.key === null;
    },

    async startSession(input) {
      // Validated here so that nothing the log stores can fail validation when read back.
      const session = LoggedSession.parse({
        id: globalThis.crypto.randomUUID(),
        site: input.site,
        platform: input.platform,
        conversationKey: input.conversationKey,
        startedAt: input.startedAt ?? now(),
      });
      const body = bodyOf(session, emptyTally());
      return write('session', async () => {
        const encoded = await encodeBody(writeKey(), body, sessionContext(session.id));
        return async (tx) => {
          await tx.objectStore('sessions').add({
            id: session.id,
            site: session.site,
            platform: session.platform,
            startedAt: session.startedAt,
            lastActivityAt: session.startedAt,
            rev: 0,
            nextSeq: 0,
            body: encoded,
          });
          return session;
        };
      });
    },

    async appendTurn(sessionId, input) {
      const { at: givenAt, ...body } = NewTurn.parse(input);
      const at = givenAt ?? now();
      const turnBody = withBoundedPageTime(body as TurnBody, at);
      return serialized(sessionId, () =>
        write('turn', async (db) => {
          const key = writeKey();
          const { record, body: sessionBody } = await readSession(db, sessionId);
          // The seq is only claimed by the commit below, which fails if anyone else took it first.
          const seq = record.nextSeq;
          const tally = countTurn(sessionBody.tally, turnBody);
          const [sealedSession, sealedTurn] = await Promise.all([
            encodeBody(key, { ...sessionBody, tally, summary: summaryOf(tally) }, sessionContext(sessionId)),
            encodeBody(key, turnBody, turnContext(sessionId, seq)),
          ]);
          return async (tx) => {
            const current = await tx.objectStore('sessions').get(sessionId);
            if (!current) throw new SessionNotFoundError(sessionId);
            if (current.rev !== record.rev) return RETRY;
            // add, not put: even a logic slip here cannot overwrite a stored turn.
            await tx.objectStore('turns').add({ sessionId, seq, at, rev: 0, body: sealedTurn });
            await tx.objectStore('sessions').put({
              ...current,
              rev: current.rev + 1,
              nextSeq: seq + 1,
              lastActivityAt: Math.max(current.lastActivityAt, at),
              body: sealedSession,
            });
            return toTurn({ sessionId, seq, at, rev: 0, body: sealedTurn }, turnBody);
          };
        }),
      );
    },

    async recordGap(sessionId, input) {
      const parsed = LogGap.omit({ beforeSeq: true }).parse(input);
      let recorded: LogGap | undefined;
      await updateSession(sessionId, 'record of turns not stored', (body, record) => {
        recorded = { beforeSeq: record.nextSeq, ...parsed };
        return { body: { ...body, gaps: withGap(body.gaps, recorded) }, lastActivityAt: parsed.to };
      });
      return recorded!;
    },

    recordHintAction(sessionId, seq, rule, action, at = now()) {
      return serialized(sessionId, () =>
        write('hint action', async (db) => {
          const key = writeKey();
          const session = await readSession(db, sessionId);
          const turn = await readTurn(db, sessionId, seq);
          const hints = turn.body.role === 'counselor' ? turn.body.hints : [];
          const index = hints.findIndex((h) => h.rule === rule);
          const hint = hints[index];
          if (turn.body.role !== 'counselor' || !hint)
            throw new SessionLogError(`No hint from rule ${rule} was shown at turn ${seq}.`);
          const turnBody: TurnBody = {
            ...turn.body,
            hints: hints.map((h, i) =>
              i === index ? { ...h, action, actedAt: action === 'ignored' ? null : at } : h,
            ),
          };
          const sessionBody = {
            ...session.body,
            tally: recountHintAction(session.body.tally, hint.action, action),
          };
          const [sealedSession, sealedTurn] = await Promise.all([
            encodeBody(key, sessionBody, sessionContext(sessionId)),
            encodeBody(key, turnBody, turnContext(sessionId, seq)),
          ]);
          return async (tx) => {
            const currentSession = await tx.objectStore('sessions').get(sessionId);
            const currentTurn = await tx.objectStore('turns').get([sessionId, seq]);
            if (!currentSession || !currentTurn) throw new SessionNotFoundError(sessionId);
            if (currentSession.rev !== session.record.rev || currentTurn.rev !== turn.record.rev)
              return RETRY;
            await tx.objectStore('turns').put({ ...currentTurn, rev: currentTurn.rev + 1, body: sealedTurn });
            await tx
              .objectStore('sessions')
              .put({ ...currentSession, rev: currentSession.rev + 1, body: sealedSession });
          };
        }),
      );
    },

    async setJudgeVerdict(sessionId, seq, verdict) {
      const parsed = JudgeVerdict.nullable().parse(verdict);
      return serialized(sessionId, () =>
        write('judge verdict', async (db) => {
          const key = writeKey();
          const turn = await readTurn(db, sessionId, seq);
          if (turn.body.role !== 'counselor') throw new SessionLogError('Only replies are judged.');
          const sealed = await encodeBody(key, { ...turn.body, judge: parsed }, turnContext(sessionId, seq));
          return async (tx) => {
            const current = await tx.objectStore('turns').get([sessionId, seq]);
            if (!current) throw new SessionNotFoundError(sessionId);
            if (current.rev !== turn.record.rev) return RETRY;
            await tx.objectStore('turns').put({ ...current, rev: current.rev + 1, body: sealed });
          };
        }),
      );
    },

    endSession(sessionId, endedAt = now()) {
      return updateSession(sessionId, 'session end', (body) => ({
        body: { ...body, endedAt },
        lastActivityAt: endedAt,
      }));
    },

    setNotes(sessionId, notes) {
      const apply = (current: string | undefined, next: string | null | undefined) => {
        if (next === undefined) return current;
        if (next !== null && next.length > MAX_NOTE_CHARS)
          throw new SessionLogError(`A note can be at most ${MAX_NOTE_CHARS} characters.`);
        return next === null || next === '' ? undefined : next;
      };
      return updateSession(sessionId, 'notes', (body) => ({
        body: withoutUndefined({
          ...body,
          counselorNote: apply(body.counselorNote, notes.counselorNote),
          supervisorNote: apply(body.supervisorNote, notes.supervisorNote),
        }),
      }));
    },

    listSessions(filter = {}) {
      return mapErrors(async () => {
        const db = await connection();
        const tx = db.transaction(['sessions', 'meta']);
        const meta = await tx.objectStore('meta').get('crypto');
        adopt(meta?.kind === 'crypto' ? meta : undefined);
        const sessions = tx.objectStore('sessions');
        const from = filter.from ?? -Infinity;
        const to = filter.to ?? Infinity;
        const records =
          filter.site !== undefined
            ? (await sessions.index('by-site').getAll(filter.site)).filter(
                (r) => r.startedAt >= from && r.startedAt <= to,
              )
            : await sessions.index('by-startedAt').getAll(IDBKeyRange.bound(from, to));
        await tx.done;
        const bodies = await Promise.all(records.map((r) => decodeSessionBody(state.key, r.body, r.id)));
        const items: SessionListItem[] = records
          .map((record, i) => ({ ...toSession(record, bodies[i]!), stats: statsOf(bodies[i]!.tally) }))
          .filter((item) => sessionMatches(item, filter));
        return items.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1));
      });
    },

    getSession(sessionId) {
      return mapErrors(async () => {
        const db = await connection();
        const tx = db.transaction(['sessions', 'turns', 'meta']);
        const meta = await tx.objectStore('meta').get('crypto');
        adopt(meta?.kind === 'crypto' ? meta : undefined);
        const record = await tx.objectStore('sessions').get(sessionId);
        const turns = record ? await tx.objectStore('turns').getAll(turnRange(sessionId)) : [];
        await tx.done;
        if (!record) return undefined;
        const [body, ...turnBodies] = await Promise.all([
          decodeSessionBody(state.key, record.body, sessionId),
          ...turns.map((t) => decodeTurnBody(state.key, t.body, sessionId, t.seq)),
        ]);
        const sessionBody = body as SessionBody;
        return {
          session: toSession(record, sessionBody),
          stats: statsOf(sessionBody.tally),
          turns: turns.map((t, i) => toTurn(t, turnBodies[i] as TurnBody)),
        };
      });
    },

    deleteSession(sessionId) {
      return mapErrors(async () => {
        const tx = (await connection()).transaction(['sessions', 'turns'], 'readwrite');
        const existed = (await tx.objectStore('sessions').count(sessionId)) > 0;
        await Promise.all([
          tx.objectStore('sessions').delete(sessionId),
          tx.objectStore('turns').delete(turnRange(sessionId)),
          tx.done,
        ]);
        if (existed) announceSpaceFreed();
        return existed;
      });
    },

    deleteAll(options = {}) {
      return mapErrors(async () => {
        const tx = (await connection()).transaction(['sessions', 'turns', 'meta'], 'readwrite');
        await Promise.all([
          tx.objectStore('sessions').clear(),
          tx.objectStore('turns').clear(),
          options.forgetPassphrase ? tx.objectStore('meta').delete('crypto') : undefined,
          tx.done,
        ]);
        if (options.forgetPassphrase) adopt(undefined);
        announceSpaceFreed();
      });
    },

    enforceRetention(at = now()) {
      return mapErrors(async () => {
        const { retentionDays } = await log.getSettings();
        const cutoff = at - retentionDays * DAY_MS;
        const tx = (await connection()).transaction(['sessions', 'turns'], 'readwrite');
        const sessions = tx.objectStore('sessions');
        const expired = await sessions
          .index('by-lastActivityAt')
          .getAllKeys(IDBKeyRange.upperBound(cutoff, true));
        await Promise.all([
          ...expired.flatMap((id) => [sessions.delete(id), tx.objectStore('turns').delete(turnRange(id))]),
          tx.done,
        ]);
        if (expired.length > 0) announceSpaceFreed();
        return { deletedSessions: expired.length };
      });
    },

    async getSettings() {
      const stored = await mapErrors(async () => (await connection()).get('meta', 'settings'));
      return { retentionDays: stored?.kind === 'settings' ? stored.retentionDays : DEFAULT_RETENTION_DAYS };
    },

    async setRetentionDays(days) {
      const settings = LogSettings.parse({ retentionDays: days });
      await mapErrors(async () => {
        await (await connection()).put('meta', { kind: 'settings', ...settings }, 'settings');
      });
    },

    async enableEncryption(passphrase) {
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
    },

    lock() {
      state.key = null;
    },

    async unlock(passphrase) {
      const meta = await loadCrypto();
      if (!meta) throw new SessionLogError('The session log is not encrypted.');
      if (passphrase.length === 0) throw new WrongPassphraseError();
      const key = await deriveKey(passphrase, { iterations: meta.iterations, salt: meta.salt });
      if (!(await keyOpensVerifier(key, meta.verifier))) throw new WrongPassphraseError();
      state.key = key;
      // Encryption was turned on but sealing the older records did not finish (tab closed): go on.
      if (meta.sealing) await sealStoredRecords();
    },

    async estimateUsage() {
      const db = await connection();
      const [sessions, turns] = await Promise.all([db.count('sessions'), db.count('turns')]);
      const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
      return {
        sessions,
        turns,
        usageBytes: estimate?.usage ?? null,
        quotaBytes: estimate?.quota ?? null,
      };
    },

    async exportSessions(sessionIds) {
      const ids =
        sessionIds ?? (await log.listSessions()).sort((a, b) => a.startedAt - b.startedAt).map((s) => s.id);
      const out: FullSessionExport[] = [];
      for (const id of ids) {
        const detail = await log.getSession(id);
        if (!detail) throw new SessionNotFoundError(id);
        out.push({ session: detail.session, turns: detail.turns });
      }
      return out;
    },

    async importSessions(sessions) {
      // Everything is prepared before the one transaction that writes it, so a failure anywhere
      // (quota included) leaves the log exactly as it was.
      // Retention counts from the import, whatever the file's dates say: a supervisor's copy is not
      // deleted the day it arrives (a file dated 1971), nor kept forever (one dated 2999).
      const at = now();
      return write('import', async () => {
        const key = writeKey();
        const prepared = await Promise.all(
          sessions.map(async ({ session, turns }) => {
            // Counts and summary are rebuilt from the turns, so a file cannot carry a summary
            // that disagrees with its own turns.
            const tally = turns.reduce((t, turn) => countTurn(t, turnBodyOf(turn)), emptyTally());
            const record: StoredSession = {
              id: session.id,
              site: session.site,
              platform: session.platform,
              startedAt: session.startedAt,
              lastActivityAt: at,
              rev: 0,
              nextSeq: turns.reduce((n, t) => Math.max(n, t.seq + 1), 0),
              body: await encodeBody(key, bodyOf(session, tally), sessionContext(session.id)),
            };
            const turnRecords: StoredTurn[] = await Promise.all(
              turns.map(async (t) => ({
                sessionId: session.id,
                seq: t.seq,
                at: t.at,
                rev: 0,
                body: await encodeBody(key, turnBodyOf(t), turnContext(session.id, t.seq)),
              })),
            );
            return { record, turnRecords };
          }),
        );
        return async (tx) => {
          const imported: string[] = [];
          const skipped: string[] = [];
          for (const { record, turnRecords } of prepared) {
            if ((await tx.objectStore('sessions').count(record.id)) > 0) {
              skipped.push(record.id);
              continue;
            }
            await tx.objectStore('sessions').add(record);
            for (const turn of turnRecords) await tx.objectStore('turns').add(turn);
            imported.push(record.id);
          }
          return { imported, skipped };
        };
      });
    },

    close() {
      const pending = connecting;
      connecting = null;
      void pending?.then((db) => db.close()).catch(() => undefined);
    },
  };

  try {
    const setup = await loadCrypto();
    if (options.passphrase !== undefined) {
      if (setup) await log.unlock(options.passphrase);
      else await log.enableEncryption(options.passphrase);
    }
  } catch (error) {
    log.close();
    throw error;
  }
  return log;
}

/** What a turn stores in its body; a page time outside its window around the capture is dropped. */
function turnBodyOf(turn: LoggedTurn): TurnBody {
  const { sessionId: _s, seq: _q, at, ...body } = turn;
  return withBoundedPageTime(body, at);
}
