import type {
  AppConfig,
  ChatCompletion,
  InitProgressReport,
  MLCEngineConfig,
  MLCEngineInterface,
} from '@mlc-ai/web-llm';
import {
  type CatalogEntry,
  MODEL_CATALOG,
  type ModelCatalog,
  findCatalogEntry,
} from '../../models/model-catalog';
import { type GpuLike, detectDevice } from './device';
import {
  AbortedError,
  BrokenDownloadError,
  type ChatMessage,
  type CompleteOptions,
  type Completion,
  DeviceLostError,
  EngineFailedError,
  type FinishReason,
  type JudgeEngine,
  JudgeEngineError,
  type LoadOptions,
  NetworkError,
  NoWebGpuError,
  QuotaExceededError,
  ShaderF16MissingError,
  WorkerDiedError,
} from './engine';
import { ModelSource, type ModelSourceInput } from '../../models/model-source';

/**
 * The real JudgeEngine, on WebLLM. This is the only file that touches @mlc-ai/web-llm, through a
 * dynamic import (Node imports this file to test the parts around it), and only the judge worker
 * (worker.ts) imports this file: the engine runs in the worker's realm, and the panel reaches it
 * through rpc.ts, which also notices a worker that dies.
 */

type WebLlm = typeof import('@mlc-ai/web-llm');

export interface WebLlmEngineOptions {
  source: ModelSourceInput;
  catalog?: ModelCatalog;
  /** Where WebGPU is asked before anything is downloaded; defaults to `navigator.gpu`. */
  gpu?: GpuLike;
  fetch?: typeof fetch;
  loadWebLlm?: () => Promise<WebLlm>;
}

/** The repository folder under a weights base URL: the last part of `owner/name`. */
function repoName(entry: CatalogEntry): string {
  return entry.hfRepo.split('/').pop()!;
}

/** WebLLM's model records for the whole catalog, with every URL absolute (relative ones throw in WebLLM). */
export function buildAppConfig(source: ModelSourceInput, catalog: ModelCatalog = MODEL_CATALOG): AppConfig {
  const { weightsBaseUrl, libBaseUrl } = ModelSource.parse(source);
  return {
    // The Cache API rejects chrome-extension:// URLs, which bundled weights and libraries have.
    cacheBackend: 'indexeddb',
    model_list: catalog.models.map((m) => ({
      model: new URL(`${repoName(m)}/`, weightsBaseUrl).href,
      model_id: m.id,
      model_lib: new URL(m.modelLib, libBaseUrl).href,
      vram_required_MB: m.vramMB,
      low_resource_required: m.lowResource,
      // Declared even where WebLLM's own record omits it, so a missing feature fails fast and by type.
      required_features: [...m.requiredFeatures],
      overrides: { context_window_size: m.contextWindow },
    })),
  };
}

/** The file WebLLM fetches first for a model: asking for it tells whether the host serves the model. */
export function modelConfigUrl(modelUrl: string): string {
  const base = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  return new URL('resolve/main/mlc-chat-config.json', base).href;
}

/**
 * The error's type name. In the calling realm WebLLM throws Error subclasses; across the worker the
 * stock handler sends `String(error)` ("DeviceLostError: …") and ours sends `{ name, message }`.
 */
export function errorName(error: unknown): string | undefined {
  if (typeof error === 'string') return /^([A-Za-z]\w*):/.exec(error)?.[1];
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return undefined;
}

function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

type ErrorFactory = (message: string, modelId: string | undefined, cause: unknown) => JudgeEngineError;

/** WebLLM's (and the platform's) error types that mean something to the counselor. */
const BY_NAME: Record<string, ErrorFactory> = {
  WebGPUNotAvailableError: (m, id, cause) => new NoWebGpuError(m, id, { cause }),
  WebGPUNotFoundError: (m, id, cause) => new NoWebGpuError(m, id, { cause }),
  ShaderF16SupportError: (m, id, cause) => new ShaderF16MissingError(m, id, { cause }),
  DeviceLostError: (m, id, cause) => new DeviceLostError(m, id, { cause }),
  QuotaExceededError: (m, id, cause) => new QuotaExceededError(m, id, { cause }),
  IntegrityError: (m, id, cause) => new BrokenDownloadError(m, id, { cause }),
  AbortError: (m, id, cause) => new AbortedError(m, id, { cause }),
  WorkerDiedError: (m, id, cause) => new WorkerDiedError(m, id, { cause }),
};

