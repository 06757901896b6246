import { afterEach, describe, expect, test, vi } from 'vitest';
import { type CodedTurn, summarize } from '../../lib/analysis/session';
import { LogStorageFullError, SessionNotFoundError, isQuotaError } from '../../lib/log/errors';
import { exportSessionLog, importSessionLog, readExportFile } from '../../lib/log/export';
import { DEFAULT_RETENTION_DAYS, RETENTION_CHECK_PERIOD_MINUTES, openSessionLog } from '../../lib/log/store';
import type { LoggedTurn } from '../../models/session-log';
import {
  CONVERSATION,
  DAY,
  T0,
  TEST_KDF_ITERATIONS,
  freshDbName,
  logConversation,
  openTestLog,
  turnsFor,
  withHintAction,
  withJudgeVerdict,
} from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The analyzer's own session summary over the logged assessments: what the log must agree with. */
function expectedSummary(turns: readonly LoggedTurn[]) {
  const coded: CodedTurn[] = turns.flatMap((t): CodedTurn[] => {
    if (t.role === 'client')
      return [{ role: 'client', resistance: t.assessment?.resistance.present ?? false }];
    const a = t.assessment;
    if (!a) return [];
    const f = a.flags;
    return [
      {
        role: 'counselor',
        main: a.main,
        question: a.question,
        reflection: a.reflection,
        input: a.input,
        adherent: Number(f.affirm) + Number(f.seekingCollaboration) + Number(f.emphasizingAutonomy),
        nonAdherent:
          Number(f.confront) + Number(f.persuadeWithoutPermission) + Number(f.direct) + Number(f.warn),
      },
    ];
  });
  return { ...summarize(coded), turns: turns.length };
}

