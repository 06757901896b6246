import { describe, expect, test } from 'vitest';
import { resistanceBehaviours } from '../../models';
import { percentile, runJudgeBench } from '../../lib/judge/bench';
import { BENCH_EXCERPTS, type BenchExcerpt } from '../../lib/judge/bench-set';
import { demoVerdict } from '../../lib/judge/demo-engine';
import { ScriptedEngine } from '../../lib/judge/scripted-engine';

/** The judge benchmark's runner, on the scripted engine (no GPU here: model figures are measured elsewhere). */
describe('judge benchmark', () => {
  test('the fixed set has 20 excerpts covering all 13 resistance behaviours', () => {
    expect(BENCH_EXCERPTS).toHaveLength(20);
    expect(new Set(BENCH_EXCERPTS.map((e) => e.behaviour))).toEqual(new Set(resistanceBehaviours));
    expect(new Set(BENCH_EXCERPTS.map((e) => e.id)).size).toBe(20);
  });

  test('reports times, speeds and the share of valid verdicts; a garbage answer counts against it', async () => {
    let current: BenchExcerpt | null = null;
    let calls = 0;
    const engine = new ScriptedEngine({
      script: () => {
        calls++;
        if (calls === 3) return { text: 'Sure! Here is my rating: great reply', msPerToken: 1 };
        if (calls === 7) return { text: '{"resistance": "minimizing"}', msPerToken: 1 };
        const verdict = demoVerdict(
          current!.context.map((t) => ({ ...t })),
          current!.draft,
        );
        return { text: JSON.stringify(verdict), msPerToken: 1, prefillMs: 5 };
      },
    });
    await engine.load('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    const report = await runJudgeBench(engine, { engineName: 'scripted', beforeRun: (e) => (current = e) });
    expect(report.runs).toHaveLength(20);
    expect(report.summary.validJsonShare).toBe(19 / 20);
    expect(report.summary.validVerdictShare).toBe(18 / 20);
    expect(report.runs[2]).toMatchObject({ validJson: false, validVerdict: false });
    expect(report.summary.verdictSecondsP95).toBeGreaterThanOrEqual(report.summary.verdictSecondsP50);
    expect(report.summary.timeToFirstTokenP50).toBeGreaterThan(0);
    expect(report.summary.decodeTokensPerSecondMedian).toBeGreaterThan(0);
    // Exported as JSON, it reads back the same.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('refuses to run without a loaded model', async () => {
    await expect(runJudgeBench(new ScriptedEngine(), { engineName: 'scripted' })).rejects.toThrow(
      /Load a model/,
    );
  });

  test('percentiles are nearest-rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 95)).toBe(19);
    expect(percentile([], 50)).toBeNull();
  });
});
