import { afterEach, describe, expect, test, vi } from 'vitest';
import { sessionMatches } from '../../lib/log/filter';
import { watchIdle } from '../../lib/log/idle-lock';
import { IdleLockMinutes } from '../../models/review-settings';
import {
  dayRange,
  groupByReply,
  mechanismSeries,
  mitiRows,
  repliesToResistance,
  resistanceMoments,
  sitesOf,
  trendSeries,
} from '../../lib/log/review';
import type { SessionSummary } from '../../models/assessment';
import { listItem, sessionDetail } from './fixtures';

const summary = (over: Partial<SessionSummary>): SessionSummary => ({
  turns: 10,
  reflectionToQuestion: 1,
  percentComplexReflections: 40,
  percentOpenQuestions: 50,
  miAdherent: 0,
  miNonAdherent: 0,
  resistanceMoments: 0,
  score: 0.5,
  ...over,
});

const marks = (s: SessionSummary) => Object.fromEntries(mitiRows(s).map((r) => [r.id, r.mark]));

describe('MITI 4.2.1 marks', () => {
  test.each([
    [0.99, 'below'],
    [1, 'fair'],
    [1.99, 'fair'],
    [2, 'good'],
    [null, 'none'],
  ] as const)('reflection-to-question %s is %s', (value, mark) => {
    expect(marks(summary({ reflectionToQuestion: value })).reflectionToQuestion).toBe(mark);
  });

  test.each([
    [39.9, 'below'],
    [40, 'fair'],
    [50, 'good'],
  ] as const)('complex reflections %s percent is %s', (value, mark) => {
    expect(marks(summary({ percentComplexReflections: value })).percentComplexReflections).toBe(mark);
  });

  test('open questions are marked against MITI 3.1.1 and say that MITI 4 has no threshold', () => {
    const row = mitiRows(summary({ percentOpenQuestions: 70 })).find((r) => r.id === 'percentOpenQuestions')!;
    expect(row.mark).toBe('good');
    expect(row.threshold).toMatch(/MITI 4\.2\.1 sets none/);
  });

  test('counts have no mark, and each row says what it means', () => {
    const rows = mitiRows(summary({ miAdherent: 3, miNonAdherent: 2 }));
    expect(rows.find((r) => r.id === 'miNonAdherent')).toMatchObject({ value: '2', mark: 'none' });
    expect(rows.find((r) => r.id === 'reflectionToQuestion')?.value).toBe('1 : 1');
    for (const row of rows) expect(row.meaning.length).toBeGreaterThan(20);
  });
});

describe('resistance moments', () => {
  test('each client turn with resistance, with the reply that met it', () => {
    const { turns } = sessionDetail();
    const moments = resistanceMoments(turns);
    expect(moments.map((m) => [m.client.seq, m.reply?.seq])).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(moments[0]!.behaviours).toContain('minimizing');
    expect(repliesToResistance(moments).get(2)).toEqual([1]);
  });

  test('a reading without a phrase and a behaviour is not a moment (as older logs may hold)', () => {
    const { turns } = sessionDetail();
    const client = turns[1]!;
    if (client.role !== 'client' || !client.assessment) throw new Error('fixture changed');
    const cueless = {
      ...client,
      assessment: { ...client.assessment, resistance: { present: true, confidence: 0.9, cues: [] } },
    };
    const moments = resistanceMoments([turns[0]!, cueless, turns[2]!, turns[3]!, turns[4]!]);
    expect(moments.map((m) => m.client.seq)).toEqual([3]);
  });

  test('moments met by the same reply are grouped; moments at the end have no reply', () => {
    const { turns } = sessionDetail();
    // Two client messages in a row, then the reply; and a last client message left unanswered.
    const burst = [
      turns[0]!,
      turns[1]!,
      { ...turns[3]!, seq: 2 },
      { ...turns[2]!, seq: 3 },
      { ...turns[3]!, seq: 4 },
    ];
    const groups = groupByReply(resistanceMoments(burst));
    expect(groups.map((g) => [g.moments.map((m) => m.client.seq), g.reply?.seq ?? null])).toEqual([
      [[1, 2], 3],
      [[4], null],
    ]);
  });
});

describe('chart series', () => {
  test('the four mechanism levels of each assessed reply, labelled by turn', () => {
    const { turns } = sessionDetail();
    const series = mechanismSeries(turns);
    expect(series.labels).toEqual(['turn 1', 'turn 3', 'turn 5', 'turn 7']);
    const autonomy = series.lines.find((l) => l.key === 'respectForAutonomy')!;
    // The directive reply ("You need to stop drinking") does not respect autonomy.
    expect(autonomy.values[1]).toBe(0);
  });

  test('trends run oldest first over the latest 60 sessions', () => {
    const items = Array.from({ length: 70 }, (_, i) =>
      listItem({
        id: `s${i}`,
        startedAt: 1_000 * (70 - i),
        summary: { ...sessionDetail().session.summary!, score: i / 100 },
      }),
    );
    const series = trendSeries(items, (ms) => String(ms));
    expect(series.labels).toHaveLength(60);
    expect(series.labels[0]).toBe('11000');
    expect(series.lines[0]).toMatchObject({ key: 'score' });
    expect(series.lines[0]!.values.at(-1)).toBe(0);
  });
});

describe('list filters', () => {
  const a = listItem({ id: 'a', site: 'one.example', startedAt: Date.UTC(2026, 10, 1, 12) });
  const b = listItem({
    id: 'b',
    site: 'two.example',
    startedAt: Date.UTC(2026, 10, 5, 12),
    supervisorNote: 'Good use of autonomy',
    stats: { ...a.stats, resistanceMoments: 0 },
  });

  test('by site, dates, resistance, score and text in notes', () => {
    const pick = (f: Parameters<typeof sessionMatches>[1]) =>
      [a, b].filter((i) => sessionMatches(i, f)).map((i) => i.id);
    expect(pick({})).toEqual(['a', 'b']);
    expect(pick({ site: 'two.example' })).toEqual(['b']);
    expect(pick({ from: Date.UTC(2026, 10, 3) })).toEqual(['b']);
    expect(pick({ to: Date.UTC(2026, 10, 3) })).toEqual(['a']);
    expect(pick({ hasResistance: true })).toEqual(['a']);
    expect(pick({ hasResistance: false })).toEqual(['b']);
    expect(pick({ search: 'AUTONOMY' })).toEqual(['b']);
    expect(pick({ minScore: (a.summary?.score ?? 0) + 0.01 })).toEqual([]);
    expect(sitesOf([b, a, b])).toEqual(['one.example', 'two.example']);
  });

  test('a date input covers its whole local day', () => {
    const range = dayRange('2026-11-05')!;
    expect(new Date(range.start).getHours()).toBe(0);
    expect(range.end - range.start).toBeGreaterThanOrEqual(23 * 3_600_000);
    expect(dayRange('nonsense')).toBeNull();
  });
});

describe('idle lock', () => {
  afterEach(() => vi.useRealTimers());

  test('fires after the idle time with no input, and input puts it off', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = new AbortController();
    watchIdle({ target, idleMs: 10 * 60_000, onIdle, signal: stop.signal });
    vi.advanceTimersByTime(9 * 60_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(9 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  test('stops when aborted', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const stop = new AbortController();
    watchIdle({ target: new EventTarget(), idleMs: 1_000, onIdle, signal: stop.signal });
    stop.abort();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
    // A stored choice the page never offers is not read as one (the item falls back to 10 minutes).
    expect(IdleLockMinutes.safeParse(7).success).toBe(false);
    expect(IdleLockMinutes.parse(30)).toBe(30);
  });
});