describe('logging a session', () => {
  test('keeps every turn in order with the text, assessment and hints the counselor saw', async () => {
    const log = await openTestLog();
    const session = await logConversation(log);
    const detail = await log.getSession(session.id);

    expect(detail?.turns.map((t) => [t.seq, t.role, t.text])).toEqual(
      CONVERSATION.map((m, i) => [i, m.role, m.text]),
    );
    const reply = detail!.turns[2]!;
    expect(reply.role === 'counselor' && reply.sentDraft).toBe(true);
    expect(reply.role === 'counselor' && reply.assessment?.mechanisms.respectForAutonomy).toBe(0);
    expect(reply.role === 'counselor' && reply.hints.map((h) => h.rule)).toContain(
      'mechanism.autonomy.directive',
    );
    const client = detail!.turns[1]!;
    expect(client.role === 'client' && client.assessment?.resistance.cues.map((c) => c.behaviour)).toContain(
      'minimizing',
    );
    log.close();
  });

  test('keeps the session summary and counts current as turns arrive, without reading turns', async () => {
    const log = await openTestLog();
    const session = await logConversation(log);
    const detail = (await log.getSession(session.id))!;

    expect(detail.session.summary).toEqual(expectedSummary(detail.turns));
    expect(detail.stats).toMatchObject({
      turns: 7,
      clientTurns: 3,
      counselorTurns: 4,
      assessedReplies: 4,
      resistanceMoments: detail.session.summary!.resistanceMoments,
    });
    expect(detail.stats.resistanceMoments).toBeGreaterThanOrEqual(2);
    expect(detail.stats.behaviours.minimizing).toBe(1);
    const hintsShown = detail.turns.reduce((n, t) => n + (t.role === 'counselor' ? t.hints.length : 0), 0);
    expect(detail.stats.hintsShown).toBe(hintsShown);
    expect(detail.stats.hintActions.ignored).toBe(hintsShown);
    const [listed] = await log.listSessions();
    expect(listed).toEqual({ ...detail.session, stats: detail.stats });
    log.close();
  });

  test('a reply the panel did not assess counts as a turn but not in the MI ratios', async () => {
    const log = await openTestLog();
    const session = await log.startSession({ site: 'a.example', platform: 'practice', conversationKey: 'k' });
    const [, , directive] = turnsFor(CONVERSATION);
    await log.appendTurn(session.id, directive!);
    await log.appendTurn(session.id, { role: 'counselor', text: 'typed on my phone', sentDraft: false });
    const detail = (await log.getSession(session.id))!;
    expect(detail.session.summary?.turns).toBe(2);
    expect(detail.stats.assessedReplies).toBe(1);
    expect(detail.session.summary).toEqual(expectedSummary(detail.turns));
    log.close();
  });

  test('refuses a hint whose framework id is not in the framework', async () => {
    const log = await openTestLog();
    const session = await log.startSession({ site: 'a.example', platform: 'practice', conversationKey: 'k' });
    const hint = {
      rule: 'x',
      about: 'bossiness',
      severity: 'suggestion',
      message: 'm',
      action: 'ignored',
      actedAt: null,
    };
    await expect(
      // @ts-expect-error: 'bossiness' is deliberately not a framework id
      log.appendTurn(session.id, { role: 'counselor', text: 'hi', sentDraft: true, hints: [hint] }),
    ).rejects.toThrow();
    expect((await log.getSession(session.id))?.turns).toEqual([]);
    log.close();
  });

  test('keeps what the counselor did with a hint, on the turn and in the counts', async () => {
    const log = await openTestLog();
    const session = await logConversation(log, {}, CONVERSATION, (turns) =>
      withHintAction(turns, 2, 'mechanism.autonomy.directive', 'disagreed', T0 + 5),
    );
    const detail = (await log.getSession(session.id))!;
    const reply = detail.turns[2]!;
    const hint =
      reply.role === 'counselor' ? reply.hints.find((h) => h.rule === 'mechanism.autonomy.directive') : null;
    expect(hint).toMatchObject({ action: 'disagreed', actedAt: T0 + 5 });
    expect(detail.stats.hintActions.disagreed).toBe(1);
    expect(detail.stats.hintActions.ignored).toBe(detail.stats.hintsShown - 1);
    log.close();
  });

  test('keeps a judge verdict on a reply, with the keys the judge adds', async () => {
    const log = await openTestLog();
    const verdict = {
      mechanisms: {
        respectForAutonomy: 0,
        stanceAlignment: 0,
        emotionalResonance: 0,
        conversationalOrientation: 1,
      },
      explanation: 'Directs without permission after minimizing.',
      modelId: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
      suggestion: 'Ask first.',
    } as const;
    const session = await logConversation(log, {}, CONVERSATION, (turns) =>
      withJudgeVerdict(turns, 2, verdict),
    );
    const reply = (await log.getSession(session.id))!.turns[2]!;
    expect(reply.role === 'counselor' && reply.judge).toEqual(verdict);
    log.close();
  });

  test('notes and the end time are kept; empty notes are removed', async () => {
    const log = await openTestLog();
    const session = await logConversation(log);
    await log.setNotes(session.id, {
      counselorNote: 'Hard one.',
      supervisorNote: 'Good recovery at turn 4.',
    });
    await log.setNotes(session.id, { counselorNote: '' });
    await log.endSession(session.id, T0 + DAY);
    const { session: stored } = (await log.getSession(session.id))!;
    expect(stored).toMatchObject({ supervisorNote: 'Good recovery at turn 4.', endedAt: T0 + DAY });
    expect(stored).not.toHaveProperty('counselorNote');
    await expect(log.setNotes(session.id, { counselorNote: 'x'.repeat(20_001) })).rejects.toThrow(/at most/);
    await expect(log.endSession('missing')).rejects.toBeInstanceOf(SessionNotFoundError);
    log.close();
  });

  test('what was logged is there after the log is closed and opened again', async () => {
    const dbName = freshDbName();
    const first = await openSessionLog({ dbName });
    const session = await logConversation(first);
    const before = await first.getSession(session.id);
    first.close();
    const second = await openSessionLog({ dbName });
    expect(await second.getSession(session.id)).toEqual(before);
    second.close();
  });
});

