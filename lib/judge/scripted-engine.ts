import {
  AbortedError,
  type ChatMessage,
  type CompleteOptions,
  type Completion,
  BrokenDownloadError,
  EngineFailedError,
  type FinishReason,
  type JudgeEngine,
  type JudgeEngineError,
  type LoadOptions,
  WorkerDiedError,
  engineErrorOf,
} from './engine';
import { estimateTokens } from './tokens';

/**
 * A JudgeEngine driven by a script, for tests and for showing the panel end to end where no GPU
 * is attached. It behaves like the real engine where the judge can tell: progress while loading,
 * tokens arriving over time, the token cap, interrupts and abort signals, and each failure the
 * real engine reports, including the state it leaves behind (a dead worker, a broken cache).
 */

export type FaultKind = JudgeEngineError['kind'];

export type ScriptStep =
  | string
  | {
      text: string;
      /** Milliseconds between simulated tokens. */
      msPerToken?: number;
      /** Milliseconds before the first token (prefill). */
      prefillMs?: number;
    }
  /** Emits `unit` over and over: a model that never stops on its own. */
  | { runaway: string; msPerToken?: number }
  | { fault: FaultKind };

export type Script =
  ScriptStep[] | ((messages: ChatMessage[], options: CompleteOptions, call: number) => ScriptStep);

export interface ScriptedEngineOptions {
  script?: Script;
  /** Failures for successive `load` calls (`undefined` entries load fine). */
  loadFaults?: (FaultKind | undefined)[];
  /** Progress reports per load, spread over `loadMs`. */
  loadSteps?: number;
  loadMs?: number;
  /** Approximate download size reported with progress. */
  downloadMB?: number;
  /** Models the simulated cache already holds. */
  cached?: string[];
  countTokens?: (text: string) => number;
}

export interface RecordedCall {
  messages: ChatMessage[];
  options: CompleteOptions;
}

/** What the scripted engine says for each fault (the real engines word theirs differently). */
const FAULT_MESSAGES: Record<FaultKind, string> = {
  no_webgpu: 'WebGPU is not available (scripted)',
  shader_f16_missing: 'this model needs shader-f16 (scripted)',
  device_lost: 'the GPU device was lost (scripted)',
  quota_exceeded: 'storage quota exceeded (scripted)',
  network: 'the model host cannot be reached (scripted)',
  broken_download: 'the cached model is damaged (scripted)',
  worker_died: 'the engine worker died (scripted)',
  timeout: 'the engine did not answer in time (scripted)',
  invalid_output: 'the engine produced unusable output (scripted)',
  aborted: 'aborted (scripted)',
  engine_failed: 'the engine failed (scripted)',
};

