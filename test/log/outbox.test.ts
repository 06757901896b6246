import { afterEach, describe, expect, test, vi } from 'vitest';
import { LogStorageFullError } from '../../lib/log/errors';
import {
  LogOutbox,
  MAX_ATTEMPTS,
  MAX_SLOTS,
  type OutboxOptions,
  restoreSavedOutbox,
} from '../../lib/log/outbox';
import type { LogWrite } from '../../lib/log/recorder';
import { type SessionLog, openSessionLog } from '../../lib/log/store';
import type { NewTurn } from '../../models/session-log';
import { T0, TEST_KDF_ITERATIONS, freshDbName, openTestLog } from './helpers';

/**
 * The panel's outbox against a real log (fake-indexeddb) whose writes fail on cue: with the
 * browser's own quota error from IndexedDB, or from a log that throws what the real one throws.
 * Retries are made quick here (10 ms, at most 40 ms apart).
 */

const FAST: OutboxOptions = { firstRetryMs: 10, maxRetryMs: 40 };
const SESSION = {
  site: 'chat.example.org',
  platform: 'rocketchat',
  conversationKey: 'room/1',
  startedAt: T0,
};

const boxes: LogOutbox[] = [];
const logs: SessionLog[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  boxes.splice(0).forEach((b) => b.dispose());
  logs.splice(0).forEach((l) => l.close());
});

async function newLog(): Promise<SessionLog> {
  const log = await openTestLog();
  logs.push(log);
  return log;
}

function outbox(log: SessionLog, options: OutboxOptions = {}): LogOutbox {
  const box = new LogOutbox(log, { ...FAST, ...options });
  boxes.push(box);
  return box;
}

const client = (text: string, at = T0): NewTurn => ({ role: 'client', text, at, assessment: null });
const start = (slot = 's1'): LogWrite => ({ kind: 'start', slot, session: SESSION });
const append = (text: string, slot = 's1', at = T0): LogWrite => ({
  kind: 'append',
  slot,
  messageId: text,
  turn: client(text, at),
});

/** The browser refusing to store more, as IndexedDB reports it (QuotaExceededError on the write). */
function fillTheDisk() {
  const add = IDBObjectStore.prototype.add;
  const put = IDBObjectStore.prototype.put;
  const refuse = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const addSpy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['add']>
  ) {
    return this.transaction.mode === 'readwrite' ? refuse() : add.apply(this, args);
  });
  const putSpy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    return this.transaction.mode === 'readwrite' ? refuse() : put.apply(this, args);
  });
  return {
    freeSpace() {
      addSpy.mockRestore();
      putSpy.mockRestore();
    },
  };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function storedTexts(log: SessionLog, sessionId: string) {
  return (await log.getSession(sessionId))!.turns.map((t) => t.text);
}