describe('listing sessions', () => {
  test('filters by site, date, resistance, score and search text; newest first', async () => {
    const log = await openTestLog();
    const a = await logConversation(log, {
      site: 'chat.one.org',
      startedAt: T0,
      conversationKey: 'room/alpha',
    });
    const b = await logConversation(log, {
      site: 'chat.two.org',
      startedAt: T0 + DAY,
      conversationKey: 'room/beta',
    });
    const calm = await log.startSession({
      site: 'chat.two.org',
      platform: 'zendesk',
      conversationKey: 'ticket/9',
      startedAt: T0 + 2 * DAY,
    });
    await log.appendTurn(calm.id, { role: 'client', text: 'Thanks, that helped.', assessment: null });
    await log.setNotes(b.id, { supervisorNote: 'Discuss the righting reflex' });

    const ids = async (filter: Parameters<typeof log.listSessions>[0]) =>
      (await log.listSessions(filter)).map((s) => s.id);
    expect(await ids({})).toEqual([calm.id, b.id, a.id]);
    expect(await ids({ site: 'chat.two.org' })).toEqual([calm.id, b.id]);
    expect(await ids({ from: T0 + DAY })).toEqual([calm.id, b.id]);
    expect(await ids({ to: T0 + DAY - 1 })).toEqual([a.id]);
    expect(await ids({ site: 'chat.two.org', to: T0 + DAY })).toEqual([b.id]);
    expect(await ids({ hasResistance: true })).toEqual([b.id, a.id]);
    expect(await ids({ hasResistance: false })).toEqual([calm.id]);
    expect(await ids({ search: 'RIGHTING' })).toEqual([b.id]);
    expect(await ids({ search: 'alpha' })).toEqual([a.id]);
    const score = (await log.listSessions())[1]!.summary!.score;
    expect(score).toBeGreaterThan(0);
    expect(await ids({ minScore: score })).toEqual([b.id, a.id]);
    expect(await ids({ minScore: score + 0.0001 })).toEqual([]);
    log.close();
  });
});

describe('deleting', () => {
  test('deleting one session removes it and its turns and leaves the others', async () => {
    const log = await openTestLog();
    const keep = await logConversation(log);
    const drop = await logConversation(log);
    expect(await log.deleteSession(drop.id)).toBe(true);
    expect(await log.getSession(drop.id)).toBeUndefined();
    expect((await log.listSessions()).map((s) => s.id)).toEqual([keep.id]);
    expect(await log.estimateUsage()).toMatchObject({ sessions: 1, turns: CONVERSATION.length });
    expect(await log.deleteSession(drop.id)).toBe(false);
    log.close();
  });

  test('deleting everything leaves an empty log that still works', async () => {
    const log = await openTestLog();
    await logConversation(log);
    await logConversation(log);
    await log.deleteAll();
    expect(await log.listSessions()).toEqual([]);
    expect(await log.estimateUsage()).toMatchObject({ sessions: 0, turns: 0 });
    await logConversation(log);
    expect(await log.listSessions()).toHaveLength(1);
    log.close();
  });
});

describe('retention', () => {
  test('defaults to 30 days counted from last activity, checked daily', async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(30);
    expect(RETENTION_CHECK_PERIOD_MINUTES).toBe(24 * 60);
    const log = await openTestLog();
    expect(await log.getSettings()).toEqual({ retentionDays: 30 });
    const now = T0 + 100 * DAY;
    const old = await logConversation(log, { startedAt: now - 31 * DAY });
    const recent = await logConversation(log, { startedAt: now - 29 * DAY });
    // Started long ago, still going on yesterday: not deleted under the counselor.
    const longRunning = await logConversation(log, { startedAt: now - 40 * DAY });
    await log.appendTurn(longRunning.id, { role: 'client', text: 'still here', at: now - DAY });

    expect(await log.enforceRetention(now)).toEqual({ deletedSessions: 1 });
    expect((await log.listSessions()).map((s) => s.id).sort()).toEqual([recent.id, longRunning.id].sort());
    expect(await log.getSession(old.id)).toBeUndefined();
    expect(await log.estimateUsage()).toMatchObject({ sessions: 2, turns: 2 * CONVERSATION.length + 1 });
    log.close();
  });

  test('a shorter period set by the counselor deletes more; nonsense periods are refused', async () => {
    const log = await openTestLog();
    const now = T0 + 100 * DAY;
    await logConversation(log, { startedAt: now - 10 * DAY });
    const kept = await logConversation(log, { startedAt: now - 5 * DAY });
    await log.setRetentionDays(7);
    expect(await log.getSettings()).toEqual({ retentionDays: 7 });
    expect(await log.enforceRetention(now)).toEqual({ deletedSessions: 1 });
    expect((await log.listSessions()).map((s) => s.id)).toEqual([kept.id]);
    await expect(log.setRetentionDays(0)).rejects.toThrow();
    await expect(log.setRetentionDays(1.5)).rejects.toThrow();
    log.close();
  });

  test('ending a session counts as activity', async () => {
    const log = await openTestLog();
    const now = T0 + 100 * DAY;
    const session = await logConversation(log, { startedAt: now - 35 * DAY });
    await log.endSession(session.id, now - 2 * DAY);
    expect(await log.enforceRetention(now)).toEqual({ deletedSessions: 0 });
    log.close();
  });
});

