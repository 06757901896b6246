import type {
  FullSessionExport,
  SessionDetail,
  SessionListItem,
  StoredSession,
  StoredTurn,
} from '../../models/session-log';
import { SessionNotFoundError } from './errors';
import { bodyOf, encodeBody, sessionContext, turnBodyOf, turnContext } from './records';
import { countTurn, emptyTally } from './stats';
import type { LogHandle } from './store-handle';

export interface ImportResult {
  readonly imported: string[];
  /** Sessions already in the log, left exactly as they were. */
  readonly skipped: string[];
}

/** The reads export builds on, from the rest of the store. */
interface Readers {
  listSessions(): Promise<SessionListItem[]>;
  getSession(sessionId: string): Promise<SessionDetail | undefined>;
}

/**
 * Whole sessions out of and into the log, for lib/log/export.ts (which writes and reads the
 * files). Import is all or nothing, and its sessions are rebuilt from their turns.
 */
export function sessionTransfer({ now, write, writeKey }: LogHandle, read: Readers) {
  /** One imported session as records, sealed when the log is encrypted. */
  async function recordsOf({ session, turns }: FullSessionExport, key: CryptoKey | null, at: number) {
    // Counts and summary are rebuilt from the turns, so a file cannot carry a summary that
    // disagrees with its own turns.
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
  }

  return {
    /** Whole sessions with their turns, oldest first (all of them when no ids are given). */
    async exportSessions(sessionIds?: readonly string[]): Promise<FullSessionExport[]> {
      const ids =
        sessionIds ?? (await read.listSessions()).sort((a, b) => a.startedAt - b.startedAt).map((s) => s.id);
      const out: FullSessionExport[] = [];
      for (const id of ids) {
        const detail = await read.getSession(id);
        if (!detail) throw new SessionNotFoundError(id);
        out.push({ session: detail.session, turns: detail.turns });
      }
      return out;
    },

    /** Adds sessions in one transaction: all of them or, on any failure, none. */
    importSessions(sessions: readonly FullSessionExport[]): Promise<ImportResult> {
      // Everything is prepared before the one transaction that writes it, so a failure anywhere
      // (quota included) leaves the log exactly as it was.
      // Retention counts from the import, whatever the file's dates say: a supervisor's copy is not
      // deleted the day it arrives (a file dated 1971), nor kept forever (one dated 2999).
      const at = now();
      return write('import', async () => {
        const key = writeKey();
        const prepared = await Promise.all(sessions.map((s) => recordsOf(s, key, at)));
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
  };
}
