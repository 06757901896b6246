import type { Exported, ImportOutcome } from '../../lib/review/actions';
import type { ActionResult } from '../../lib/review/use-review-page';
import { plural } from './format';

/** What the review page says after an action (lib/review/actions.ts says what happened). */
export type Result = ActionResult;

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const wasWere = (n: number) => (n === 1 ? 'was' : 'were');

export function retentionOnOpenText(deletedSessions: number): Result {
  if (deletedSessions === 0) return null;
  return {
    ok: true,
    text: `${plural(deletedSessions, 'session')} past the retention period ${wasWere(deletedSessions)} deleted.`,
  };
}

export function exportedText({ fileName, sessions, encrypted }: Exported): Result {
  return {
    ok: true,
    text: `Exported ${plural(sessions, 'session')} to ${fileName}. ${
      encrypted
        ? 'The file is encrypted: give the passphrase by another way than the file.'
        : 'The file is not encrypted: keep it as safe as the log itself.'
    }`,
  };
}

export function importText(fileName: string, outcome: ImportOutcome): Result {
  switch (outcome.kind) {
    case 'needs-encrypted-log':
      return {
        ok: false,
        text: `${fileName} was not imported. Your organization requires an encrypted session log: encrypt it first (Privacy and storage).`,
      };
    case 'summary':
      return { ok: true, text: `Opened ${fileName}: a summary-only file, shown and not stored.` };
    case 'imported': {
      const skipped = outcome.skipped.length;
      return {
        ok: true,
        text:
          `Imported ${plural(outcome.imported.length, 'session')} from ${fileName}.` +
          (skipped > 0
            ? ` ${plural(skipped, 'session')} ${wasWere(skipped)} already here and left as ${skipped === 1 ? 'it was' : 'they were'}.`
            : ''),
      };
    }
    case 'refused':
      return {
        ok: false,
        text: `${fileName} was not imported. ${errorText(outcome.error)}${outcome.wrongPassphrase ? ' Nothing stored was changed.' : ''}`,
      };
  }
}

export function retentionChangedText(days: number, deletedSessions: number): Result {
  return {
    ok: true,
    text: `Sessions are now kept ${plural(days, 'day')} after their last activity. ${
      deletedSessions > 0
        ? `${plural(deletedSessions, 'older session')} deleted.`
        : 'None was old enough to delete.'
    }`,
  };
}

export const ENCRYPTING: Result = { ok: true, text: 'Encrypting every stored session…' };
export const ENCRYPTED: Result = {
  ok: true,
  text: 'The log is encrypted. You will need the passphrase to open this page and to log from the side panel.',
};
export const SESSION_DELETED: Result = { ok: true, text: 'The session was deleted.' };
export const ALL_DELETED: Result = { ok: true, text: 'Every session was deleted.' };
export const ALL_AND_PASSPHRASE_DELETED: Result = {
  ok: true,
  text: 'Every session and the passphrase were deleted.',
};
export const MUST_ENCRYPT_NOTICE =
  'Your organization requires the session log to be encrypted. Choose a passphrase under “Privacy and storage”: until then nothing new is logged or imported.';