describe('two tabs logging at once', () => {
  test.each([
    ['in the clear', undefined],
    ['encrypted', 'two tabs, one passphrase'],
  ])(
    'interleaved writes from two connections lose nothing and never share a seq (%s)',
    async (_mode, passphrase) => {
      const dbName = freshDbName();
      const options = { dbName, passphrase, kdfIterations: TEST_KDF_ITERATIONS };
      const tabA = await openSessionLog(options);
      const tabB = await openSessionLog(options);
      const shared = await tabA.startSession({
        site: 'a.example',
        platform: 'practice',
        conversationKey: 'shared',
      });
      const ownB = await tabB.startSession({
        site: 'b.example',
        platform: 'practice',
        conversationKey: 'own',
      });
      const n = 30;
      const writes: Promise<unknown>[] = [];
      for (let i = 0; i < n; i++) {
        writes.push(tabA.appendTurn(shared.id, { role: 'client', text: `A${i}`, assessment: null }));
        writes.push(tabB.appendTurn(shared.id, { role: 'counselor', text: `B${i}`, sentDraft: false }));
        writes.push(tabB.appendTurn(ownB.id, { role: 'client', text: `own${i}`, assessment: null }));
      }
      await Promise.all(writes);

      const detail = (await tabB.getSession(shared.id))!;
      expect(detail.turns.map((t) => t.seq)).toEqual([...Array(2 * n).keys()]);
      expect(detail.turns.map((t) => t.text).sort()).toEqual(
        [...Array(n).keys()].flatMap((i) => [`A${i}`, `B${i}`]).sort(),
      );
      // Each tab's own turns stay in the order that tab sent them.
      const order = (prefix: string) =>
        detail.turns.filter((t) => t.text.startsWith(prefix)).map((t) => t.text);
      expect(order('A')).toEqual([...Array(n).keys()].map((i) => `A${i}`));
      expect(detail.stats).toMatchObject({ turns: 2 * n, clientTurns: n, counselorTurns: n });
      expect((await tabA.getSession(ownB.id))!.turns).toHaveLength(n);
      tabA.close();
      tabB.close();
    },
  );

  test('notes and a turn in one tab and new turns in another all survive', async () => {
    const dbName = freshDbName();
    const tabA = await openSessionLog({ dbName });
    const tabB = await openSessionLog({ dbName });
    const session = await logConversation(tabA);
    const [reply] = withHintAction(
      turnsFor(CONVERSATION.slice(0, 3)),
      2,
      'mechanism.autonomy.directive',
      'accepted',
      T0,
    ).slice(2);
    await Promise.all([
      tabA.appendTurn(session.id, reply!),
      tabB.appendTurn(session.id, { role: 'client', text: 'one more', assessment: null }),
      tabB.setNotes(session.id, { counselorNote: 'note from B' }),
    ]);
    const detail = (await tabA.getSession(session.id))!;
    expect(detail.turns).toHaveLength(CONVERSATION.length + 2);
    expect(detail.stats.hintActions.accepted).toBe(1);
    expect(detail.stats.turns).toBe(CONVERSATION.length + 2);
    expect(detail.session.counselorNote).toBe('note from B');
    tabA.close();
    tabB.close();
  });
});

