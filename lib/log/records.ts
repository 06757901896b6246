import type { z } from 'zod';
import { SessionBody, TurnBody } from '../../models/session-log';
import { AuthenticationFailed, type Sealed, sealJson, unsealJson } from './crypto';
import type { StoredBody } from './db';
import { LockedError, LogIntegrityError } from './errors';

/**
 * Record bodies in and out of storage: sealed with the key when the handle has one, in the clear
 * otherwise, and validated on the way out either way (a clear body can be damaged on disk too).
 * The record's key is the ciphertext's authenticated context, so a sealed body copied onto another
 * record does not open.
 */

export const sessionContext = (id: string) => JSON.stringify(['session', id]);
export const turnContext = (sessionId: string, seq: number) => JSON.stringify(['turn', sessionId, seq]);

export async function encodeBody<T>(
  key: CryptoKey | null,
  value: T,
  context: string,
): Promise<StoredBody<T>> {
  if (key === null) return { sealed: false, value };
  const sealed = await sealJson(key, value, context);
  return { sealed: true, iv: sealed.iv, data: sealed.data };
}

async function decodeBody<S extends z.ZodType>(
  key: CryptoKey | null,
  body: StoredBody<z.infer<S>>,
  context: string,
  schema: S,
  what: string,
): Promise<z.infer<S>> {
  let raw: unknown;
  if (!body.sealed) raw = body.value;
  else if (key === null) throw new LockedError();
  else {
    try {
      raw = await unsealJson(key, body as Sealed, context);
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
  body: StoredBody<SessionBody>,
  sessionId: string,
): Promise<SessionBody> {
  return decodeBody(key, body, sessionContext(sessionId), SessionBody, 'session');
}

export function decodeTurnBody(
  key: CryptoKey | null,
  body: StoredBody<TurnBody>,
  sessionId: string,
  seq: number,
): Promise<TurnBody> {
  return decodeBody(key, body, turnContext(sessionId, seq), TurnBody, 'turn');
}