export interface LoadFailureContext {
  modelId: string;
  modelUrl: string;
  fetch: typeof fetch;
  /** Whether any of this model is in the cache (a damaged copy is then the likely cause). */
  isCached: () => Promise<boolean>;
}

/**
 * Maps what WebLLM threw to our types. Network failures have no WebLLM type (fetch throws a bare
 * TypeError, an HTTP error a plain Error), so for anything untyped during a load the model host is
 * asked directly: unreachable or refusing means a network problem; reachable means the copy in the
 * cache is the suspect when there is one.
 */
export async function toEngineError(
  error: unknown,
  modelId: string | undefined,
  load?: LoadFailureContext,
): Promise<JudgeEngineError> {
  if (error instanceof JudgeEngineError) return error;
  const name = errorName(error);
  const message = errorMessage(error);
  const typed = name ? BY_NAME[name] : undefined;
  if (typed) return typed(message, modelId, error);
  if (!load) return new EngineFailedError(message, modelId, { cause: error });

  const url = modelConfigUrl(load.modelUrl);
  let status: number | undefined;
  try {
    const response = await load.fetch(url, { method: 'HEAD', cache: 'no-store' });
    status = response.ok ? undefined : response.status;
  } catch (probeError) {
    return new NetworkError(
      `the model host cannot be reached (${errorMessage(probeError)})`,
      load.modelId,
      url,
      { cause: error },
    );
  }
  if (status !== undefined) {
    return new NetworkError(`the model host answered ${status} for ${url}`, load.modelId, url, {
      cause: error,
    });
  }
  if (name === 'TypeError') {
    return new NetworkError(`the download was interrupted (${message})`, load.modelId, url, { cause: error });
  }
  const cached = await load.isCached().catch(() => false);
  return cached
    ? new BrokenDownloadError(`loading the stored copy failed (${message})`, load.modelId, { cause: error })
    : new EngineFailedError(message, load.modelId, { cause: error });
}

function mapFinishReason(reason: string | null | undefined): FinishReason {
  if (reason === 'length' || reason === 'abort') return reason;
  return 'stop';
}

export class WebLlmEngine implements JudgeEngine {
  loadedModelId: string | null = null;
  private loadingModelId: string | null = null;
  readonly appConfig: AppConfig;
  private readonly catalog: ModelCatalog;
  private engine: MLCEngineInterface | null = null;
  private progressListener: ((p: InitProgressReport) => void) | undefined;
  private webllm: Promise<WebLlm> | null = null;

  constructor(private readonly options: WebLlmEngineOptions) {
    this.catalog = options.catalog ?? MODEL_CATALOG;
    this.appConfig = buildAppConfig(options.source, this.catalog);
  }

  private module(): Promise<WebLlm> {
    this.webllm ??= this.options.loadWebLlm?.() ?? import('@mlc-ai/web-llm');
    return this.webllm;
  }

  private get fetcher(): typeof fetch {
    return this.options.fetch ?? ((...args) => fetch(...args));
  }

  private async ensureEngine(): Promise<MLCEngineInterface> {
    if (this.engine) return this.engine;
    const webllm = await this.module();
    const config: MLCEngineConfig = {
      appConfig: this.appConfig,
      initProgressCallback: (report) => this.progressListener?.(report),
    };
    this.engine = new webllm.MLCEngine(config);
    return this.engine;
  }

