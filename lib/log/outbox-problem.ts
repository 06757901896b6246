import { ZodError } from 'zod';
import { LockedError, LogConflictError, LogStorageFullError, SessionLogError } from './errors';

/** Why writes are waiting or were given up, for the panel to say. */
export type OutboxProblem =
  /** The browser refused to store more: the writes wait for space. */
  | { readonly kind: 'full'; readonly error: LogStorageFullError }
  /** The log is encrypted and this panel has no key: the writes wait for the passphrase. */
  | { readonly kind: 'locked' }
  /** Writes fail for another reason and are being tried again. */
  | { readonly kind: 'failing'; readonly error: unknown }
  /** A write was given up (its turns are counted as not stored). */
  | { readonly kind: 'failed'; readonly error: unknown };

/** What the outbox does after a failed write: wait for an unlock, wait for space, retry, give up. */
export type Failure = 'locked' | 'full' | 'transient' | 'permanent';

export function classify(error: unknown): Failure {
  if (error instanceof LockedError) return 'locked';
  if (error instanceof LogStorageFullError) return 'full';
  if (error instanceof LogConflictError) return 'transient';
  // The log refused the record itself (a shape it does not accept, a damaged session): trying
  // again gives the same answer.
  if (error instanceof ZodError || error instanceof SessionLogError) return 'permanent';
  // Aborted transactions, a connection closing for an upgrade, anything the browser threw.
  return 'transient';
}
