import type { FullSessionExport, NotesUpdate, SummarySessionExport } from '../../models/session-log';
import { ImportError, WrongPassphraseError } from '../log/errors';
import type { SessionLog } from '../log/store';
import {
  type Policy,
  applyRetentionPolicy,
  exportEncryptionRequired,
  exportRedactionRequired,
  maxRetentionDays,
} from '../policy/policy';

/**
 * What the review page's buttons do, as plain async functions of the log and clinic policy. They
 * return what happened (counts, names, ids) and leave the words to components/review/messages.ts.
 */

/** What the export form asks for. */
export interface ExportChoice {
  kind: 'full' | 'summary';
  /** Only for full exports: names, emails, phone numbers and addresses replaced. */
  redact: boolean;
  /** Empty: the file is not encrypted. */
  passphrase: string;
  scope: 'session' | 'list';
}

/**
 * Export and import carry the redaction library (an NLP model): loaded on first use, so opening the
 * review page does not wait for it.
 */
const loadExportModule = () => import('../log/export');

/** Retention on opening the page, before anything is shown: clinic policy's maximum first. Needs no
 *  passphrase. */
export async function retentionOnOpen(
  log: SessionLog,
  policy: Policy,
): Promise<{ deletedSessions: number; retentionDays: number }> {
  await applyRetentionPolicy(log, policy);
  const { deletedSessions } = await log.enforceRetention();
  return { deletedSessions, retentionDays: (await log.getSettings()).retentionDays };
}

export function exportFileName(kind: ExportChoice['kind'], today: Date): string {
  return `attune-sessions-${today.toISOString().slice(0, 10)}${kind === 'summary' ? '-summary' : ''}.json`;
}

export interface Exported {
  readonly text: string;
  readonly fileName: string;
  readonly sessions: number;
  readonly encrypted: boolean;
}

/** An export file of `sessionIds`, with clinic policy checked here too, whatever the form sent. */
export async function exportForReview(
  log: SessionLog,
  policy: Policy,
  asked: ExportChoice,
  sessionIds: readonly string[],
  today = new Date(),
): Promise<Exported> {
  if (exportEncryptionRequired(policy) && !asked.passphrase)
    throw new Error('Your organization requires exported files to be encrypted: enter a passphrase.');
  const choice = exportRedactionRequired(policy) ? { ...asked, redact: asked.kind === 'full' } : asked;
  const { exportSessionLog } = await loadExportModule();
  const text = await exportSessionLog(log, {
    kind: choice.kind,
    sessionIds,
    passphrase: choice.passphrase || undefined,
    redact: choice.kind === 'full' && choice.redact,
  });
  return {
    text,
    fileName: exportFileName(choice.kind, today),
    sessions: sessionIds.length,
    encrypted: choice.passphrase !== '',
  };
}

export type ImportOutcome =
  /** Clinic policy requires an encrypted log, and this one is not: nothing was read. */
  | { readonly kind: 'needs-encrypted-log' }
  /** A summary-only file: shown from the file, never stored. */
  | { readonly kind: 'summary'; readonly exportedAt: number; readonly sessions: SummarySessionExport[] }
  | { readonly kind: 'imported'; readonly imported: readonly string[]; readonly skipped: readonly string[] }
  /** Refused; `askPassphrase` when the file needs a (different) passphrase. */
  | {
      readonly kind: 'refused';
      readonly error: unknown;
      readonly askPassphrase: boolean;
      readonly wrongPassphrase: boolean;
    };

/** Reads an export file: a summary is handed back to show, full sessions are stored. */
export async function importForReview(
  log: SessionLog,
  fileText: string,
  passphrase: string,
  mustEncrypt: boolean,
): Promise<ImportOutcome> {
  if (mustEncrypt && !log.encrypted) return { kind: 'needs-encrypted-log' };
  try {
    const { readExportFile } = await loadExportModule();
    const opened = await readExportFile(fileText, { passphrase: passphrase || undefined });
    if (opened.kind === 'summary')
      return { kind: 'summary', exportedAt: opened.exportedAt, sessions: opened.payload.sessions };
    const sessions: readonly FullSessionExport[] = opened.payload.sessions;
    const result = await log.importSessions(sessions);
    return { kind: 'imported', ...result };
  } catch (error) {
    const askPassphrase = error instanceof ImportError && error.reason === 'passphrase-required';
    const wrongPassphrase = error instanceof WrongPassphraseError;
    return { kind: 'refused', error, askPassphrase: askPassphrase || wrongPassphrase, wrongPassphrase };
  }
}

/** Sets the retention period (never past clinic policy's) and deletes what is now too old. */
export async function changeRetention(
  log: SessionLog,
  policy: Policy,
  days: number,
  currentDays: number,
): Promise<{ deletedSessions: number }> {
  const limit = maxRetentionDays(policy, currentDays);
  if (days > limit) throw new RetentionLimitError(limit);
  await log.setRetentionDays(days);
  return log.enforceRetention();
}

/** A retention period longer than clinic policy allows. */
export class RetentionLimitError extends Error {
  override name = 'RetentionLimitError';
  constructor(readonly limitDays: number) {
    super(
      `Your organization keeps sessions at most ${limitDays.toLocaleString()} ${limitDays === 1 ? 'day' : 'days'}.`,
    );
  }
}

/** A session or list row with its notes as the log now stores them: an empty note is no note. */
export function withNotes<T extends { counselorNote?: string; supervisorNote?: string }>(
  session: T,
  notes: NotesUpdate,
): T {
  const { counselorNote: _c, supervisorNote: _s, ...rest } = session;
  return {
    ...rest,
    ...(notes.counselorNote ? { counselorNote: notes.counselorNote } : {}),
    ...(notes.supervisorNote ? { supervisorNote: notes.supervisorNote } : {}),
  } as T;
}
