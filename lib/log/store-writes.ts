import {
  type LogGap,
  type LoggedSession,
  type LoggedTurn,
  LoggedSession as LoggedSessionSchema,
  NewGap,
  type NewSession,
  NewTurn,
  NotesUpdate,
  type TurnBody,
} from '../../models/session-log';
import { SessionLogError, SessionNotFoundError } from './errors';
import {
  bodyOf,
  encodeBody,
  sessionContext,
  toTurn,
  turnContext,
  withBoundedPageTime,
  withGap,
  withoutUndefined,
} from './records';
import { countTurn, emptyTally, summaryOf } from './stats';
import { storedSession } from './stored';
import { type LogHandle, RETRY } from './store-handle';

/**
 * The side panel's writes: starting a session, adding turns and gaps as they are read, ending it,
 * and the review page's notes. Every input is parsed (models/session-log/inputs.ts) before it is
 * stored, so nothing the log stores can fail validation when read back.
 */
export function sessionWrites(handle: LogHandle) {
  const { now, write, serialized, writeKey, readSession, updateSession } = handle;

  return {
    async startSession(input: NewSession): Promise<LoggedSession> {
      const session = LoggedSessionSchema.parse({
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

    /**
     * Stores one turn. `at` is when it was read (the caller's clock, which is the extension's; it
     * defaults to the log's); `pageAt`, the page's own time, is kept only within its window around
     * `at` (lib/log/times.ts). Resolves once the write has committed, never before.
     */
    async appendTurn(sessionId: string, input: NewTurn): Promise<LoggedTurn> {
      const { at: givenAt, ...body } = NewTurn.parse(input);
      const at = givenAt ?? now();
      const turnBody = withBoundedPageTime<TurnBody>(body, at);
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
            const current = storedSession(await tx.objectStore('sessions').get(sessionId));
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

    /** Records that turns were read here but could not be stored (see LogGap). */
    async recordGap(sessionId: string, input: NewGap): Promise<LogGap> {
      const parsed = NewGap.parse(input);
      let recorded: LogGap | undefined;
      await updateSession(sessionId, 'record of turns not stored', (body, record) => {
        recorded = { beforeSeq: record.nextSeq, ...parsed };
        return { body: { ...body, gaps: withGap(body.gaps, recorded) }, lastActivityAt: parsed.to };
      });
      return recorded!;
    },

    endSession(sessionId: string, endedAt = now()): Promise<void> {
      return updateSession(sessionId, 'session end', (body) => ({
        body: { ...body, endedAt },
        lastActivityAt: endedAt,
      }));
    },

    setNotes(sessionId: string, notes: NotesUpdate): Promise<void> {
      const parsed = NotesUpdate.safeParse(notes);
      if (!parsed.success) return Promise.reject(new SessionLogError(parsed.error.issues[0]!.message));
      const { counselorNote, supervisorNote } = parsed.data;
      const apply = (current: string | undefined, next: string | null | undefined) =>
        next === undefined ? current : next === null || next === '' ? undefined : next;
      return updateSession(sessionId, 'notes', (body) => ({
        body: withoutUndefined({
          ...body,
          counselorNote: apply(body.counselorNote, counselorNote),
          supervisorNote: apply(body.supervisorNote, supervisorNote),
        }),
      }));
    },
  };
}
