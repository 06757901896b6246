import { describe, expect, test } from 'vitest';
import { deriveKey, makeVerifier, newKdfParams, sealJson, toBase64 } from '../../lib/log/crypto';
import { ImportError } from '../../lib/log/errors';
import { buildExportFile, importSessionLog, readExportFile } from '../../lib/log/export';
import { LogOutbox } from '../../lib/log/outbox';
import { emptyRecorderState, recordFrame } from '../../lib/log/recorder';
import { type SessionLog, openSessionLog } from '../../lib/log/store';
import {
  PAGE_TIME_AFTER_CAPTURE_MS,
  PAGE_TIME_BEFORE_CAPTURE_MS,
  pageTimeWithin,
  shownTimeOf,
} from '../../lib/log/times';
import type { PageSnapshot } from '../../models/messages';
import { EXPORT_FORMAT, type FullSessionExport } from '../../models/session-log';
import { DAY, T0, TEST_KDF_ITERATIONS, freshDbName, logConversation, openTestLog } from './helpers';

/**
 * Times come from the extension's clock (issue 13): a page dated 1971 or 2999 can neither delete
 * its session the moment it is logged nor keep it forever, and neither can an imported file.
 */

const MIN = 60_000;
const Y1971 = Date.UTC(1971, 5, 1, 12, 0);
const Y2999 = Date.UTC(2999, 0, 1, 12, 0);

describe('the page time window', () => {
  const capture = T0;
  test.each([
    ['no time on the page', undefined, undefined],
    ['the same minute', capture - 20_000, capture - 20_000],
    ['yesterday (chat history)', capture - DAY, capture - DAY],
    ['exactly 30 days before', capture - PAGE_TIME_BEFORE_CAPTURE_MS, capture - PAGE_TIME_BEFORE_CAPTURE_MS],
    ['a minute more than 30 days before', capture - PAGE_TIME_BEFORE_CAPTURE_MS - MIN, undefined],
    ['4 minutes ahead (another clock)', capture + 4 * MIN, capture + 4 * MIN],
    ['6 minutes ahead', capture + PAGE_TIME_AFTER_CAPTURE_MS + MIN, undefined],
    ['1971', Y1971, undefined],
    ['2999', Y2999, undefined],
    ['not a number', Number.NaN, undefined],
  ])('%s', (_what, pageAt, kept) => {
    expect(pageTimeWithin(pageAt, capture)).toBe(kept);
  });
});

function page(times: (number | undefined)[]): PageSnapshot {
  return {
    type: 'page-snapshot',
    adapter: 'rocketchat',
    platform: 'Rocket.Chat',
    url: 'https://chat.example.org/room/7',
    messages: times.map((time, i) => ({
      id: `m${i}`,
      role: i % 2 === 0 ? 'client' : 'counselor',
      text: `message ${i}`,
      ...(time === undefined ? {} : { time }),
    })),
    draft: '',
    health: { composerFound: true, messages: times.length, client: 0, counselor: 0 },
    // The content script's reading time: the recorder goes by the panel's clock, not this.
    at: Y2999,
  };
}

/** Logs a page through the recorder and the outbox, as the side panel does, captured at `capturedAt`. */
async function logPage(log: SessionLog, snapshot: PageSnapshot, capturedAt: number): Promise<string> {
  const { writes } = recordFrame(
    emptyRecorderState(),
    { snapshot, shown: null, actions: [], logging: true, capturedAt },
    { assessClient: () => null },
  );
  const box = new LogOutbox(log);
  box.enqueue(writes);
  await box.settled();
  box.dispose();
  const sessionId = box.status().slots.s1?.sessionId;
  if (!sessionId) throw new Error('no session was started');
  return sessionId;
}

