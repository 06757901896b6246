import { describe, expect, test } from 'vitest';
import {
  AbortedError,
  BrokenDownloadError,
  DeviceLostError,
  type JudgeEngine,
  type LoadProgress,
} from '../../lib/judge/engine';
import {
  compareWithInstant,
  createJudge,
  describeFailure,
  type FallbackCode,
  mergeRisk,
} from '../../lib/judge/judge';
import { OUTPUT_TOKEN_BUDGET, type JudgeInput } from '../../lib/judge/prompt';
import { type FaultKind, ScriptedEngine, type ScriptedEngineOptions } from '../../lib/judge/scripted-engine';
import type { RiskLevel } from '../../models/framework';
import { type StoredVerdict, type Verdict, type VerdictRisk, verdictJsonSchema } from '../../models/verdict';

const LLAMA_1B_F16 = 'Llama-3.2-1B-Instruct-q4f16_1-MLC';
const LLAMA_1B_F32 = 'Llama-3.2-1B-Instruct-q4f32_1-MLC';
const QWEN_15B_F16 = 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC';

const input: JudgeInput = {
  context: [
    { role: 'counselor', text: 'How has the drinking been this week?' },
    { role: 'client', text: "It's not a big deal, everyone drinks on weekends." },
  ],
  draft: "You need to cut down, it's hurting your health.",
};

const verdict: Verdict = {
  resistance: 'minimizing',
  mechanisms: {
    respectForAutonomy: 0,
    stanceAlignment: 0,
    emotionalResonance: 0,
    conversationalOrientation: 0,
  },
  explanation: 'Minimizing. The draft commands and argues without reflecting the client.',
  evidence: { client: "it's not a big deal", draft: 'You need to cut down' },
  suggestion: 'Weekends feel normal to you. What do you enjoy about them?',
  risk: { client: '', kinds: [], level: 'none' },
};
const GOOD = JSON.stringify(verdict);

async function loaded(options: ScriptedEngineOptions, modelId = LLAMA_1B_F16): Promise<ScriptedEngine> {
  const engine = new ScriptedEngine(options);
  await engine.load(modelId);
  return engine;
}

