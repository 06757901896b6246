/**
 * The session log's errors, one class per thing a caller handles differently. Callers branch on
 * the class (`instanceof`) or on `ImportError.reason`, never on message text; the messages are
 * written for the counselor to read as they are.
 */

export class SessionLogError extends Error {
  override name = 'SessionLogError';
}

/** The browser refused a write because the origin's storage quota is used up. */
export class LogStorageFullError extends SessionLogError {
  override name = 'LogStorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'The session log is full: the browser refused to store more. Everything stored before is ' +
        'kept, and the turns read since are kept in the side panel and stored once there is room: ' +
        'delete old sessions or shorten the retention period to make room.',
      options,
    );
  }
}

/** The log is encrypted and this handle has no key: unlock it with the passphrase first. */
export class LockedError extends SessionLogError {
  override name = 'LockedError';
  constructor() {
    super('The session log is locked. Enter your passphrase to open it.');
  }
}

/**
 * The passphrase does not open this log or file. Says nothing else: not how close it was, not what
 * the data holds.
 */
export class WrongPassphraseError extends SessionLogError {
  override name = 'WrongPassphraseError';
  constructor() {
    super('That passphrase is not the right one.');
  }
}

/** A stored record failed its integrity check (altered on disk, or moved between records). */
export class LogIntegrityError extends SessionLogError {
  override name = 'LogIntegrityError';
  constructor(what: string, options?: { cause?: unknown }) {
    super(`A stored ${what} is damaged and cannot be read.`, options);
  }
}

/** Another tab kept changing the same record; the write was not made. */
export class LogConflictError extends SessionLogError {
  override name = 'LogConflictError';
  constructor(what: string) {
    super(`Could not save the ${what}: another tab kept changing it at the same time. Try again.`);
  }
}

export class SessionNotFoundError extends SessionLogError {
  override name = 'SessionNotFoundError';
  constructor(readonly sessionId: string) {
    super('That session is not in the log (it may have been deleted).');
  }
}

export type ImportFailure =
  | 'not-json'
  | 'not-attune'
  | 'newer-version'
  | 'invalid'
  | 'passphrase-required'
  | 'tampered'
  | 'summary-only';

const IMPORT_MESSAGES: Record<ImportFailure, string> = {
  'not-json': 'This file is damaged or is not a session log export (it is not valid JSON).',
  'not-attune': 'This file is not an Attune session log export.',
  'newer-version':
    'This file was written by a newer version of Attune. Update Attune on this machine to import it.',
  invalid: 'This file is damaged or was edited: its contents do not match the session log format.',
  'passphrase-required': 'This file is encrypted. Enter the passphrase it was exported with.',
  tampered: 'This file was altered after it was exported, so it cannot be trusted and was not imported.',
  'summary-only':
    'This is a summary-only export: it has no turns to store. Open it in the review page to read it.',
};

/** An export file was refused. Nothing already stored was changed. */
export class ImportError extends SessionLogError {
  override name = 'ImportError';
  constructor(
    readonly reason: ImportFailure,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(
      IMPORT_MESSAGES[reason] + (options?.detail ? ` (${options.detail})` : ''),
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
  }
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;
}

/** True for a quota refusal, whichever way the browser reports it (request error or tx abort). */
export function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  // Chromium aborts the transaction; the abort's `error` or the DOMException's cause carries the reason.
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  return cause !== undefined && cause !== error && errorName(cause) === 'QuotaExceededError';
}

/** Maps a storage failure to the log's own error, by type. Everything else passes through. */
export function toLogError(error: unknown): unknown {
  if (error instanceof SessionLogError) return error;
  if (isQuotaError(error)) return new LogStorageFullError({ cause: error });
  return error;
}
