import { verdictJsonSchema } from '../../models/verdict';
import type { JudgeEngine } from './engine';
import { BENCH_EXCERPTS, type BenchExcerpt } from './bench-set';
import { parseVerdict } from './parse';
import { buildJudgePrompt, OUTPUT_TOKEN_BUDGET } from './prompt';

/**
 * The judge benchmark: the fixed excerpts through the loaded model, one complete verdict each,
 * exactly as the panel asks (same prompt, schema, token cap, temperature 0), with no cache. It
 * reports what decides whether the model tier helps while typing: time to a complete verdict,
 * time to first token, prefill and decode speed, and how often the answer is a valid verdict.
 */
export interface BenchRun {
  readonly id: string;
  readonly behaviour: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** Wall clock from request to complete reply, as the panel would wait. */
  readonly verdictSeconds: number;
  readonly timeToFirstTokenS: number | null;
  readonly prefillTokensPerSecond: number | null;
  readonly decodeTokensPerSecond: number | null;
  readonly validJson: boolean;
  readonly validVerdict: boolean;
  readonly finishReason: string;
  readonly error?: string;
}

export interface BenchReport {
  readonly format: 'attune-judge-bench';
  readonly version: 1;
  readonly modelId: string;
  readonly engine: string;
  readonly startedAt: string;
  readonly userAgent: string;
  readonly runs: readonly BenchRun[];
  readonly summary: {
    readonly verdictSecondsP50: number;
    readonly verdictSecondsP95: number;
    readonly timeToFirstTokenP50: number | null;
    readonly timeToFirstTokenP95: number | null;
    readonly prefillTokensPerSecondMedian: number | null;
    readonly decodeTokensPerSecondMedian: number | null;
    readonly validJsonShare: number;
    readonly validVerdictShare: number;
  };
}

/** Nearest-rank percentile of the numbers given (null when there are none). */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

async function runOne(engine: JudgeEngine, excerpt: BenchExcerpt, now: () => number): Promise<BenchRun> {
  const prompt = buildJudgePrompt({ context: excerpt.context, draft: excerpt.draft });
  const started = now();
  try {
    const reply = await engine.complete(prompt.messages, {
      maxTokens: OUTPUT_TOKEN_BUDGET,
      temperature: 0,
      jsonSchema: verdictJsonSchema(),
    });
    const seconds = (now() - started) / 1000;
    let validJson = true;
    try {
      JSON.parse(reply.text);
    } catch {
      validJson = false;
    }
    const parsed = parseVerdict(reply.text, { context: excerpt.context, draft: excerpt.draft });
    const ttft = reply.usage.timeToFirstTokenS ?? null;
    return {
      id: excerpt.id,
      behaviour: excerpt.behaviour,
      promptTokens: reply.usage.promptTokens,
      completionTokens: reply.usage.completionTokens,
      verdictSeconds: seconds,
      timeToFirstTokenS: ttft,
      prefillTokensPerSecond:
        reply.usage.prefillTokensPerSecond ?? (ttft && ttft > 0 ? reply.usage.promptTokens / ttft : null),
      decodeTokensPerSecond: reply.usage.decodeTokensPerSecond ?? null,
      validJson,
      validVerdict: parsed.ok,
      finishReason: reply.finishReason,
    };
  } catch (error) {
    return {
      id: excerpt.id,
      behaviour: excerpt.behaviour,
      promptTokens: prompt.promptTokens,
      completionTokens: 0,
      verdictSeconds: (now() - started) / 1000,
      timeToFirstTokenS: null,
      prefillTokensPerSecond: null,
      decodeTokensPerSecond: null,
      validJson: false,
      validVerdict: false,
      finishReason: 'error',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

export interface RunBenchOptions {
  readonly engineName: string;
  readonly excerpts?: readonly BenchExcerpt[];
  readonly onRun?: (run: BenchRun, done: number, total: number) => void;
  /** Told which excerpt is next (the demo engine answers about it). */
  readonly beforeRun?: (excerpt: BenchExcerpt) => void;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  readonly userAgent?: string;
}

/** Runs every excerpt once, in order, on the model already loaded in `engine`. */
export async function runJudgeBench(engine: JudgeEngine, options: RunBenchOptions): Promise<BenchReport> {
  const modelId = engine.loadedModelId;
  if (!modelId) throw new Error('Load a model before running the benchmark.');
  const excerpts = options.excerpts ?? BENCH_EXCERPTS;
  const now = options.now ?? (() => performance.now());
  const startedAt = new Date().toISOString();
  const runs: BenchRun[] = [];
  for (const excerpt of excerpts) {
    if (options.signal?.aborted) break;
    options.beforeRun?.(excerpt);
    const run = await runOne(engine, excerpt, now);
    runs.push(run);
    options.onRun?.(run, runs.length, excerpts.length);
  }
  const numbers = (pick: (r: BenchRun) => number | null) =>
    runs.map(pick).filter((v): v is number => v !== null);
  const share = (pick: (r: BenchRun) => boolean) =>
    runs.length ? runs.filter(pick).length / runs.length : 0;
  return {
    format: 'attune-judge-bench',
    version: 1,
    modelId,
    engine: options.engineName,
    startedAt,
    userAgent: options.userAgent ?? (typeof navigator === 'undefined' ? 'node' : navigator.userAgent),
    runs,
    summary: {
      verdictSecondsP50:
        percentile(
          numbers((r) => r.verdictSeconds),
          50,
        ) ?? 0,
      verdictSecondsP95:
        percentile(
          numbers((r) => r.verdictSeconds),
          95,
        ) ?? 0,
      timeToFirstTokenP50: percentile(
        numbers((r) => r.timeToFirstTokenS),
        50,
      ),
      timeToFirstTokenP95: percentile(
        numbers((r) => r.timeToFirstTokenS),
        95,
      ),
      prefillTokensPerSecondMedian: percentile(
        numbers((r) => r.prefillTokensPerSecond),
        50,
      ),
      decodeTokensPerSecondMedian: percentile(
        numbers((r) => r.decodeTokensPerSecond),
        50,
      ),
      validJsonShare: share((r) => r.validJson),
      validVerdictShare: share((r) => r.validVerdict),
    },
  };
}
