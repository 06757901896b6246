import { type SessionDetail, SessionFilter, type SessionListItem } from '../../models/session-log';
import { turnRange } from './db';
import { sessionMatches } from './filter';
import { decodeSessionBody, decodeTurnBody, toSession, toTurn } from './records';
import { statsOf } from './stats';
import { storedCrypto, storedSession, storedTurn } from './stored';
import { type LogHandle, mapErrors } from './store-handle';

export interface StorageUsage {
  readonly sessions: number;
  readonly turns: number;
  /** What the browser says this origin uses and may use; null where it cannot say (Node). */
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

/**
 * What the review page reads: the list (filtered by the indexes where they help, then by
 * lib/log/filter.ts), one whole session, and how much room the log takes. Each read looks at the
 * encryption setup in the same transaction, so a handle follows a passphrase set in another tab.
 */
export function sessionQueries({ connection, adopt, state }: LogHandle) {
  return {
    /** Newest first. */
    listSessions(filter: SessionFilter = {}): Promise<SessionListItem[]> {
      return mapErrors(async () => {
        const wanted = SessionFilter.parse(filter);
        const tx = (await connection()).transaction(['sessions', 'meta']);
        adopt(storedCrypto(await tx.objectStore('meta').get('crypto')));
        const sessions = tx.objectStore('sessions');
        const from = wanted.from ?? -Infinity;
        const to = wanted.to ?? Infinity;
        const raw =
          wanted.site !== undefined
            ? (await sessions.index('by-site').getAll(wanted.site)).filter(
                (r) => r.startedAt >= from && r.startedAt <= to,
              )
            : await sessions.index('by-startedAt').getAll(IDBKeyRange.bound(from, to));
        await tx.done;
        const records = raw.map((r) => storedSession(r)!);
        const bodies = await Promise.all(records.map((r) => decodeSessionBody(state.key, r.body, r.id)));
        const items: SessionListItem[] = records
          .map((record, i) => ({ ...toSession(record, bodies[i]!), stats: statsOf(bodies[i]!.tally) }))
          .filter((item) => sessionMatches(item, wanted));
        return items.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1));
      });
    },

    getSession(sessionId: string): Promise<SessionDetail | undefined> {
      return mapErrors(async () => {
        const tx = (await connection()).transaction(['sessions', 'turns', 'meta']);
        adopt(storedCrypto(await tx.objectStore('meta').get('crypto')));
        const record = storedSession(await tx.objectStore('sessions').get(sessionId));
        const rawTurns = record ? await tx.objectStore('turns').getAll(turnRange(sessionId)) : [];
        await tx.done;
        if (!record) return undefined;
        const turns = rawTurns.map((t) => storedTurn(t)!);
        const [body, turnBodies] = await Promise.all([
          decodeSessionBody(state.key, record.body, sessionId),
          Promise.all(turns.map((t) => decodeTurnBody(state.key, t.body, sessionId, t.seq))),
        ]);
        return {
          session: toSession(record, body),
          stats: statsOf(body.tally),
          turns: turns.map((t, i) => toTurn(t, turnBodies[i]!)),
        };
      });
    },

    async estimateUsage(): Promise<StorageUsage> {
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
  };
}
