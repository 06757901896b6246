import { describe, expect, test, vi } from 'vitest';
import { ImportError, LogStorageFullError, WrongPassphraseError } from '../../lib/log/errors';
import { buildExportFile, exportSessionLog, importSessionLog, readExportFile } from '../../lib/log/export';
import type { SessionLog } from '../../lib/log/store';
import { EXPORT_FORMAT_VERSION, type FullPayload } from '../../models/session-log';
import {
  CONVERSATION,
  DAY,
  T0,
  TEST_KDF_ITERATIONS,
  logConversation,
  openTestLog,
  withHintAction,
  withJudgeVerdict,
} from './helpers';

const PASSPHRASE = 'supervision on thursdays';
/** The next day: after every turn the source log holds (a file never holds times after its export). */
const EXPORTED_AT = T0 + DAY;
const exported = { exportedAt: EXPORTED_AT, kdfIterations: TEST_KDF_ITERATIONS };

async function sourceLog() {
  const log = await openTestLog();
  const a = await logConversation(log, { conversationKey: 'room/maria-1' }, CONVERSATION, (turns) =>
    withJudgeVerdict(withHintAction(turns, 2, 'mechanism.autonomy.directive', 'disagreed', T0 + 1), 2, {
      mechanisms: {
        respectForAutonomy: 0,
        stanceAlignment: 0,
        emotionalResonance: 0,
        conversationalOrientation: 1,
      },
      explanation: 'Minimizing met with a directive.',
      modelId: 'test-model',
    }),
  );
  const b = await logConversation(log, { site: 'help.example.net', startedAt: T0 + 1000 });
  await log.setNotes(a.id, { counselorNote: 'Maria called twice; reach me at 555-123-4567' });
  await log.endSession(a.id, T0 + 600_000);
  return { log, ids: [a.id, b.id] };
}

/** Everything a user could see in a log, to show an import left it exactly as it was. */
async function contents(log: SessionLog) {
  return Promise.all((await log.listSessions()).map((s) => log.getSession(s.id)));
}

describe('full export', () => {
  test.each([
    ['plain', {}],
    ['encrypted', { passphrase: PASSPHRASE }],
  ])('%s: export then import gives back exactly what was exported', async (_kind, options) => {
    const { log } = await sourceLog();
    const before = await log.exportSessions();
    const text = await exportSessionLog(log, { ...exported, ...options });

    const opened = await readExportFile(text, options);
    expect(opened).toEqual({
      kind: 'full',
      exportedAt: EXPORTED_AT,
      redacted: false,
      payload: { sessions: before },
    });

    const target = await openTestLog();
    expect(await importSessionLog(target, text, options)).toEqual({
      imported: before.map((s) => s.session.id),
      skipped: [],
    });
    expect(await target.exportSessions()).toEqual(before);
    // The counts and summary are rebuilt from the turns and agree with the source's.
    expect(await target.listSessions()).toEqual(await log.listSessions());
    log.close();
    target.close();
  });

  test('an encrypted file holds none of the text in the clear', async () => {
    const { log } = await sourceLog();
    const text = await exportSessionLog(log, { ...exported, passphrase: PASSPHRASE });
    for (const secret of ['Maria', 'big a deal', '555-123-4567', 'room/maria-1'])
      expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({
      format: 'attune-session-log',
      version: EXPORT_FORMAT_VERSION,
      encrypted: true,
      kind: 'full',
    });
    log.close();
  });

  test('redaction on request replaces names, phone numbers and keys in text, notes and assessments', async () => {
    const { log, ids } = await sourceLog();
    const text = await exportSessionLog(log, { ...exported, redact: true, sessionIds: [ids[0]!] });
    expect(text).not.toContain('Maria');
    expect(text).not.toContain('555-123-4567');
    const opened = await readExportFile(text);
    expect(opened.redacted).toBe(true);
    const [{ session, turns }] = (opened.payload as FullPayload).sessions as [
      FullPayload['sessions'][number],
    ];
    expect(session.counselorNote).toBe('[name] called twice; reach me at [phone]');
    expect(turns[1]!.text).toBe(
      "My wife [name] says I drink too much but it's not that big a deal, everyone drinks.",
    );
    // The rest of the record is untouched: codes, levels, hint rules and actions.
    expect(turns[2]).toMatchObject({
      role: 'counselor',
      hints: expect.arrayContaining([expect.objectContaining({ action: 'disagreed' })]),
    });
    log.close();
  });

  test('sessions already in the log are left untouched and reported as skipped', async () => {
    const { log, ids } = await sourceLog();
    const text = await exportSessionLog(log, exported);
    const target = await openTestLog();
    await importSessionLog(target, text);
    await target.setNotes(ids[0]!, { supervisorNote: 'my own note' });
    const before = await contents(target);
    expect(await importSessionLog(target, text)).toEqual({ imported: [], skipped: ids });
    expect(await contents(target)).toEqual(before);
    log.close();
    target.close();
  });
});