describe('the outbox: a turn is stored once its write commits', () => {
  test('writes in order and counts only what committed', async () => {
    const log = await newLog();
    const box = outbox(log);
    box.enqueue([start(), append('one'), append('two')]);
    // Nothing has committed yet: nothing counts as stored.
    expect(box.status().slots.s1).toMatchObject({ stored: 0, waiting: 2, notStored: 0 });
    await box.settled();
    const status = box.status().slots.s1!;
    expect(status).toMatchObject({ stored: 2, waiting: 0, notStored: 0 });
    expect(await storedTexts(log, status.sessionId!)).toEqual(['one', 'two']);
  });

  test('on a full disk, turns wait in memory and are all stored, in order, once space returns', async () => {
    const log = await newLog();
    const box = outbox(log);
    box.enqueue([start(), append('one'), append('two')]);
    await box.settled();
    const sessionId = box.status().slots.s1!.sessionId!;

    const disk = fillTheDisk();
    box.enqueue([append('three'), append('four'), append('five')]);
    await until(() => box.status().problem?.kind === 'full');
    await new Promise((resolve) => setTimeout(resolve, 60)); // a few retries, all refused
    expect(box.status().problem).toMatchObject({ kind: 'full', error: expect.any(LogStorageFullError) });
    expect(box.status().slots.s1).toMatchObject({ stored: 2, waiting: 3, notStored: 0 });
    disk.freeSpace();
    expect(await storedTexts(log, sessionId)).toEqual(['one', 'two']);

    await until(() => box.status().slots.s1!.waiting === 0);
    expect(box.status()).toMatchObject({ problem: null, slots: { s1: { stored: 5, notStored: 0 } } });
    expect(await storedTexts(log, sessionId)).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect((await log.getSession(sessionId))!.session.gaps).toBeUndefined();
  });

  test('a session that cannot be started is retried, its turns wait, and the warning clears', async () => {
    const log = await newLog();
    let refusals = 3;
    const startSession = log.startSession.bind(log);
    vi.spyOn(log, 'startSession').mockImplementation((input) =>
      refusals-- > 0 ? Promise.reject(new LogStorageFullError()) : startSession(input),
    );
    const changes: string[] = [];
    const box = outbox(log, { onChange: () => changes.push(box.status().problem?.kind ?? 'none') });
    box.enqueue([start(), append('one'), append('two')]);
    await until(() => box.status().problem?.kind === 'full');
    expect(box.status().slots.s1).toMatchObject({ sessionId: null, waiting: 2 });

    await until(() => box.status().slots.s1!.waiting === 0);
    const { problem, slots } = box.status();
    expect(problem).toBeNull();
    expect(slots.s1).toMatchObject({ stored: 2, notStored: 0 });
    expect(await storedTexts(log, slots.s1!.sessionId!)).toEqual(['one', 'two']);
    expect(changes).toContain('full');
    expect(changes.at(-1)).toBe('none');
  });

  test('an aborted transaction is tried again; a write refused every time becomes a gap, the rest go on', async () => {
    const log = await newLog();
    const appendTurn = log.appendTurn.bind(log);
    let aborts = 0;
    vi.spyOn(log, 'appendTurn').mockImplementation((id, turn) => {
      if (turn.text === 'flaky' && aborts < 2) {
        aborts++;
        return Promise.reject(new DOMException('The transaction was aborted.', 'AbortError'));
      }
      if (turn.text === 'cursed')
        return Promise.reject(new DOMException('The transaction was aborted.', 'AbortError'));
      return appendTurn(id, turn);
    });
    const box = outbox(log, { maxRetryMs: 10 });
    box.enqueue([start(), append('one'), append('flaky'), append('cursed', 's1', T0 + 5), append('after')]);
    await until(() => box.status().slots.s1!.waiting === 0);
    await box.settled();
    const { sessionId, stored, notStored } = box.status().slots.s1!;
    expect({ stored, notStored }).toEqual({ stored: 3, notStored: 1 });
    expect(log.appendTurn).toHaveBeenCalledTimes(2 + 2 + MAX_ATTEMPTS + 1);
    const detail = (await log.getSession(sessionId!))!;
    expect(detail.turns.map((t) => t.text)).toEqual(['one', 'flaky', 'after']);
    expect(detail.session.gaps).toEqual([
      { beforeSeq: 2, turns: 1, from: T0 + 5, to: T0 + 5, reason: 'write-failed' },
    ]);
  });

  test('memory is bounded: the oldest waiting turns become a gap, recorded where they were', async () => {
    const log = await newLog();
    // Slow retries, so that no write is in flight while the test adds turns.
    const box = outbox(log, { maxWaitingTurns: 3, firstRetryMs: 60_000, maxRetryMs: 60_000 });
    box.enqueue([start(), append('one')]);
    await box.settled();
    const disk = fillTheDisk();
    box.enqueue([append('a', 's1', T0)]);
    await until(() => box.status().problem?.kind === 'full');
    box.enqueue(['b', 'c', 'd', 'e'].map((t, i) => append(t, 's1', T0 + i + 1)));
    expect(box.status().slots.s1).toMatchObject({ stored: 1, waiting: 3, notStored: 2 });
    disk.freeSpace();
    box.retryNow();
    await until(() => box.status().slots.s1!.waiting === 0);
    await box.settled();
    const detail = (await log.getSession(box.status().slots.s1!.sessionId!))!;
    expect(detail.turns.map((t) => [t.seq, t.text])).toEqual([
      [0, 'one'],
      [1, 'c'],
      [2, 'd'],
      [3, 'e'],
    ]);
    expect(detail.session.gaps).toEqual([
      { beforeSeq: 1, turns: 2, from: T0, to: T0 + 1, reason: 'storage-full' },
    ]);
    expect(box.status().slots.s1).toMatchObject({ stored: 4, notStored: 2 });
  });

  test('the panel closed while writes were failing: what it saved holds no text, and becomes a gap', async () => {
    const dbName = freshDbName();
    const first = await openSessionLog({ dbName });
    logs.push(first);
    const box = outbox(first);
    box.enqueue([start(), append('stored before the disk filled', 's1', T0)]);
    await box.settled();
    const sessionId = box.status().slots.s1!.sessionId!;
    const disk = fillTheDisk();
    box.enqueue([append('my secret one', 's1', T0 + 1_000), append('my secret two', 's1', T0 + 2_000)]);
    await until(() => box.status().problem?.kind === 'full');
    // What storage.session would keep: a round trip through JSON, with no text in it.
    const saved = JSON.parse(JSON.stringify(box.save())) as unknown;
    expect(JSON.stringify(saved)).not.toMatch(/secret|stored before/);
    box.dispose();
    first.close();
    disk.freeSpace();

    const second = await openSessionLog({ dbName });
    logs.push(second);
    const reopened = outbox(second);
    reopened.restore(restoreSavedOutbox(saved));
    await reopened.settled();
    expect(reopened.status()).toMatchObject({ problem: null, slots: { s1: { stored: null, notStored: 2 } } });
    reopened.enqueue([append('said after reopening', 's1', T0 + 9_000)]);
    await reopened.settled();
    const detail = (await second.getSession(sessionId))!;
    expect(detail.turns.map((t) => t.text)).toEqual([
      'stored before the disk filled',
      'said after reopening',
    ]);
    expect(detail.session.gaps).toEqual([
      { beforeSeq: 1, turns: 2, from: T0 + 1_000, to: T0 + 2_000, reason: 'panel-closed' },
    ]);
    expect(reopened.status().slots.s1).toMatchObject({ sessionId, notStored: 2, stored: 2 });
  });

  test('closed before its session could even start: the session is made when the panel opens again', async () => {
    const dbName = freshDbName();
    const first = await openSessionLog({ dbName });
    logs.push(first);
    const disk = fillTheDisk();
    const box = outbox(first);
    box.enqueue([start(), append('one', 's1', T0 + 1), append('two', 's1', T0 + 2)]);
    await until(() => box.status().problem?.kind === 'full');
    const saved = restoreSavedOutbox(JSON.parse(JSON.stringify(box.save())));
    box.dispose();
    disk.freeSpace();

    const reopened = outbox(first);
    reopened.restore(saved);
    await until(() => reopened.status().slots.s1?.sessionId != null);
    await reopened.settled();
    const [listed] = await first.listSessions();
    expect(listed).toMatchObject({
      conversationKey: 'room/1',
      stats: { turns: 0 },
      gaps: [{ beforeSeq: 0, turns: 2, from: T0 + 1, to: T0 + 2, reason: 'panel-closed' }],
    });
  });

  test('space freed elsewhere (a session deleted in the review page) is tried at once, not after the backoff', async () => {
    const dbName = freshDbName();
    const panelLog = await openSessionLog({ dbName });
    const reviewLog = await openSessionLog({ dbName });
    logs.push(panelLog, reviewLog);
    const old = await reviewLog.startSession({ ...SESSION, conversationKey: 'an old one' });
    const box = outbox(panelLog, { firstRetryMs: 60_000, maxRetryMs: 60_000 });
    box.enqueue([start()]);
    await box.settled();
    const disk = fillTheDisk();
    box.enqueue([append('waiting for room')]);
    await until(() => box.status().problem?.kind === 'full');
    disk.freeSpace();
    await reviewLog.deleteSession(old.id);
    await until(() => box.status().slots.s1!.waiting === 0, 2_000);
    expect(await storedTexts(panelLog, box.status().slots.s1!.sessionId!)).toEqual(['waiting for room']);
  });

  test('a locked log: the turns wait for the passphrase, then are stored', async () => {
    const dbName = freshDbName();
    const options = { dbName, kdfIterations: TEST_KDF_ITERATIONS };
    const log = await openSessionLog({ ...options, passphrase: 'open sesame' });
    logs.push(log);
    const box = outbox(log);
    box.enqueue([start()]);
    await box.settled();
    log.lock();
    box.enqueue([append('while locked')]);
    await until(() => box.status().problem?.kind === 'locked');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box.status().slots.s1).toMatchObject({ waiting: 1, stored: 0 });
    await log.unlock('open sesame');
    box.retryNow();
    await until(() => box.status().slots.s1!.waiting === 0);
    expect(box.status().problem).toBeNull();
    expect(await storedTexts(log, box.status().slots.s1!.sessionId!)).toEqual(['while locked']);
  });

  test('a session deleted in the review page while the conversation goes on: the next turn starts a new one', async () => {
    const log = await newLog();
    const box = outbox(log);
    box.enqueue([start(), append('one')]);
    await box.settled();
    const first = box.status().slots.s1!.sessionId!;
    await log.deleteSession(first);
    box.enqueue([append('two', 's1', T0 + 60_000), { kind: 'end', slot: 's1', at: T0 + 90_000 }]);
    await box.settled();
    const second = box.status().slots.s1!.sessionId!;
    expect(second).not.toBe(first);
    const detail = (await log.getSession(second))!;
    expect(detail.turns.map((t) => t.text)).toEqual(['two']);
    expect(detail.session).toMatchObject({ startedAt: T0 + 60_000, endedAt: T0 + 90_000 });
  });
});

