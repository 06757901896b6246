/**
 * Our own interface to a language model engine. The judge depends on this, never on WebLLM, so the
 * orchestration is tested with a scripted engine and the WebLLM one can be swapped or moved to
 * another realm without touching it.
 */

import type {
  ChatMessage,
  CompleteRequestOptions,
  Completion,
  EngineErrorKind,
  LoadProgress,
} from '../../models/judge-rpc';

// The values that cross the worker boundary are defined (with their schemas) in models/judge-rpc.ts.
export type {
  ChatMessage,
  Completion,
  CompletionUsage,
  EngineErrorKind,
  FinishReason,
  LoadProgress,
} from '../../models/judge-rpc';

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
}

export interface CompleteOptions extends CompleteRequestOptions {
  signal?: AbortSignal;
}

export interface JudgeEngine {
  /** The model that answers `complete`, or null before a load succeeded (and after unload or a crash). */
  readonly loadedModelId: string | null;
  load(modelId: string, options?: LoadOptions, signal?: AbortSignal): Promise<void>;
  complete(messages: ChatMessage[], options: CompleteOptions): Promise<Completion>;
  /** Stops the generation in progress; its `complete` resolves with finishReason `abort`. */
  interrupt(): void;
  unload(): Promise<void>;
  isCached(modelId: string): Promise<boolean>;
  /** Deletes everything cached for this model (the fix for a broken partial download). */
  deleteCached(modelId: string): Promise<void>;
}

/** Every failure an engine reports is one of these; callers switch on `kind`, never on messages. */
export abstract class JudgeEngineError extends Error {
  abstract readonly kind: EngineErrorKind;
  /** The model involved, when known. */
  readonly modelId: string | undefined;
  constructor(message: string, modelId?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.modelId = modelId;
  }
}

export class NoWebGpuError extends JudgeEngineError {
  readonly kind = 'no_webgpu';
  override name = 'NoWebGpuError';
}

export class ShaderF16MissingError extends JudgeEngineError {
  readonly kind = 'shader_f16_missing';
  override name = 'ShaderF16MissingError';
}

/** The GPU device was lost; during a load that nearly always means it ran out of memory. */
export class DeviceLostError extends JudgeEngineError {
  readonly kind = 'device_lost';
  override name = 'DeviceLostError';
}

export class QuotaExceededError extends JudgeEngineError {
  readonly kind = 'quota_exceeded';
  override name = 'QuotaExceededError';
}

/** The model host could not be reached (or answered with an error status). */
export class NetworkError extends JudgeEngineError {
  readonly kind = 'network';
  override name = 'NetworkError';
  readonly url: string | undefined;
  constructor(message: string, modelId?: string, url?: string, options?: { cause?: unknown }) {
    super(message, modelId, options);
    this.url = url;
  }
}

/** The cached copy is damaged (a partial or corrupted download): delete it and download again. */
export class BrokenDownloadError extends JudgeEngineError {
  readonly kind = 'broken_download';
  override name = 'BrokenDownloadError';
}

export class WorkerDiedError extends JudgeEngineError {
  readonly kind = 'worker_died';
  override name = 'WorkerDiedError';
}

export class TimeoutError extends JudgeEngineError {
  readonly kind = 'timeout';
  override name = 'TimeoutError';
}

export class InvalidOutputError extends JudgeEngineError {
  readonly kind = 'invalid_output';
  override name = 'InvalidOutputError';
}

export class AbortedError extends JudgeEngineError {
  readonly kind = 'aborted';
  override name = 'AbortedError';
}

/** Anything the engine reported that none of the kinds above explains. */
export class EngineFailedError extends JudgeEngineError {
  readonly kind = 'engine_failed';
  override name = 'EngineFailedError';
}

export function isJudgeEngineError(error: unknown): error is JudgeEngineError {
  return error instanceof JudgeEngineError;
}

/**
 * The typed error for a kind: how errors are rebuilt after crossing the worker boundary (rpc.ts)
 * and how the scripted engine raises the fault it is told to.
 */
export function engineErrorOf(
  kind: EngineErrorKind,
  message: string,
  modelId?: string,
  url?: string,
): JudgeEngineError {
  switch (kind) {
    case 'no_webgpu':
      return new NoWebGpuError(message, modelId);
    case 'shader_f16_missing':
      return new ShaderF16MissingError(message, modelId);
    case 'device_lost':
      return new DeviceLostError(message, modelId);
    case 'quota_exceeded':
      return new QuotaExceededError(message, modelId);
    case 'network':
      return new NetworkError(message, modelId, url);
    case 'broken_download':
      return new BrokenDownloadError(message, modelId);
    case 'worker_died':
      return new WorkerDiedError(message, modelId);
    case 'timeout':
      return new TimeoutError(message, modelId);
    case 'invalid_output':
      return new InvalidOutputError(message, modelId);
    case 'aborted':
      return new AbortedError(message, modelId);
    case 'engine_failed':
      return new EngineFailedError(message, modelId);
  }
}
