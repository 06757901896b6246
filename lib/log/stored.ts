import type { z } from 'zod';
import { StoredCrypto, StoredSession, StoredSettings, StoredTurn } from '../../models/session-log';
import { LogIntegrityError } from './errors';

/**
 * IndexedDB records parsed as they come back (models/session-log/stored.ts), so that nothing the
 * log acts on is a cast. A damaged record is a LogIntegrityError, the same as a damaged body.
 */

function parsed<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new LogIntegrityError(what, { cause: result.error });
  return result.data;
}

/** A session record; undefined when there is none. */
export function storedSession(raw: unknown): StoredSession | undefined {
  return raw === undefined ? undefined : parsed(StoredSession, raw, 'session');
}

/** A turn record; undefined when there is none. */
export function storedTurn(raw: unknown): StoredTurn | undefined {
  return raw === undefined ? undefined : parsed(StoredTurn, raw, 'turn');
}

/** The encryption setup, or undefined when the log is not encrypted. A damaged setup is never
 *  taken for "not encrypted": that would write in the clear. */
export function storedCrypto(raw: unknown): StoredCrypto | undefined {
  return raw === undefined ? undefined : parsed(StoredCrypto, raw, 'encryption setup');
}

/** The stored settings; undefined when there are none or they do not parse (defaults apply). */
export function storedSettings(raw: unknown): StoredSettings | undefined {
  const result = StoredSettings.safeParse(raw);
  return result.success ? result.data : undefined;
}