describe('summary-only export', () => {
  test('has no text at all: only codes, levels, counts, rules and actions', async () => {
    const { log, ids } = await sourceLog();
    const text = await exportSessionLog(log, { ...exported, kind: 'summary' });
    for (const m of CONVERSATION) expect(text).not.toContain(m.text.slice(0, 20));
    // The note's phone number, not bare digits: "555" turns up inside timestamps now and then.
    for (const secret of [
      'Maria',
      '555-123',
      'room/',
      'Minimizing met',
      'Ask before advising',
      'counselorNote',
    ])
      expect(text).not.toContain(secret);

    const opened = await readExportFile(text);
    if (opened.kind !== 'summary') throw new Error('expected a summary file');
    // Every string left is an id: a session id, site, platform, or a framework or rule id.
    const strings: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') strings.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(opened.payload);
    const allowed = /^(?:[a-z]+(?:[._][a-z]+)*|[a-z]+[A-Z][A-Za-z]*|[0-9a-f-]{36}|[a-z.]+\.(?:org|net))$/u;
    expect(strings.filter((s) => !allowed.test(s))).toEqual([]);

    const [first] = opened.payload.sessions;
    expect(first?.id).toBe(ids[0]);
    expect(first?.stats.hintActions.disagreed).toBe(1);
    expect(first?.turns[2]).toMatchObject({
      role: 'counselor',
      mechanisms: { respectForAutonomy: 0 },
      judgeMechanisms: { conversationalOrientation: 1 },
    });
    expect(first?.turns[1]?.resistance).toContain('minimizing');
    log.close();
  });

  test('reads back exactly as exported, encrypted or not, and is not stored by import', async () => {
    const { log } = await sourceLog();
    const file = await buildExportFile(await log.exportSessions(), { ...exported, kind: 'summary' });
    if (file.encrypted) throw new Error('expected a plain file');
    expect((await readExportFile(JSON.stringify(file))).payload).toEqual(file.payload);
    const sealed = await exportSessionLog(log, { ...exported, kind: 'summary', passphrase: PASSPHRASE });
    expect((await readExportFile(sealed, { passphrase: PASSPHRASE })).payload).toEqual(file.payload);

    const target = await openTestLog();
    const refused = importSessionLog(target, JSON.stringify(file));
    await expect(refused).rejects.toMatchObject({ reason: 'summary-only' });
    expect(await target.listSessions()).toEqual([]);
    log.close();
    target.close();
  });
});

describe('refused imports leave the log exactly as it was', () => {
  async function setup() {
    const { log } = await sourceLog();
    const plain = await exportSessionLog(log, exported);
    const sealed = await exportSessionLog(log, { ...exported, passphrase: PASSPHRASE });
    log.close();
    const target = await openTestLog();
    await logConversation(target, { conversationKey: 'already here' });
    return { plain, sealed, target, before: await contents(target) };
  }

  const edit = (text: string, change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(text) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const flipBase64 = (data: string) => (data[0] === 'A' ? 'B' : 'A') + data.slice(1);

  test.each([
    ['truncated JSON', (f: { plain: string }) => f.plain.slice(0, -40), {}, 'not-json'],
    ['another JSON file', () => JSON.stringify({ hello: 'world' }), {}, 'not-attune'],
    [
      'a newer version',
      (f: { plain: string }) => edit(f.plain, (x) => (x.version = EXPORT_FORMAT_VERSION + 1)),
      {},
      'newer-version',
    ],
    [
      'an id outside the framework',
      (f: { plain: string }) => f.plain.replace('"behaviour":"minimizing"', '"behaviour":"stonewalling"'),
      {},
      'invalid',
    ],
    [
      'a turn moved into another session',
      (f: { plain: string }) =>
        edit(f.plain, (x) => {
          const sessions = (x.payload as FullPayload).sessions;
          sessions[0]!.turns.push({ ...sessions[1]!.turns[0]!, seq: 99 });
        }),
      {},
      'invalid',
    ],
    [
      'an encrypted file without its passphrase',
      (f: { sealed: string }) => f.sealed,
      {},
      'passphrase-required',
    ],
    [
      'altered ciphertext',
      (f: { sealed: string }) =>
        edit(f.sealed, (x) => {
          const payload = x.payload as { data: string };
          payload.data = flipBase64(payload.data);
        }),
      { passphrase: PASSPHRASE },
      'tampered',
    ],
    [
      'an altered header (summary flag flipped on an encrypted full export)',
      (f: { sealed: string }) => edit(f.sealed, (x) => (x.kind = 'summary')),
      { passphrase: PASSPHRASE },
      'tampered',
    ],
    [
      'an altered export date',
      (f: { sealed: string }) => edit(f.sealed, (x) => (x.exportedAt = 1)),
      { passphrase: PASSPHRASE },
      'tampered',
    ],
  ])('%s', async (_what, make, options, reason) => {
    const { plain, sealed, target, before } = await setup();
    const attempt = importSessionLog(target, make({ plain, sealed }), options);
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toMatchObject({ reason });
    expect(((await attempt.catch((e: unknown) => e)) as Error).message.length).toBeGreaterThan(20);
    expect(await contents(target)).toEqual(before);
    target.close();
  });

  test('a wrong passphrase', async () => {
    const { sealed, target, before } = await setup();
    await expect(importSessionLog(target, sealed, { passphrase: 'tuesdays' })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(await contents(target)).toEqual(before);
    target.close();
  });

  test('a disk that fills up halfway through the import', async () => {
    const { plain, target, before } = await setup();
    const add = IDBObjectStore.prototype.add;
    let turnsWritten = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'turns' && ++turnsWritten > 10)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    await expect(importSessionLog(target, plain)).rejects.toBeInstanceOf(LogStorageFullError);
    spy.mockRestore();
    expect(turnsWritten).toBeGreaterThan(10);
    expect(await contents(target)).toEqual(before);
    target.close();
  });
});
