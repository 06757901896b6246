import {
  type CatalogEntry,
  type GpuFeature,
  MODEL_CATALOG,
  type ModelCatalog,
  findCatalogEntry,
  smallerModels,
  variantOf,
} from '../../models/model-catalog';
import { type Verdict, verdictJsonSchema } from '../../models/verdict';
import {
  type ChatMessage,
  type Completion,
  type CompletionUsage,
  type EngineErrorKind,
  type JudgeEngine,
  NetworkError,
  isJudgeEngineError,
} from './engine';
import { type EvidenceSpans, parseVerdict, repairPrompt } from './parse';
import { type JudgeInput, MAX_CONTEXT_MESSAGES, OUTPUT_TOKEN_BUDGET, buildJudgePrompt } from './prompt';
import type { CountTokens } from './tokens';

export {
  compareWithInstant,
  mergeRisk,
  type InstantRisk,
  type MechanismComparison,
  type MergedRisk,
} from './compare';

/**
 * The judge tier's orchestration, independent of WebLLM: prompt, constrained completion, validation,
 * one repair, a timeout, a cache, and stale-request cancellation. Whatever goes wrong ends in a
 * fallback with a sentence the panel can show as is: the instant tier keeps working either way.
 */

/**
 * Why the model's reading is missing: every engine failure but a stale request's abort (which shows
 * nothing), plus a model not loaded yet and an answer cut off at the token cap.
 */
export type FallbackCode = Exclude<EngineErrorKind, 'aborted'> | 'not_loaded' | 'token_cap';

export type SuggestedAction =
  | { kind: 'switch_model'; modelId: string; label: string }
  | { kind: 'clear_cache_and_retry'; modelId: string }
  | { kind: 'restart_engine' }
  | { kind: 'free_storage'; modelId?: string }
  | { kind: 'check_connection'; url?: string }
  | { kind: 'load_model' };

export interface FallbackReason {
  code: FallbackCode;
  /** One or two sentences for the panel; they end by saying the instant hints carry on. */
  message: string;
  action?: SuggestedAction;
}

export type JudgeResult =
  | {
      kind: 'verdict';
      verdict: Verdict;
      spans: EvidenceSpans;
      usage: CompletionUsage;
      modelId: string;
      /** The first reply was invalid and the repair attempt succeeded. */
      repaired: boolean;
      cached: boolean;
    }
  | { kind: 'fallback'; reason: FallbackReason }
  /** A newer request or the caller cancelled this one: show nothing for it. */
  | { kind: 'aborted' };

export interface JudgeOptions {
  /** Whole request, repair included. */
  timeoutMs?: number;
  maxTokens?: number;
  temperature?: number;
  cacheSize?: number;
  /** Defaults to the estimator (no tokenizer in the browser). */
  countTokens?: CountTokens;
  catalog?: ModelCatalog;
  /** What the GPU offers, so a suggested model is one this device can run. */
  availableFeatures?: GpuFeature[];
}

