import { describe, expect, test } from 'vitest';
import { type TimingClock, reviewTimings } from '../../lib/review/bench-timing';

/** A clock that records what was marked and measured, and paints when told to. */
function fakeClock() {
  const marks = new Set<string>();
  const measures: string[] = [];
  const paints: (() => void)[] = [];
  const clock: TimingClock = {
    mark: (name) => void marks.add(name),
    measure: (name, start) => void measures.push(`${name} since ${start}`),
    hasMark: (name) => marks.has(name),
    afterPaint: (then) => void paints.push(then),
  };
  const paint = () => paints.splice(0).forEach((then) => then());
  return { clock, measures, paint };
}

describe('review page timings', () => {
  test('a list asked for is measured when answered, when shown, after the paint and when complete', () => {
    const { clock, measures, paint } = fakeClock();
    const timings = reviewTimings(clock);
    timings.listAsked();
    timings.listAnswered();
    timings.listShown();
    paint();
    timings.listCompleted();
    expect(measures).toEqual([
      'attune:review:list-data since attune:list:start',
      'attune:review:list since attune:list:start',
      'attune:review:list-painted since attune:list:start',
      'attune:review:list-complete since attune:list:start',
    ]);
  });

  test('each measure is taken once: later renders of the same list measure nothing', () => {
    const { clock, measures } = fakeClock();
    const timings = reviewTimings(clock);
    timings.listAsked();
    timings.listAnswered();
    timings.listShown();
    timings.listShown();
    timings.listCompleted();
    timings.listCompleted();
    expect(measures.filter((m) => m.startsWith('attune:review:list since'))).toHaveLength(1);
    expect(measures.filter((m) => m.startsWith('attune:review:list-complete'))).toHaveLength(1);
  });

  test('nothing is measured before anything was asked (a render of a filter typed)', () => {
    const { clock, measures } = fakeClock();
    const timings = reviewTimings(clock);
    timings.listShown();
    timings.listCompleted();
    timings.openShown();
    timings.openCompleted();
    expect(measures).toEqual([]);
  });

  test('a session that was not found has no complete timeline to measure', () => {
    const { clock, measures } = fakeClock();
    const timings = reviewTimings(clock);
    timings.openAsked();
    timings.openAnswered(false);
    timings.openShown();
    timings.openCompleted();
    expect(measures).toEqual([
      'attune:review:open-data since attune:open:start',
      'attune:review:open since attune:open:start',
    ]);
  });

  test('a list whose answer failed is not measured as complete', () => {
    const { clock, measures } = fakeClock();
    const timings = reviewTimings(clock);
    timings.listAsked();
    timings.listCompleted();
    expect(measures).toEqual([]);
  });
});