  async load(modelId: string, options: LoadOptions = {}, signal?: AbortSignal): Promise<void> {
    const entry = findCatalogEntry(modelId, this.catalog);
    const record = this.appConfig.model_list.find((r) => r.model_id === modelId);
    if (!entry || !record) throw new EngineFailedError(`${modelId} is not in the model catalog`, modelId);
    // Asked before anything is downloaded: no point fetching 700 MB for a GPU that cannot run it.
    const caps = await detectDevice(this.options.gpu);
    if (!caps.webgpu)
      throw new NoWebGpuError(`WebGPU is not available: ${caps.problem ?? 'unknown reason'}`, modelId);
    if (entry.requiredFeatures.includes('shader-f16') && !caps.shaderF16) {
      throw new ShaderF16MissingError(`${modelId} needs the shader-f16 GPU feature`, modelId);
    }
    if (signal?.aborted) throw new AbortedError('loading was cancelled', modelId);

    const engine = await this.ensureEngine();
    const bytesTotal = entry.downloadMBApprox * 1e6;
    this.progressListener = (report) => {
      const fraction = Math.min(1, Math.max(0, report.progress));
      options.onProgress?.({
        fraction,
        bytesLoaded: Math.round(fraction * bytesTotal),
        bytesTotal,
        ...(fraction > 0.01 && fraction < 1
          ? { secondsLeft: (report.timeElapsed / fraction) * (1 - fraction) }
          : {}),
        text: report.text,
      });
    };
    // WebLLM's unload aborts a reload in progress, after which reload resolves quietly.
    const onAbort = () => void engine.unload().catch(() => {});
    signal?.addEventListener('abort', onAbort, { once: true });
    this.loadedModelId = null;
    this.loadingModelId = modelId;
    try {
      await engine.reload(modelId);
    } catch (error) {
      throw await toEngineError(error, modelId, {
        modelId,
        modelUrl: record.model,
        fetch: this.fetcher,
        isCached: () => this.isCached(modelId),
      });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.progressListener = undefined;
      this.loadingModelId = null;
    }
    if (signal?.aborted) throw new AbortedError('loading was cancelled', modelId);
    this.loadedModelId = modelId;
  }

  async complete(messages: ChatMessage[], options: CompleteOptions): Promise<Completion> {
    const engine = this.engine;
    const modelId = this.loadedModelId;
    if (!engine || !modelId) throw new EngineFailedError('no model is loaded');
    const onAbort = () => engine.interruptGenerate();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let reply: ChatCompletion;
    try {
      reply = await engine.chat.completions.create({
        messages,
        stream: false,
        max_tokens: options.maxTokens,
        temperature: options.temperature,
        ...(options.jsonSchema
          ? {
              response_format: { type: 'json_object' as const, schema: JSON.stringify(options.jsonSchema) },
            }
          : {}),
      });
    } catch (error) {
      throw await toEngineError(error, modelId);
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
    const choice = reply.choices[0];
    const usage = reply.usage;
    return {
      text: choice?.message.content ?? '',
      finishReason: options.signal?.aborted ? 'abort' : mapFinishReason(choice?.finish_reason),
      usage: {
        promptTokens: usage?.prompt_tokens ?? 0,
        completionTokens: usage?.completion_tokens ?? 0,
        ...(usage?.extra
          ? {
              prefillTokensPerSecond: usage.extra.prefill_tokens_per_s,
              decodeTokensPerSecond: usage.extra.decode_tokens_per_s,
              timeToFirstTokenS: usage.extra.time_to_first_token_s,
              e2eLatencyS: usage.extra.e2e_latency_s,
            }
          : {}),
      },
    };
  }

  interrupt(): void {
    this.engine?.interruptGenerate();
  }

  async unload(): Promise<void> {
    this.loadedModelId = null;
    if (this.engine) await this.engine.unload().catch(() => {});
  }

  async isCached(modelId: string): Promise<boolean> {
    const webllm = await this.module();
    return webllm.hasModelInCache(modelId, this.appConfig);
  }

  async deleteCached(modelId: string): Promise<void> {
    const webllm = await this.module();
    await webllm.deleteModelAllInfoInCache(modelId, this.appConfig);
  }
}