export interface Judge {
  judge(input: JudgeInput, signal?: AbortSignal): Promise<JudgeResult>;
  /** Aborts the request in flight, if any. */
  cancel(): void;
  clearCache(): void;
  readonly cachedResults: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_CACHE_SIZE = 32;
const INSTANT_TIER_CONTINUES = 'The instant hints carry on.';

function labelOf(modelId: string | undefined, catalog: ModelCatalog): string {
  if (!modelId) return 'this model';
  return findCatalogEntry(modelId, catalog)?.label ?? modelId;
}

function switchTo(entry: CatalogEntry): SuggestedAction {
  return { kind: 'switch_model', modelId: entry.id, label: `${entry.label} (${entry.quantization})` };
}

export interface FailureContext {
  modelId?: string;
  catalog?: ModelCatalog;
  availableFeatures?: GpuFeature[];
  timeoutMs?: number;
}

/**
 * What an engine failure means for the counselor, and what would fix it. Used by the judge for
 * failures while scoring and by the model manager for failures while loading.
 */
export function describeFailure(error: unknown, context: FailureContext = {}): FallbackReason {
  const catalog = context.catalog ?? MODEL_CATALOG;
  const modelId = (isJudgeEngineError(error) ? error.modelId : undefined) ?? context.modelId;
  const entry = modelId ? findCatalogEntry(modelId, catalog) : undefined;
  const label = labelOf(modelId, catalog);
  if (!isJudgeEngineError(error)) {
    return {
      code: 'engine_failed',
      message: `The model failed unexpectedly (${error instanceof Error ? error.message : String(error)}). ${INSTANT_TIER_CONTINUES}`,
      action: { kind: 'restart_engine' },
    };
  }
  switch (error.kind) {
    case 'no_webgpu':
      return {
        code: 'no_webgpu',
        message: `This browser offers no WebGPU, so the on-device model cannot run here. ${INSTANT_TIER_CONTINUES}`,
      };
    case 'shader_f16_missing': {
      const f32 = entry ? variantOf(entry, 'q4f32_1', catalog) : undefined;
      return {
        code: 'shader_f16_missing',
        message: f32
          ? `This GPU lacks shader-f16, which the q4f16 build of ${label} needs. The q4f32 build of the same model runs without it. ${INSTANT_TIER_CONTINUES}`
          : `This GPU lacks shader-f16, which ${label} needs. Pick a q4f32 model. ${INSTANT_TIER_CONTINUES}`,
        ...(f32 ? { action: switchTo(f32) } : {}),
      };
    }
    case 'device_lost': {
      const features = context.availableFeatures ?? entry?.requiredFeatures ?? [];
      const smaller = entry ? smallerModels(entry, features, catalog)[0] : undefined;
      return {
        code: 'device_lost',
        message: smaller
          ? `The GPU gave up running ${label}, most likely out of memory. ${smaller.label} (${smaller.quantization}) needs less. ${INSTANT_TIER_CONTINUES}`
          : `The GPU gave up running ${label}, most likely out of memory, and no smaller model is available. Closing other GPU-heavy tabs may help. ${INSTANT_TIER_CONTINUES}`,
        ...(smaller ? { action: switchTo(smaller) } : {}),
      };
    }
    case 'quota_exceeded':
      return {
        code: 'quota_exceeded',
        message:
          `The browser has no room left to store ${label}` +
          (entry ? ` (about ${entry.downloadMBApprox} MB)` : '') +
          `. Delete another downloaded model or free disk space, then try again. ${INSTANT_TIER_CONTINUES}`,
        action: { kind: 'free_storage', ...(modelId ? { modelId } : {}) },
      };
    case 'network': {
      const url = error instanceof NetworkError ? error.url : undefined;
      return {
        code: 'network',
        message:
          `The model host ${url ? `(${new URL(url).host}) ` : ''}cannot be reached. Check the connection, or ` +
          `the model source your clinic configured. ${INSTANT_TIER_CONTINUES}`,
        action: { kind: 'check_connection', ...(url ? { url } : {}) },
      };
    }
    case 'broken_download':
      return {
        code: 'broken_download',
        message: `The stored copy of ${label} is damaged, probably by an interrupted download. Delete it and download again. ${INSTANT_TIER_CONTINUES}`,
        ...(modelId ? { action: { kind: 'clear_cache_and_retry' as const, modelId } } : {}),
      };
    case 'worker_died':
      return {
        code: 'worker_died',
        message: `The model's worker stopped. Restarting it reloads the model from the browser's storage. ${INSTANT_TIER_CONTINUES}`,
        action: { kind: 'restart_engine' },
      };
    case 'timeout':
      return timeoutReason(context.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    case 'invalid_output':
      return {
        code: 'invalid_output',
        message: `The model's answer was not usable (${error.message}). ${INSTANT_TIER_CONTINUES}`,
      };
    case 'aborted':
    case 'engine_failed':
      return {
        code: 'engine_failed',
        message: `The model failed (${error.message}). ${INSTANT_TIER_CONTINUES}`,
        action: { kind: 'restart_engine' },
      };
  }
}

function timeoutReason(timeoutMs: number): FallbackReason {
  return {
    code: 'timeout',
    message: `The model took longer than ${Math.round(timeoutMs / 1000)} s for this draft, so it was stopped. ${INSTANT_TIER_CONTINUES}`,
  };
}

/** A 53-bit string hash (cyrb53): cache keys stay small however long the conversation is. */
function hashParts(parts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const part of parts) {
    for (let i = 0; i <= part.length; i++) {
      // The extra step past the end mixes in a separator, so ['ab', 'c'] and ['a', 'bc'] differ.
      const ch = i < part.length ? part.charCodeAt(i) : 0x1f;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Only what the model sees, plus the context length (message indices in the spans depend on it). */
function cacheKey(modelId: string, input: JudgeInput): string {
  const recent = input.context.slice(-MAX_CONTEXT_MESSAGES).flatMap((m) => [m.role, m.text]);
  return hashParts([modelId, String(input.context.length), ...recent, input.draft]);
}

type Raced<T> = { value: T } | { stopped: 'aborted' | 'timeout' } | { error: unknown };

/**
 * Waits for `promise`, but stops waiting on abort or timeout even if the engine never answers (a
 * hung worker). `timedOut` tells the two stops apart when the signal fires.
 */
function raceAgainstAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  timedOut: () => boolean,
): Promise<Raced<T>> {
  const stopped = (): Raced<T> => ({ stopped: timedOut() ? 'timeout' : 'aborted' });
  return new Promise((resolve) => {
    const onAbort = () => resolve(stopped());
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => resolve(signal.aborted ? stopped() : { value }),
      (error: unknown) => resolve(signal.aborted ? stopped() : { error }),
    );
  });
}

function tokenCapReason(maxTokens: number): FallbackReason {
  return {
    code: 'token_cap',
    message: `The model kept writing past ${maxTokens} tokens without finishing its answer, so it was stopped. ${INSTANT_TIER_CONTINUES}`,
  };
}

/** What every run of one judge shares: the engine and the options with their defaults filled in. */
interface RunSettings {
  engine: JudgeEngine;
  timeoutMs: number;
  maxTokens: number;
  temperature: number;
  catalog: ModelCatalog;
  schema: ReturnType<typeof verdictJsonSchema>;
  countTokens: CountTokens | undefined;
  availableFeatures: GpuFeature[] | undefined;
}

/**
 * One judging request: the prompt, a constrained completion and at most one repair, all under one
 * timeout. Aborting `controller` (a newer request, the caller, the timer) ends it with 'aborted'
 * or the timeout's fallback, whichever stopped it.
 */
async function runJudgement(
  settings: RunSettings,
  input: JudgeInput,
  controller: AbortController,
  modelId: string,
): Promise<JudgeResult> {
  const { engine, timeoutMs, maxTokens, temperature, schema } = settings;
  const { signal } = controller;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    engine.interrupt();
    controller.abort();
  }, timeoutMs);

