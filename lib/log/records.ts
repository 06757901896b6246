import type { z } from 'zod';
import {
  type LogGap,
  type LoggedSession,
  type LoggedTurn,
  MAX_GAPS,
  SessionBody,
  type SessionTally,
  type StoredBody,
  type StoredSession,
  type StoredTurn,
  TurnBody,
} from '../../models/session-log';
import { AuthenticationFailed, sealJson, unsealJson } from './crypto';
import { LockedError, LogIntegrityError } from './errors';
import { summaryOf } from './stats';
import { pageTimeWithin } from './times';

/**
 * Record bodies in and out of storage: sealed with the key when the handle has one, in the clear
 * otherwise, and validated on the way out either way (a clear body can be damaged on disk too).
 * The record's key is the ciphertext's authenticated context, so a sealed body copied onto another
 * record does not open. Also the plain mapping between what callers see (sessions, turns) and
 * what a record keeps in the clear and in its body.
 */

export const sessionContext = (id: string) => JSON.stringify(['session', id]);
export const turnContext = (sessionId: string, seq: number) => JSON.stringify(['turn', sessionId, seq]);

export async function encodeBody(
  key: CryptoKey | null,
  value: unknown,
  context: string,
): Promise<StoredBody> {
  if (key === null) return { sealed: false, value };
  const sealed = await sealJson(key, value, context);
  return { sealed: true, iv: sealed.iv, data: sealed.data };
}

async function decodeBody<S extends z.ZodType>(
  key: CryptoKey | null,
  body: StoredBody,
  context: string,
  schema: S,
  what: string,
): Promise<z.infer<S>> {
  let raw: unknown;
  if (!body.sealed) raw = body.value;
  else if (key === null) throw new LockedError();
  else {
    try {
      raw = await unsealJson(key, body, context);
    } catch (error) {
      if (error instanceof AuthenticationFailed || error instanceof SyntaxError)
        throw new LogIntegrityError(what, { cause: error });
      throw error;
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new LogIntegrityError(what, { cause: parsed.error });
  return parsed.data;
}

export function decodeSessionBody(
  key: CryptoKey | null,
  body: StoredBody,
  sessionId: string,
): Promise<SessionBody> {
  return decodeBody(key, body, sessionContext(sessionId), SessionBody, 'session');
}

export function decodeTurnBody(
  key: CryptoKey | null,
  body: StoredBody,
  sessionId: string,
  seq: number,
): Promise<TurnBody> {
  return decodeBody(key, body, turnContext(sessionId, seq), TurnBody, 'turn');
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toSession(record: StoredSession, body: SessionBody): LoggedSession {
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

export function toTurn(record: StoredTurn, body: TurnBody): LoggedTurn {
  return { sessionId: record.sessionId, seq: record.seq, at: record.at, ...body };
}

/** A session's body: what is not kept in the clear, with the summary its tally gives. */
export function bodyOf(session: LoggedSession, tally: SessionTally): SessionBody {
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

/** A turn's page time, dropped when it lies outside its window around the capture time. */
export function withBoundedPageTime<T extends { pageAt?: number }>(body: T, capturedAt: number): T {
  const { pageAt, ...rest } = body;
  const kept = pageTimeWithin(pageAt, capturedAt);
  return (kept === undefined ? rest : { ...rest, pageAt: kept }) as T;
}

/** What a turn stores in its body; a page time outside its window around the capture is dropped. */
export function turnBodyOf(turn: LoggedTurn): TurnBody {
  const { sessionId: _s, seq: _q, at, ...body } = turn;
  return withBoundedPageTime(body, at);
}

/** Adds a gap at `beforeSeq`, merged into the last one when it sits at the same place. */
export function withGap(gaps: readonly LogGap[] | undefined, gap: LogGap): LogGap[] {
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