describe('a page with impossible dates', () => {
  test.each([
    ['1971', Y1971],
    ['2999', Y2999],
  ])(
    'a conversation dated %s is kept for the retention period from when it was read, and shown with that time',
    async (_year, pageTime) => {
      const capturedAt = T0;
      const log = await openTestLog({ now: () => capturedAt });
      const sessionId = await logPage(log, page([pageTime, pageTime, capturedAt - 3 * MIN]), capturedAt);
      const detail = (await log.getSession(sessionId))!;
      expect(detail.session.startedAt).toBe(capturedAt);
      expect(detail.turns.map((t) => [t.at, t.pageAt])).toEqual([
        [capturedAt, undefined],
        [capturedAt, undefined],
        // A plausible page time is kept, for display.
        [capturedAt, capturedAt - 3 * MIN],
      ]);
      expect(detail.turns.map(shownTimeOf)).toEqual([capturedAt, capturedAt, capturedAt - 3 * MIN]);

      // Not deleted the moment it was logged (1971), nor kept forever (2999).
      expect(await log.enforceRetention(capturedAt + DAY)).toEqual({ deletedSessions: 0 });
      expect(await log.enforceRetention(capturedAt + 29 * DAY)).toEqual({ deletedSessions: 0 });
      expect(await log.enforceRetention(capturedAt + 31 * DAY)).toEqual({ deletedSessions: 1 });
      log.close();
    },
  );

  test('the log drops a page time outside its window even when a caller hands it over', async () => {
    const log = await openTestLog();
    const session = await log.startSession({ site: 'a.example', platform: 'practice', conversationKey: 'k' });
    await log.appendTurn(session.id, { role: 'client', text: 'a', at: T0, pageAt: Y2999, assessment: null });
    await log.appendTurn(session.id, {
      role: 'client',
      text: 'b',
      at: T0,
      pageAt: T0 - MIN,
      assessment: null,
    });
    const turns = (await log.getSession(session.id))!.turns;
    expect(turns.map((t) => t.pageAt)).toEqual([undefined, T0 - MIN]);
    expect(turns[0]).not.toHaveProperty('pageAt');
    log.close();
  });
});

/** A plain export file in which every time is `at` (as from a machine whose clock said so). */
async function fileDated(at: number): Promise<string> {
  const source = await openTestLog({ now: () => at });
  await logConversation(source, { startedAt: at }, [
    { role: 'client', text: 'Hello?' },
    { role: 'counselor', text: 'Hi, I am here.' },
  ]);
  const sessions = (await source.exportSessions()).map((s): FullSessionExport => ({
    ...s,
    turns: s.turns.map((t) => ({ ...t, at })),
  }));
  source.close();
  return JSON.stringify(await buildExportFile(sessions, { exportedAt: at }));
}

