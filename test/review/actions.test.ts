import { describe, expect, test } from 'vitest';
import { buildExportFile } from '../../lib/log/export';
import { NO_POLICY, type Policy } from '../../lib/policy/policy';
import {
  RetentionLimitError,
  changeRetention,
  exportFileName,
  exportForReview,
  importForReview,
  withNotes,
} from '../../lib/review/actions';
import { NO_FILTER, toSessionFilter } from '../../lib/review/list-filter';
import { logConversation, openTestLog } from '../log/helpers';

/** The review page's actions on a real (in-memory) log, without the page. */

const policy = (overrides: Partial<Policy>): Policy => ({ ...NO_POLICY, ...overrides });
const FULL = { kind: 'full', redact: false, passphrase: '', scope: 'list' } as const;

describe('review actions', { timeout: 20_000 }, () => {
  test('a full file is imported once; the same file again is skipped', async () => {
    const source = await openTestLog();
    const session = await logConversation(source);
    const exported = await exportForReview(
      source,
      NO_POLICY,
      FULL,
      [session.id],
      new Date(Date.UTC(2026, 10, 3)),
    );
    expect(exported).toMatchObject({
      fileName: 'attune-sessions-2026-11-03.json',
      sessions: 1,
      encrypted: false,
    });
    const target = await openTestLog();
    expect(await importForReview(target, exported.text, '', false)).toEqual({
      kind: 'imported',
      imported: [session.id],
      skipped: [],
    });
    expect(await importForReview(target, exported.text, '', false)).toEqual({
      kind: 'imported',
      imported: [],
      skipped: [session.id],
    });
    source.close();
    target.close();
  });

  test('an encrypted file without its passphrase asks for it; a wrong one says so', async () => {
    const source = await openTestLog();
    const session = await logConversation(source);
    const sealed = await exportForReview(source, NO_POLICY, { ...FULL, passphrase: 'right one' }, [
      session.id,
    ]);
    expect(sealed.encrypted).toBe(true);
    const target = await openTestLog();
    expect(await importForReview(target, sealed.text, '', false)).toMatchObject({
      kind: 'refused',
      askPassphrase: true,
      wrongPassphrase: false,
    });
    expect(await importForReview(target, sealed.text, 'wrong one', false)).toMatchObject({
      kind: 'refused',
      askPassphrase: true,
      wrongPassphrase: true,
    });
    expect(await target.listSessions()).toEqual([]);
    source.close();
    target.close();
  });

  test('clinic policy: no unencrypted export, no import into an unencrypted log', async () => {
    const log = await openTestLog();
    const mustEncryptFiles = policy({ exportEncryptionRequired: { state: 'set', value: true } });
    await expect(exportForReview(log, mustEncryptFiles, FULL, [])).rejects.toThrow(/requires exported files/);
    const file = JSON.stringify(await buildExportFile([]));
    expect(await importForReview(log, file, '', true)).toEqual({ kind: 'needs-encrypted-log' });
    log.close();
  });

  test('a summary file is handed back to show, not stored', async () => {
    const log = await openTestLog();
    const session = await logConversation(log);
    const summary = await exportForReview(log, NO_POLICY, { ...FULL, kind: 'summary' }, [session.id]);
    expect(summary.fileName).toMatch(/-summary\.json$/);
    const target = await openTestLog();
    const outcome = await importForReview(target, summary.text, '', false);
    expect(outcome.kind === 'summary' && outcome.sessions.map((s) => s.id)).toEqual([session.id]);
    expect(await target.listSessions()).toEqual([]);
    log.close();
    target.close();
  });

  test('retention past the policy maximum is refused with the maximum; within it, old sessions go', async () => {
    const log = await openTestLog();
    const capped = policy({ maxRetentionDays: { state: 'set', value: 60 } });
    await expect(changeRetention(log, capped, 90, 30)).rejects.toThrow(RetentionLimitError);
    await expect(changeRetention(log, capped, 90, 30)).rejects.toThrow('at most 60 days');
    expect(await changeRetention(log, capped, 45, 30)).toEqual({ deletedSessions: 0 });
    expect((await log.getSettings()).retentionDays).toBe(45);
    log.close();
  });

  test('notes as the log stores them: an empty note is no note', () => {
    const row = { id: 'a', counselorNote: 'old', supervisorNote: 'kept?' };
    expect(withNotes(row, { counselorNote: 'new', supervisorNote: '' })).toEqual({
      id: 'a',
      counselorNote: 'new',
    });
  });

  test('the filter form as the log filter: empty is no filter, a score in percent, whole days', () => {
    expect(toSessionFilter(NO_FILTER)).toEqual({
      search: undefined,
      site: undefined,
      from: undefined,
      to: undefined,
      hasResistance: undefined,
      minScore: undefined,
    });
    const filter = toSessionFilter({
      ...NO_FILTER,
      minScore: '40',
      resistance: 'without',
      from: '2026-11-21',
    });
    expect(filter).toMatchObject({ minScore: 0.4, hasResistance: false });
    expect(new Date(filter.from!).getDate()).toBe(21);
    expect(toSessionFilter({ ...NO_FILTER, minScore: 'lots' }).minScore).toBeUndefined();
    expect(exportFileName('full', new Date(Date.UTC(2026, 0, 2)))).toBe('attune-sessions-2026-01-02.json');
  });
});