describe('what the panel saves between openings', () => {
  test('slots are bounded: the least recently used with nothing waiting are forgotten', async () => {
    const log = await newLog();
    const box = outbox(log);
    box.enqueue([start('kept'), append('first', 'kept')]);
    for (let i = 0; i < MAX_SLOTS + 20; i++) {
      box.enqueue([start(`s${i}`)]);
      // The conversation that goes on keeps its slot however many others start.
      if (i % 10 === 0) box.enqueue([append(`again ${i}`, 'kept')]);
    }
    await box.settled();
    const slots = Object.keys(box.status().slots);
    expect(slots).toHaveLength(MAX_SLOTS);
    expect(slots).toContain('kept');
    expect(slots).not.toContain('s0');
    expect(box.status().slots.kept).toMatchObject({ stored: 13, waiting: 0 });
  });

  test('what a panel before the outbox saved (slots and their sessions only) still reads', () => {
    const older = {
      recorder: { nextSlot: 2, conversations: {} },
      slots: { s1: { id: 'abc', session: SESSION } },
    };
    expect(restoreSavedOutbox(older)).toEqual({
      slots: { s1: { id: 'abc', session: SESSION } },
      unsaved: {},
    });
  });

  test('a slot whose session is not a session (parsed, not cast) is left out with its gaps', () => {
    const gap = { turns: 1, from: 1, to: 1, reason: 'panel-closed' };
    expect(
      restoreSavedOutbox({
        slots: { s1: { id: 'abc', session: { site: 'a.example' } }, s2: { session: SESSION, notStored: -1 } },
        unsaved: { s1: [gap], s2: [gap] },
      }),
    ).toEqual({ slots: {}, unsaved: {} });
  });

  test('malformed or foreign values are left out, never guessed', () => {
    expect(restoreSavedOutbox(undefined)).toEqual({ slots: {}, unsaved: {} });
    expect(
      restoreSavedOutbox({
        slots: { s1: { id: 'abc', session: SESSION }, s2: { id: 7, session: SESSION }, s3: null },
        unsaved: {
          s1: [
            { turns: 2, from: 1, to: 2, reason: 'panel-closed' },
            { turns: 0, from: 1, to: 2, reason: 'panel-closed' },
            { turns: 1, from: 1, to: 2, reason: 'because' },
          ],
          s9: [{ turns: 1, from: 1, to: 1, reason: 'panel-closed' }],
        },
      }),
    ).toEqual({
      slots: { s1: { id: 'abc', session: SESSION } },
      unsaved: { s1: [{ turns: 2, from: 1, to: 2, reason: 'panel-closed' }] },
    });
  });
});