describe('imports go by the import time', () => {
  test.each([
    ['1971', Y1971],
    ['2999', Y2999],
  ])(
    'a file dated %s is kept for the retention period from its import: not deleted at once, not forever',
    async (_year, fileTime) => {
      const importedAt = T0;
      const target = await openTestLog({ now: () => importedAt });
      const { imported } = await importSessionLog(target, await fileDated(fileTime));
      expect(imported).toHaveLength(1);
      // The file's own dates are shown as they are.
      expect((await target.getSession(imported[0]!))!.session.startedAt).toBe(fileTime);
      expect(await target.enforceRetention(importedAt)).toEqual({ deletedSessions: 0 });
      expect(await target.enforceRetention(importedAt + 29 * DAY)).toEqual({ deletedSessions: 0 });
      expect(await target.enforceRetention(importedAt + 31 * DAY)).toEqual({ deletedSessions: 1 });
      target.close();
    },
  );

  const edit = (
    text: string,
    change: (file: { exportedAt: number; payload: { sessions: FullSessionExport[] } }) => void,
  ) => {
    const file = JSON.parse(text) as { exportedAt: number; payload: { sessions: FullSessionExport[] } };
    change(file);
    return JSON.stringify(file);
  };

  test.each([
    [
      'a turn read after the file was exported',
      (f: Parameters<Parameters<typeof edit>[1]>[0]) =>
        (f.payload.sessions[0]!.turns[1]!.at = f.exportedAt + 10 * MIN),
    ],
    [
      'a session that ended after the file was exported',
      (f: Parameters<Parameters<typeof edit>[1]>[0]) => (f.payload.sessions[0]!.session.endedAt = Y2999),
    ],
    [
      'a time before 1970',
      (f: Parameters<Parameters<typeof edit>[1]>[0]) => (f.payload.sessions[0]!.turns[0]!.at = -1),
    ],
    [
      'an export date that is no date',
      (f: Parameters<Parameters<typeof edit>[1]>[0]) => (f.exportedAt = 1e17),
    ],
  ])('refused, nothing stored: %s', async (_what, change) => {
    const target = await openTestLog();
    const text = edit(await fileDated(T0), change);
    const attempt = importSessionLog(target, text);
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toMatchObject({ reason: 'invalid' });
    expect(await target.listSessions()).toEqual([]);
    target.close();
  });

  test("a page time in a file outside its turn's window is dropped on import", async () => {
    const target = await openTestLog();
    const text = edit(await fileDated(T0), (f) => {
      f.payload.sessions[0]!.turns[0]!.pageAt = Y1971;
      f.payload.sessions[0]!.turns[1]!.pageAt = T0 - MIN;
    });
    const { imported } = await importSessionLog(target, text);
    const turns = (await target.getSession(imported[0]!))!.turns;
    expect(turns.map((t) => t.pageAt)).toEqual([undefined, T0 - MIN]);
    target.close();
  });
});

describe('version 1 export files (before capture times) still import', () => {
  /** A version 1 file as that build wrote it: `at` may be the page's time, even one after the export. */
  async function v1File(passphrase?: string): Promise<string> {
    const source = await openTestLog();
    await logConversation(source);
    const sessions = (await source.exportSessions()).map((s) => ({
      ...s,
      turns: s.turns.map((t, i) => (i === 0 ? { ...t, at: Y2999 } : t)),
    }));
    source.close();
    const header = { format: EXPORT_FORMAT, version: 1, exportedAt: T0 + DAY, redacted: false };
    if (passphrase === undefined)
      return JSON.stringify({ ...header, encrypted: false, kind: 'full', payload: { sessions } });
    const params = newKdfParams(TEST_KDF_ITERATIONS);
    const key = await deriveKey(passphrase, params);
    const verifier = await makeVerifier(key);
    const sealed = await sealJson(
      key,
      { sessions },
      JSON.stringify([EXPORT_FORMAT, 1, header.exportedAt, 'full', false]),
    );
    return JSON.stringify({
      ...header,
      encrypted: true,
      kind: 'full',
      payload: {
        kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: params.iterations, salt: toBase64(params.salt) },
        cipher: 'AES-GCM-256',
        verifier: { iv: toBase64(verifier.iv), data: toBase64(verifier.data) },
        iv: toBase64(sealed.iv),
        data: toBase64(sealed.data),
      },
    });
  }

  test.each([
    ['plain', undefined],
    ['encrypted', 'an old passphrase'],
  ])(
    '%s: read with its own version, kept for the retention period from the import',
    async (_kind, passphrase) => {
      const text = await v1File(passphrase);
      const opened = await readExportFile(text, { passphrase });
      expect(opened.kind).toBe('full');
      const target = await openSessionLog({ dbName: freshDbName(), now: () => T0 + 2 * DAY });
      const { imported } = await importSessionLog(target, text, { passphrase });
      expect(imported).toHaveLength(1);
      expect(await target.enforceRetention(T0 + 31 * DAY)).toEqual({ deletedSessions: 0 });
      expect(await target.enforceRetention(T0 + 33 * DAY)).toEqual({ deletedSessions: 1 });
      target.close();
    },
  );
});