  const complete = (messages: ChatMessage[]) =>
    raceAgainstAbort<Completion>(
      engine.complete(messages, { maxTokens, temperature, jsonSchema: schema, signal }),
      signal,
      () => timedOut,
    );

  const stoppedResult = (stopped: 'aborted' | 'timeout'): JudgeResult =>
    stopped === 'timeout' ? { kind: 'fallback', reason: timeoutReason(timeoutMs) } : { kind: 'aborted' };

  const failure = (error: unknown): JudgeResult => ({
    kind: 'fallback',
    reason: describeFailure(error, {
      modelId,
      catalog: settings.catalog,
      timeoutMs,
      ...(settings.availableFeatures ? { availableFeatures: settings.availableFeatures } : {}),
    }),
  });

  const tokenCap = (): JudgeResult => ({ kind: 'fallback', reason: tokenCapReason(maxTokens) });

  try {
    const prompt = buildJudgePrompt(input, settings.countTokens ? { countTokens: settings.countTokens } : {});
    const sources = { context: input.context, draft: input.draft, shown: prompt.includedTurns };

    const first = await complete(prompt.messages);
    if ('stopped' in first) return stoppedResult(first.stopped);
    if ('error' in first) return failure(first.error);
    if (first.value.finishReason === 'abort') return { kind: 'aborted' };
    // A constrained model that hits the cap is looping; a second try would cost another full cap.
    if (first.value.finishReason === 'length') return tokenCap();
    const parsed = parseVerdict(first.value.text, sources);
    if (parsed.ok) {
      return {
        kind: 'verdict' as const,
        ...parsed,
        usage: first.value.usage,
        modelId,
        repaired: false,
        cached: false,
      };
    }

    const second = await complete([...prompt.messages, ...repairPrompt(first.value.text, parsed.error)]);
    if ('stopped' in second) return stoppedResult(second.stopped);
    if ('error' in second) return failure(second.error);
    if (second.value.finishReason === 'abort') return { kind: 'aborted' };
    if (second.value.finishReason === 'length') return tokenCap();
    const repaired = parseVerdict(second.value.text, sources);
    if (!repaired.ok) {
      return {
        kind: 'fallback',
        reason: {
          code: 'invalid_output',
          message: `The model's answer was not usable even after one retry (${repaired.error}). ${INSTANT_TIER_CONTINUES}`,
        },
      };
    }
    const usage: CompletionUsage = {
      ...second.value.usage,
      promptTokens: first.value.usage.promptTokens + second.value.usage.promptTokens,
      completionTokens: first.value.usage.completionTokens + second.value.usage.completionTokens,
    };
    return { kind: 'verdict' as const, ...repaired, usage, modelId, repaired: true, cached: false };
  } catch (error) {
    return failure(error);
  } finally {
    clearTimeout(timer);
  }
}