describe('a full disk', () => {
  function failTurnWrites() {
    const add = IDBObjectStore.prototype.add;
    return vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'turns') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
  }

  test('gives LogStorageFullError with a clear message and keeps what was stored', async () => {
    const log = await openTestLog();
    const session = await logConversation(log);
    const before = await log.getSession(session.id);

    const spy = failTurnWrites();
    const failed = log.appendTurn(session.id, {
      role: 'client',
      text: 'this one does not fit',
      assessment: null,
    });
    await expect(failed).rejects.toBeInstanceOf(LogStorageFullError);
    await expect(failed).rejects.toThrow(/full.*kept/s);
    spy.mockRestore();

    // Earlier turns are all readable, and the counts do not include the turn that failed.
    expect(await log.getSession(session.id)).toEqual(before);
    const next = await log.appendTurn(session.id, {
      role: 'client',
      text: 'after cleanup',
      assessment: null,
    });
    expect(next.seq).toBe(CONVERSATION.length);
    log.close();
  });

  test('recognizes a quota refusal however the browser reports it', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Error('aborted', { cause: quota }))).toBe(true);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
  });
});

describe('turns not stored (gaps)', () => {
  test('are recorded where the next turn goes, merged when they sit at the same place, and kept', async () => {
    const log = await openTestLog();
    const session = await log.startSession({ site: 'a.example', platform: 'practice', conversationKey: 'k' });
    await log.appendTurn(session.id, { role: 'client', text: 'one', at: T0, assessment: null });
    expect(
      await log.recordGap(session.id, { turns: 2, from: T0 + 1_000, to: T0 + 2_000, reason: 'storage-full' }),
    ).toEqual({ beforeSeq: 1, turns: 2, from: T0 + 1_000, to: T0 + 2_000, reason: 'storage-full' });
    await log.recordGap(session.id, { turns: 1, from: T0 + 3_000, to: T0 + 3_000, reason: 'storage-full' });
    await log.appendTurn(session.id, { role: 'client', text: 'two', at: T0 + 4_000, assessment: null });
    await log.recordGap(session.id, { turns: 1, from: T0 + 5_000, to: T0 + 5_000, reason: 'panel-closed' });

    const detail = (await log.getSession(session.id))!;
    expect(detail.turns.map((t) => [t.seq, t.text])).toEqual([
      [0, 'one'],
      [1, 'two'],
    ]);
    expect(detail.session.gaps).toEqual([
      { beforeSeq: 1, turns: 3, from: T0 + 1_000, to: T0 + 3_000, reason: 'storage-full' },
      { beforeSeq: 2, turns: 1, from: T0 + 5_000, to: T0 + 5_000, reason: 'panel-closed' },
    ]);
    // Gaps are not turns: the counts and summary are about what was stored.
    expect(detail.stats.turns).toBe(2);
    expect((await log.listSessions())[0]!.gaps).toEqual(detail.session.gaps);
    // A gap is activity: retention counts from its last missing turn.
    expect(await log.enforceRetention(T0 + 5_000 + 30 * DAY)).toEqual({ deletedSessions: 0 });
    await expect(
      log.recordGap(session.id, { turns: 0, from: T0, to: T0, reason: 'storage-full' }),
    ).rejects.toThrow();
    await expect(
      log.recordGap('missing', { turns: 1, from: T0, to: T0, reason: 'storage-full' }),
    ).rejects.toBeInstanceOf(SessionNotFoundError);
    log.close();
  });

  test('travel with the session in full and summary exports', async () => {
    const log = await openTestLog();
    const session = await logConversation(log);
    const gap = { turns: 2, from: T0 + 1_000, to: T0 + 2_000, reason: 'storage-full' } as const;
    await log.recordGap(session.id, gap);
    const options = { exportedAt: T0 + DAY };
    const target = await openTestLog();
    await importSessionLog(target, await exportSessionLog(log, options));
    expect((await target.getSession(session.id))!.session.gaps).toEqual([
      { beforeSeq: CONVERSATION.length, ...gap },
    ]);
    const summary = await readExportFile(await exportSessionLog(log, { ...options, kind: 'summary' }));
    expect(summary.kind === 'summary' && summary.payload.sessions[0]!.gaps).toEqual([
      { beforeSeq: CONVERSATION.length, ...gap },
    ]);
    log.close();
    target.close();
  });
});