function faultError(kind: FaultKind, modelId: string | undefined): JudgeEngineError {
  const url = kind === 'network' ? 'https://models.invalid/' : undefined;
  return engineErrorOf(kind, FAULT_MESSAGES[kind], modelId, url);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Splits text into pieces of about one token each (4 characters), as decoding would deliver it. */
function tokenPieces(text: string): string[] {
  return text.match(/[\s\S]{1,4}/g) ?? [];
}

export class ScriptedEngine implements JudgeEngine {
  loadedModelId: string | null = null;
  readonly calls: RecordedCall[] = [];
  readonly loads: string[] = [];
  interrupts = 0;
  /** Whether the simulated worker is alive; `load` restarts it. */
  alive = true;
  private readonly cache: Set<string>;
  /** Models whose cached copy a failed download left damaged. */
  private readonly brokenCache = new Set<string>();
  /** Generations in progress; `interrupt` flags them all. */
  private readonly active = new Set<{ interrupted: boolean }>();
  private loadCount = 0;

  constructor(private readonly options: ScriptedEngineOptions = {}) {
    this.cache = new Set(options.cached ?? []);
  }

  async load(modelId: string, options: LoadOptions = {}, signal?: AbortSignal): Promise<void> {
    this.loads.push(modelId);
    this.alive = true;
    const fault = this.options.loadFaults?.[this.loadCount++];
    if (this.brokenCache.has(modelId)) {
      throw new BrokenDownloadError(`the cached copy of ${modelId} is damaged`, modelId);
    }
    const steps = this.options.loadSteps ?? 4;
    const totalBytes = (this.options.downloadMB ?? 700) * 1e6;
    const started = Date.now();
    for (let step = 1; step <= steps; step++) {
      await sleep((this.options.loadMs ?? 0) / steps, signal);
      if (signal?.aborted) throw new AbortedError('loading was cancelled', modelId);
      const fraction = step / steps;
      if (fault && fraction >= 0.5) {
        if (fault === 'broken_download' || fault === 'network') this.brokenCache.add(modelId);
        if (fault === 'worker_died') this.alive = false;
        throw faultError(fault, modelId);
      }
      const elapsed = (Date.now() - started) / 1000;
      options.onProgress?.({
        fraction,
        bytesLoaded: Math.round(fraction * totalBytes),
        bytesTotal: totalBytes,
        secondsLeft: (elapsed / fraction) * (1 - fraction),
        text: `Fetching param cache[${step}/${steps}] (scripted)`,
      });
    }
    this.cache.add(modelId);
    this.loadedModelId = modelId;
  }

  async complete(messages: ChatMessage[], options: CompleteOptions): Promise<Completion> {
    const call = this.calls.length;
    this.calls.push({ messages, options });
    if (!this.alive) throw new WorkerDiedError('the engine worker is gone', this.loadedModelId ?? undefined);
    if (!this.loadedModelId) throw new EngineFailedError('no model is loaded');

    const script = this.options.script ?? [];
    const step = typeof script === 'function' ? script(messages, options, call) : script[call];
    if (step === undefined) throw new Error(`the script has no reply for call ${call}`);
    if (typeof step === 'object' && 'fault' in step) {
      if (step.fault === 'worker_died') this.alive = false;
      if (step.fault === 'device_lost') this.loadedModelId = null;
      throw faultError(step.fault, this.loadedModelId ?? undefined);
    }

    const count = this.options.countTokens ?? estimateTokens;
    const promptTokens = messages.reduce((sum, m) => sum + count(m.content), 0);
    const msPerToken = typeof step === 'string' ? 0 : (step.msPerToken ?? 0);
    const prefillMs = typeof step === 'object' && 'prefillMs' in step ? (step.prefillMs ?? 0) : 0;
    const started = Date.now();
    await sleep(prefillMs, options.signal);
    const firstTokenAt = Date.now();

    let text = '';
    let tokens = 0;
    let finishReason: FinishReason = 'stop';
    const pieces =
      typeof step === 'object' && 'runaway' in step
        ? null
        : tokenPieces(typeof step === 'string' ? step : step.text);
    const runawayUnit = typeof step === 'object' && 'runaway' in step ? step.runaway : '';
    const generation = { interrupted: false };
    this.active.add(generation);
    for (;;) {
      if (generation.interrupted || options.signal?.aborted) {
        finishReason = 'abort';
        break;
      }
      if (pieces && tokens >= pieces.length) break;
      if (tokens >= options.maxTokens) {
        finishReason = 'length';
        break;
      }
      text += pieces ? pieces[tokens] : runawayUnit;
      tokens++;
      // Yield even at zero delay so an interrupt from another task can land, as it does in WebLLM.
      if (msPerToken > 0) await sleep(msPerToken, options.signal);
      else if (tokens % 16 === 0) await nextTask();
    }
    this.active.delete(generation);
    const seconds = (Date.now() - started) / 1000;
    const decodeSeconds = (Date.now() - firstTokenAt) / 1000;
    return {
      text,
      finishReason,
      usage: {
        promptTokens,
        completionTokens: tokens,
        timeToFirstTokenS: (firstTokenAt - started) / 1000,
        e2eLatencyS: seconds,
        ...(decodeSeconds > 0 ? { decodeTokensPerSecond: tokens / decodeSeconds } : {}),
      },
    };
  }

  interrupt(): void {
    this.interrupts++;
    for (const generation of this.active) generation.interrupted = true;
  }

  async unload(): Promise<void> {
    this.loadedModelId = null;
  }

  async isCached(modelId: string): Promise<boolean> {
    return this.cache.has(modelId) && !this.brokenCache.has(modelId);
  }

  async deleteCached(modelId: string): Promise<void> {
    this.cache.delete(modelId);
    this.brokenCache.delete(modelId);
  }
}