export function createJudge(engine: JudgeEngine, options: JudgeOptions = {}): Judge {
  const settings: RunSettings = {
    engine,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxTokens: options.maxTokens ?? OUTPUT_TOKEN_BUDGET,
    temperature: options.temperature ?? 0,
    catalog: options.catalog ?? MODEL_CATALOG,
    schema: verdictJsonSchema(),
    countTokens: options.countTokens,
    availableFeatures: options.availableFeatures,
  };
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const cache = new Map<string, Extract<JudgeResult, { kind: 'verdict' }>>();
  let inFlight: { controller: AbortController; done: Promise<unknown> } | null = null;

  const remember = (key: string, result: Extract<JudgeResult, { kind: 'verdict' }>) => {
    cache.delete(key);
    cache.set(key, result);
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
  };

  const cancel = () => {
    if (!inFlight) return;
    inFlight.controller.abort();
    engine.interrupt();
  };

  return {
    async judge(input, signal): Promise<JudgeResult> {
      cancel();
      const modelId = engine.loadedModelId;
      if (!modelId) {
        return {
          kind: 'fallback',
          reason: {
            code: 'not_loaded',
            message: `No on-device model is loaded. ${INSTANT_TIER_CONTINUES}`,
            action: { kind: 'load_model' },
          },
        };
      }
      const key = cacheKey(modelId, input);
      const hit = cache.get(key);
      if (hit) {
        remember(key, hit);
        return { ...hit, cached: true };
      }
      if (signal?.aborted) return { kind: 'aborted' };

      const controller = new AbortController();
      const onCallerAbort = () => {
        controller.abort();
        engine.interrupt();
      };
      signal?.addEventListener('abort', onCallerAbort, { once: true });
      // WebLLM runs one generation at a time: let the interrupted one wind down first.
      const previous = inFlight?.done;
      const done = (async (): Promise<JudgeResult> => {
        if (previous) await previous;
        if (controller.signal.aborted) return { kind: 'aborted' };
        const result = await runJudgement(settings, input, controller, modelId);
        if (result.kind === 'verdict') remember(key, result);
        return result;
      })();
      const mine = { controller, done };
      inFlight = mine;
      try {
        return await done;
      } finally {
        signal?.removeEventListener('abort', onCallerAbort);
        if (inFlight === mine) inFlight = null;
      }
    },
    cancel,
    clearCache: () => cache.clear(),
    get cachedResults() {
      return cache.size;
    },
  };
}