describe('judge: the verdict path', () => {
  test('builds the prompt, constrains decoding with the verdict schema, and returns the located verdict', async () => {
    const engine = await loaded({ script: [GOOD] });
    const result = await createJudge(engine).judge(input);
    expect(result.kind).toBe('verdict');
    if (result.kind !== 'verdict') return;
    expect(result.verdict.resistance).toBe('minimizing');
    expect(result.spans.client).toMatchObject({ message: 1, text: "It's not a big deal" });
    expect(result.spans.draft).toMatchObject({ start: 0, text: 'You need to cut down' });
    expect(result.repaired).toBe(false);
    expect(result.modelId).toBe(LLAMA_1B_F16);
    expect(result.usage.completionTokens).toBeGreaterThan(0);

    const [call] = engine.calls;
    expect(call!.options).toMatchObject({
      maxTokens: OUTPUT_TOKEN_BUDGET,
      temperature: 0,
      jsonSchema: verdictJsonSchema(),
    });
    expect(call!.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(call!.messages[1]!.content).toContain(input.draft);
  });

  test('one invalid reply gets one repair turn in the same conversation, then succeeds', async () => {
    const engine = await loaded({ script: ['{"resistance": "minimizing", "mechanisms": {', GOOD] });
    const result = await createJudge(engine).judge(input);
    expect(result).toMatchObject({ kind: 'verdict', repaired: true });
    expect(engine.calls).toHaveLength(2);
    const [first, second] = engine.calls;
    expect(second!.messages.slice(0, 2)).toEqual(first!.messages);
    expect(second!.messages[2]).toEqual({
      role: 'assistant',
      content: '{"resistance": "minimizing", "mechanisms": {',
    });
    expect(second!.messages[3]!.content).toMatch(/not complete JSON/);
  });

  test('a repair that fails too falls back to the instant tier, and says so', async () => {
    const outOfRange = JSON.stringify({
      ...verdict,
      mechanisms: { ...verdict.mechanisms, stanceAlignment: 7 },
    });
    const engine = await loaded({ script: ['not json at all', outOfRange, GOOD] });
    const result = await createJudge(engine).judge(input);
    expect(result.kind).toBe('fallback');
    if (result.kind !== 'fallback') return;
    expect(result.reason.code).toBe('invalid_output');
    expect(result.reason.message).toMatch(/stanceAlignment/);
    expect(result.reason.message).toMatch(/instant hints/);
    expect(engine.calls).toHaveLength(2);
  });

  test('garbage that never stops is cut at the token cap and falls back without a second try', async () => {
    const engine = await loaded({ script: [{ runaway: ' ' }, GOOD] });
    const result = await createJudge(engine).judge(input);
    expect(result).toMatchObject({ kind: 'fallback', reason: { code: 'token_cap' } });
    expect(engine.calls).toHaveLength(1);
  });

  test('a slow runaway hits the timeout: generation is interrupted and the panel falls back', async () => {
    const engine = await loaded({ script: [{ runaway: 'la ', msPerToken: 20 }] });
    const started = Date.now();
    const result = await createJudge(engine, { timeoutMs: 150 }).judge(input);
    expect(result).toMatchObject({ kind: 'fallback', reason: { code: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(engine.interrupts).toBeGreaterThanOrEqual(1);
  });

  test('an engine that never answers at all still times out', async () => {
    const engine = await loaded({ script: [GOOD] });
    const hung: JudgeEngine = Object.assign(Object.create(engine) as ScriptedEngine, {
      complete: () => new Promise<never>(() => {}),
    });
    const result = await createJudge(hung, { timeoutMs: 100 }).judge(input);
    expect(result).toMatchObject({ kind: 'fallback', reason: { code: 'timeout' } });
  });

  test('without a loaded model it says so and offers to load one', async () => {
    const result = await createJudge(new ScriptedEngine({ script: [GOOD] })).judge(input);
    expect(result).toMatchObject({
      kind: 'fallback',
      reason: { code: 'not_loaded', action: { kind: 'load_model' } },
    });
  });
});

describe('judge: live typing', () => {
  test('a new request aborts the stale one: interrupted, and its result never returned', async () => {
    const engine = await loaded({
      script: (_messages, _options, call) => (call === 0 ? { text: GOOD, msPerToken: 10 } : GOOD),
    });
    const judge = createJudge(engine);
    const stale = judge.judge({ ...input, draft: 'You need to' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const fresh = judge.judge(input);
    expect(await stale).toEqual({ kind: 'aborted' });
    expect(await fresh).toMatchObject({ kind: 'verdict', cached: false });
    expect(engine.interrupts).toBeGreaterThanOrEqual(1);
    expect(engine.calls[0]!.options.signal?.aborted).toBe(true);
    // The stale draft was never cached: asking again goes to the engine.
    expect(judge.cachedResults).toBe(1);
  });

  test('the same context and draft come from the cache without calling the engine', async () => {
    const engine = await loaded({ script: [GOOD, GOOD] });
    const judge = createJudge(engine);
    await judge.judge(input);
    const again = await judge.judge({ context: input.context.map((m) => ({ ...m })), draft: input.draft });
    expect(again).toMatchObject({ kind: 'verdict', cached: true });
    expect(engine.calls).toHaveLength(1);
    await judge.judge({ ...input, draft: input.draft + ' Really.' });
    expect(engine.calls).toHaveLength(2);
  });

  test('the cache keeps only the most recent results', async () => {
    const engine = await loaded({ script: () => GOOD });
    const judge = createJudge(engine, { cacheSize: 2 });
    for (const draft of ['a', 'b', 'c']) await judge.judge({ ...input, draft });
    expect(judge.cachedResults).toBe(2);
    await judge.judge({ ...input, draft: 'c' });
    expect(engine.calls).toHaveLength(3);
    await judge.judge({ ...input, draft: 'a' });
    expect(engine.calls).toHaveLength(4);
  });

  test('the caller can cancel through its signal', async () => {
    const engine = await loaded({ script: [{ text: GOOD, msPerToken: 10 }] });
    const controller = new AbortController();
    const pending = createJudge(engine).judge(input, controller.signal);
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toEqual({ kind: 'aborted' });
  });
});

describe('judge: each engine fault becomes a reason and a next step', () => {
  const cases: [FaultKind, string, FallbackCode, object | undefined][] = [
    ['no_webgpu', LLAMA_1B_F16, 'no_webgpu', undefined],
    [
      'shader_f16_missing',
      LLAMA_1B_F16,
      'shader_f16_missing',
      { kind: 'switch_model', modelId: LLAMA_1B_F32 },
    ],
    ['device_lost', QWEN_15B_F16, 'device_lost', { kind: 'switch_model', modelId: LLAMA_1B_F16 }],
    ['quota_exceeded', LLAMA_1B_F16, 'quota_exceeded', { kind: 'free_storage', modelId: LLAMA_1B_F16 }],
    ['network', LLAMA_1B_F16, 'network', { kind: 'check_connection', url: 'https://models.invalid/' }],
    [
      'broken_download',
      LLAMA_1B_F16,
      'broken_download',
      { kind: 'clear_cache_and_retry', modelId: LLAMA_1B_F16 },
    ],
    ['worker_died', LLAMA_1B_F16, 'worker_died', { kind: 'restart_engine' }],
    ['timeout', LLAMA_1B_F16, 'timeout', undefined],
    ['invalid_output', LLAMA_1B_F16, 'invalid_output', undefined],
  ];

  test.each(cases)('%s while scoring with %s', async (fault, modelId, code, action) => {
    const engine = await loaded({ script: [{ fault }] }, modelId);
    const result = await createJudge(engine, { availableFeatures: ['shader-f16'] }).judge(input);
    expect(result.kind).toBe('fallback');
    if (result.kind !== 'fallback') return;
    expect(result.reason.code).toBe(code);
    expect(result.reason.message).toMatch(/instant hints carry on/);
    if (action) expect(result.reason.action).toMatchObject(action);
    else expect(result.reason.action).toBeUndefined();
  });

  test.each(cases.filter(([fault]) => fault !== 'timeout' && fault !== 'invalid_output'))(
    '%s while loading %s',
    async (fault, modelId, code, action) => {
      const engine = new ScriptedEngine({ loadFaults: [fault] });
      const error = await engine.load(modelId).catch((e: unknown) => e);
      const reason = describeFailure(error, { availableFeatures: ['shader-f16'] });
      expect(reason.code).toBe(code);
      if (action) expect(reason.action).toMatchObject(action);
    },
  );

  test('out of memory on the smallest model: no model to offer, and it says so', () => {
    const oom = describeFailure(new DeviceLostError('lost', LLAMA_1B_F16), {
      availableFeatures: ['shader-f16'],
    });
    expect(oom.code).toBe('device_lost');
    expect(oom.action).toBeUndefined();
    expect(oom.message).toMatch(/no smaller model/);
  });

  test('without shader-f16, out of memory offers a smaller q4f32 model only', () => {
    const oom = describeFailure(new DeviceLostError('lost', 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC'), {
      availableFeatures: [],
    });
    expect(oom.action).toMatchObject({ kind: 'switch_model', modelId: LLAMA_1B_F32 });
  });

  test('an error that is not ours is still a reason, never a crash', () => {
    expect(describeFailure(new Error('boom'))).toMatchObject({
      code: 'engine_failed',
      action: { kind: 'restart_engine' },
    });
    expect(describeFailure('weird')).toMatchObject({ code: 'engine_failed' });
  });

  test('a broken download stays broken until its cache is deleted; then the retry loads', async () => {
    const engine = new ScriptedEngine({ loadFaults: ['broken_download'] });
    await expect(engine.load(LLAMA_1B_F16)).rejects.toBeInstanceOf(BrokenDownloadError);
    await expect(engine.load(LLAMA_1B_F16)).rejects.toBeInstanceOf(BrokenDownloadError);
    await engine.deleteCached(LLAMA_1B_F16);
    await engine.load(LLAMA_1B_F16);
    expect(engine.loadedModelId).toBe(LLAMA_1B_F16);
    expect(await engine.isCached(LLAMA_1B_F16)).toBe(true);
  });

  test('a dead worker keeps failing until restarted, then judges again', async () => {
    const engine = await loaded({ script: [{ fault: 'worker_died' }, GOOD, GOOD] });
    const judge = createJudge(engine);
    expect(await judge.judge(input)).toMatchObject({ reason: { code: 'worker_died' } });
    expect(await judge.judge({ ...input, draft: 'x' })).toMatchObject({ reason: { code: 'worker_died' } });
    await engine.load(LLAMA_1B_F16);
    expect(await judge.judge(input)).toMatchObject({ kind: 'verdict' });
  });
});

describe('loading', () => {
  test('reports progress with bytes and time left, ending at 1', async () => {
    const engine = new ScriptedEngine({ loadSteps: 5, loadMs: 50, downloadMB: 700 });
    const reports: LoadProgress[] = [];
    await engine.load(LLAMA_1B_F16, { onProgress: (p) => reports.push(p) });
    expect(reports.map((r) => r.fraction)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(reports.at(-1)).toMatchObject({ bytesLoaded: 700e6, bytesTotal: 700e6 });
    expect(reports[0]!.secondsLeft).toBeGreaterThan(0);
  });

  test('can be cancelled', async () => {
    const engine = new ScriptedEngine({ loadSteps: 10, loadMs: 200 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(engine.load(LLAMA_1B_F16, {}, controller.signal)).rejects.toBeInstanceOf(AbortedError);
    expect(engine.loadedModelId).toBeNull();
  });
});

describe('compareWithInstant', () => {
  test('lists each mechanism where the model and the instant rules disagree, keeping both levels', () => {
    const instant = {
      respectForAutonomy: 0,
      stanceAlignment: 1,
      emotionalResonance: 0,
      conversationalOrientation: 2,
    } as const;
    const { rows, disagreements } = compareWithInstant(verdict, instant);
    expect(rows).toHaveLength(4);
    expect(disagreements).toEqual([
      { mechanism: 'stanceAlignment', model: 0, instant: 1, agree: false },
      { mechanism: 'conversationalOrientation', model: 0, instant: 2, agree: false },
    ]);
  });
});

describe('mergeRisk: the model may raise the instant risk level, never lower it', () => {
  const conversation = {
    context: [
      { role: 'counselor' as const, text: 'How have the nights been?' },
      {
        role: 'client' as const,
        text: "honestly i've been thinking everyone would be better off without me",
      },
      { role: 'counselor' as const, text: 'Do you have a plan to end your life?' },
      { role: 'client' as const, text: 'i have the pills saved up. tonight maybe' },
    ],
  };
  const withRisk = (risk: VerdictRisk): Verdict => ({ ...verdict, risk });
  const LEVELS: RiskLevel[] = ['none', 'possible', 'high'];

  test.each(LEVELS.flatMap((instant) => LEVELS.map((model) => [instant, model] as const)))(
    'instant %s, model %s: the higher of the two is shown, and only a higher model reading counts as raised',
    (instant, model) => {
      const merged = mergeRisk(
        { level: instant },
        withRisk({ client: '', kinds: [], level: model }),
        conversation,
      );
      const higher = LEVELS.indexOf(model) > LEVELS.indexOf(instant);
      expect(merged.level).toBe(higher ? model : instant);
      expect(merged.raised).toBe(higher);
      expect(merged.instantLevel).toBe(instant);
      expect(merged.modelLevel).toBe(model);
    },
  );

  test('raises possible to high with the kinds and the quote located in the client message', () => {
    const merged = mergeRisk(
      { level: 'possible', evidence: [] },
      withRisk({ client: 'i have the pills saved up', kinds: ['suicide', 'suicide'], level: 'high' }),
      conversation,
    );
    expect(merged).toMatchObject({ level: 'high', raised: true, kinds: ['suicide'], discardedQuote: null });
    expect(merged.quote).toEqual({ message: 3, start: 0, end: 25, text: 'i have the pills saved up' });
  });

  test('a lower model reading leaves the instant high level as it is and names nothing', () => {
    const merged = mergeRisk(
      { level: 'high' },
      withRisk({ client: '', kinds: ['abuse'], level: 'none' }),
      conversation,
    );
    expect(merged).toMatchObject({ level: 'high', raised: false, kinds: [] });
  });

  test("drops a quote the client never wrote, and the counselor's words, but keeps the raised level", () => {
    const invented = mergeRisk(
      { level: 'none' },
      withRisk({ client: 'I bought a rope', kinds: ['suicide'], level: 'high' }),
      conversation,
    );
    expect(invented).toMatchObject({
      level: 'high',
      raised: true,
      quote: null,
      discardedQuote: 'I bought a rope',
    });
    const counselors = mergeRisk(
      { level: 'none' },
      withRisk({ client: 'a plan to end your life', kinds: ['suicide'], level: 'high' }),
      conversation,
    );
    expect(counselors.quote).toBeNull();
    expect(counselors.discardedQuote).toBe('a plan to end your life');
  });

  test('a verdict stored before the risk reading, or no instant reading at all, leaves the instant level', () => {
    const { risk: _risk, ...old } = verdict;
    const stored: StoredVerdict = old;
    expect(mergeRisk({ level: 'possible' }, stored, conversation)).toMatchObject({
      level: 'possible',
      raised: false,
      modelLevel: null,
    });
    expect(
      mergeRisk(null, withRisk({ client: '', kinds: ['self_harm'], level: 'possible' }), conversation),
    ).toMatchObject({ level: 'possible', raised: true, instantLevel: 'none', kinds: ['self_harm'] });
  });
});
