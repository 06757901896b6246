import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { GpuLike } from '../../lib/judge/device';
import {
  BrokenDownloadError,
  DeviceLostError,
  EngineFailedError,
  NetworkError,
  NoWebGpuError,
  QuotaExceededError,
  ShaderF16MissingError,
  WorkerDiedError,
} from '../../lib/judge/engine';
import { connectSrcDirective, connectSrcOrigins } from '../../lib/judge/model-source';
import { ModelSource } from '../../models/model-source';
import {
  WebLlmEngine,
  buildAppConfig,
  errorName,
  modelConfigUrl,
  toEngineError,
} from '../../lib/judge/webllm-engine';
import { MODEL_CATALOG } from '../../models/model-catalog';

const EXTENSION_LIBS = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/models/libs/';
const LLAMA_F16 = 'Llama-3.2-1B-Instruct-q4f16_1-MLC';
const LLAMA_F32 = 'Llama-3.2-1B-Instruct-q4f32_1-MLC';

const gpuWith = (features: string[]): GpuLike => ({
  requestAdapter: async () => ({
    features: new Set(features),
    limits: { maxBufferSize: 2 ** 31, maxStorageBufferBindingSize: 2 ** 30 },
    info: { vendor: 'test' },
  }),
});

describe('buildAppConfig', () => {
  test('the public hub and bundled libraries: every URL absolute, every field WebLLM needs', () => {
    const config = buildAppConfig({ libBaseUrl: EXTENSION_LIBS });
    expect(config.cacheBackend).toBe('indexeddb');
    expect(config.model_list).toHaveLength(MODEL_CATALOG.models.length);
    for (const [i, record] of config.model_list.entries()) {
      const m = MODEL_CATALOG.models[i]!;
      expect(record.model_id).toBe(m.id);
      expect(record.model).toBe(`https://huggingface.co/${m.hfRepo}/`);
      expect(record.model_lib).toBe(`${EXTENSION_LIBS}${m.modelLib}`);
      expect(new URL(record.model).href).toBe(record.model);
      expect(new URL(record.model_lib).href).toBe(record.model_lib);
      expect(record.vram_required_MB).toBe(m.vramMB);
      expect(record.required_features).toEqual(m.requiredFeatures);
      expect(record.overrides?.context_window_size).toBe(m.contextWindow);
    }
  });

  test("a clinic's mirror: weights from its server, normalised to a folder", () => {
    const config = buildAppConfig({
      weightsBaseUrl: 'https://models.clinic.example/mlc',
      libBaseUrl: EXTENSION_LIBS,
    });
    const record = config.model_list.find((r) => r.model_id === LLAMA_F16)!;
    expect(record.model).toBe(`https://models.clinic.example/mlc/${LLAMA_F16}/`);
    expect(modelConfigUrl(record.model)).toBe(
      `https://models.clinic.example/mlc/${LLAMA_F16}/resolve/main/mlc-chat-config.json`,
    );
  });
});

describe('model source and the CSP connect-src it allows', () => {
  test.each([
    ['plain http', 'http://models.clinic.example/'],
    ['another scheme', 'ftp://models.clinic.example/'],
    ['a script URL', 'javascript:alert(1)'],
    ['garbage', 'not a url'],
    ['a relative path', '/models/'],
    ['credentials', 'https://user:secret@models.clinic.example/'],
    ['a query', 'https://models.clinic.example/?token=1'],
    ['CSP injection', "https://evil.example;script-src 'unsafe-eval'/"],
  ])('refuses %s', (_name, url) => {
    expect(ModelSource.safeParse({ weightsBaseUrl: url, libBaseUrl: EXTENSION_LIBS }).success).toBe(false);
    expect(() => connectSrcOrigins({ weightsBaseUrl: url, libBaseUrl: EXTENSION_LIBS })).toThrow();
    expect(() => connectSrcOrigins({ libBaseUrl: url })).toThrow();
  });

  test('the public hub needs its redirect hosts too (CSP checks every redirect)', () => {
    expect(connectSrcOrigins({ libBaseUrl: EXTENSION_LIBS })).toEqual([
      'https://huggingface.co',
      'https://*.hf.co',
      'https://*.huggingface.co',
    ]);
  });

  test("a clinic's mirror with bundled libraries allows exactly the mirror", () => {
    expect(
      connectSrcOrigins({
        weightsBaseUrl: 'https://models.clinic.example:8443/mlc/',
        libBaseUrl: EXTENSION_LIBS,
      }),
    ).toEqual(['https://models.clinic.example:8443']);
  });

  test('everything bundled: no remote host at all', () => {
    const bundled = {
      weightsBaseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/models/weights/',
      libBaseUrl: EXTENSION_LIBS,
    };
    expect(connectSrcOrigins(bundled)).toEqual([]);
    expect(connectSrcDirective([bundled])).toBe("connect-src 'self'");
  });

  test('the directive joins several allowed sources without repeats', () => {
    const mirror = {
      weightsBaseUrl: 'https://models.clinic.example/',
      libBaseUrl: 'https://models.clinic.example/libs/',
    };
    expect(connectSrcDirective([mirror, mirror])).toBe("connect-src 'self' https://models.clinic.example");
  });
});

describe('mapping WebLLM failures to our types', () => {
  test('reads the type name in each form it arrives in', () => {
    const lost = new Error('The WebGPU device was lost');
    lost.name = 'DeviceLostError';
    expect(errorName(lost)).toBe('DeviceLostError');
    expect(errorName('ShaderF16SupportError: This model requires WebGPU extension shader-f16')).toBe(
      'ShaderF16SupportError',
    );
    expect(errorName({ name: 'QuotaExceededError', message: 'quota' })).toBe('QuotaExceededError');
    expect(errorName(42)).toBeUndefined();
  });

  test.each([
    ['WebGPUNotAvailableError', NoWebGpuError],
    ['ShaderF16SupportError', ShaderF16MissingError],
    ['DeviceLostError', DeviceLostError],
    ['QuotaExceededError', QuotaExceededError],
    ['IntegrityError', BrokenDownloadError],
    ['WorkerDiedError', WorkerDiedError],
  ])('%s', async (name, type) => {
    const mapped = await toEngineError({ name, message: 'x' }, LLAMA_F16);
    expect(mapped).toBeInstanceOf(type);
    expect(mapped.modelId).toBe(LLAMA_F16);
  });

  const loadContext = (fetchImpl: typeof fetch, cached = false) => ({
    modelId: LLAMA_F16,
    modelUrl: `https://huggingface.co/mlc-ai/${LLAMA_F16}/`,
    fetch: fetchImpl,
    isCached: async () => cached,
  });

  test('an untyped load failure with the host unreachable is a network error naming the URL', async () => {
    const error = await toEngineError(
      new TypeError('Failed to fetch'),
      LLAMA_F16,
      loadContext(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).url).toBe(
      `https://huggingface.co/mlc-ai/${LLAMA_F16}/resolve/main/mlc-chat-config.json`,
    );
  });

  test('a host that answers 404 does not serve this model: a network error with the status', async () => {
    const error = await toEngineError(
      new Error('Network response was not ok'),
      LLAMA_F16,
      loadContext(async () => new Response(null, { status: 404 })),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toMatch(/404/);
  });

  test('a reachable host and a cached copy that fails to load: the copy is broken', async () => {
    const ok = async () => new Response(null, { status: 200 });
    expect(await toEngineError(new Error('shape mismatch'), LLAMA_F16, loadContext(ok, true))).toBeInstanceOf(
      BrokenDownloadError,
    );
    expect(
      await toEngineError(new Error('shape mismatch'), LLAMA_F16, loadContext(ok, false)),
    ).toBeInstanceOf(EngineFailedError);
  });
});

describe('WebLlmEngine in Node', () => {
  const originalLocation = (globalThis as { location?: unknown }).location;
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    (globalThis as { location?: unknown }).location = originalLocation;
    globalThis.fetch = originalFetch;
  });

  test('without WebGPU it fails by type before importing WebLLM or downloading anything', async () => {
    const loadWebLlm = vi.fn();
    const fetchSpy = vi.fn();
    const engine = new WebLlmEngine({ source: { libBaseUrl: EXTENSION_LIBS }, loadWebLlm, fetch: fetchSpy });
    await expect(engine.load(LLAMA_F32)).rejects.toBeInstanceOf(NoWebGpuError);
    expect(loadWebLlm).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('a q4f16 model on a GPU without shader-f16 fails before the download', async () => {
    const loadWebLlm = vi.fn();
    const engine = new WebLlmEngine({ source: { libBaseUrl: EXTENSION_LIBS }, gpu: gpuWith([]), loadWebLlm });
    await expect(engine.load(LLAMA_F16)).rejects.toBeInstanceOf(ShaderF16MissingError);
    expect(loadWebLlm).not.toHaveBeenCalled();
  });

  test('the real WebLLM engine fails cleanly when the model host cannot be reached, asking no other host', async () => {
    // WebLLM resolves model URLs against the page's location, which Node lacks.
    (globalThis as { location?: unknown }).location = new URL(`${EXTENSION_LIBS}../../sidepanel.html`);
    const asked: string[] = [];
    globalThis.fetch = (async (...args: Parameters<typeof fetch>) => {
      const url = args[0] instanceof Request ? args[0].url : String(args[0]);
      asked.push(url);
      return originalFetch(...args);
    }) as typeof fetch;
    // Port 1 on the loopback refuses at once, wherever the test runs.
    const source = { weightsBaseUrl: 'https://127.0.0.1:1/mlc/', libBaseUrl: 'https://127.0.0.1:1/libs/' };
    const engine = new WebLlmEngine({ source, gpu: gpuWith(['shader-f16']) });
    const error = await engine.load(LLAMA_F16).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).url).toBe(
      `https://127.0.0.1:1/mlc/${LLAMA_F16}/resolve/main/mlc-chat-config.json`,
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((url) => new URL(url).host === '127.0.0.1:1')).toBe(true);
    expect(engine.loadedModelId).toBeNull();
  }, 30_000);
});

/** Just enough of WebLLM's surface to drive WebLlmEngine without a GPU. */
function fakeWebLlm(behaviour: { reload?: () => Promise<void>; reply?: object }) {
  const created: FakeEngine[] = [];
  class FakeEngine {
    interrupted = 0;
    requests: Record<string, unknown>[] = [];
    constructor(
      readonly worker: unknown,
      readonly config: { initProgressCallback?: (r: object) => void },
    ) {
      created.push(this);
    }
    async reload() {
      this.config.initProgressCallback?.({
        progress: 0.5,
        timeElapsed: 2,
        text: 'Fetching param cache[1/2]',
      });
      await (behaviour.reload?.() ?? Promise.resolve());
      this.config.initProgressCallback?.({ progress: 1, timeElapsed: 4, text: 'Finish loading' });
    }
    chat = {
      completions: {
        create: async (request: Record<string, unknown>) => {
          this.requests.push(request);
          return behaviour.reply;
        },
      },
    };
    interruptGenerate() {
      this.interrupted++;
    }
    async unload() {}
  }
  const module = {
    WebWorkerMLCEngine: FakeEngine,
    MLCEngine: class extends FakeEngine {
      constructor(config: { initProgressCallback?: (r: object) => void }) {
        super(null, config);
      }
    },
    hasModelInCache: async () => false,
    deleteModelAllInfoInCache: async () => {},
  };
  return { module: module as unknown as typeof import('@mlc-ai/web-llm'), created };
}

describe('WebLlmEngine around a stand-in for WebLLM', () => {
  const reply = {
    choices: [{ message: { content: '{"ok":true}' }, finish_reason: 'length' }],
    usage: {
      prompt_tokens: 812,
      completion_tokens: 200,
      extra: {
        prefill_tokens_per_s: 900,
        decode_tokens_per_s: 45,
        time_to_first_token_s: 0.9,
        e2e_latency_s: 5.3,
      },
    },
  };

  test('maps progress, the request (schema as response_format) and the usage figures', async () => {
    const { module, created } = fakeWebLlm({ reply });
    const engine = new WebLlmEngine({
      source: { libBaseUrl: EXTENSION_LIBS },
      gpu: gpuWith(['shader-f16']),
      loadWebLlm: async () => module,
    });
    const progress: object[] = [];
    await engine.load(LLAMA_F16, { onProgress: (p) => progress.push(p) });
    expect(progress[0]).toMatchObject({
      fraction: 0.5,
      bytesLoaded: 347.5e6,
      bytesTotal: 695e6,
      secondsLeft: 2,
    });
    expect(progress.at(-1)).toMatchObject({ fraction: 1 });

    const schema = { type: 'object' };
    const completion = await engine.complete([{ role: 'user', content: 'hi' }], {
      maxTokens: 200,
      temperature: 0,
      jsonSchema: schema,
    });
    expect(created[0]!.requests[0]).toMatchObject({
      max_tokens: 200,
      temperature: 0,
      stream: false,
      response_format: { type: 'json_object', schema: JSON.stringify(schema) },
    });
    expect(completion).toEqual({
      text: '{"ok":true}',
      finishReason: 'length',
      usage: {
        promptTokens: 812,
        completionTokens: 200,
        prefillTokensPerSecond: 900,
        decodeTokensPerSecond: 45,
        timeToFirstTokenS: 0.9,
        e2eLatencyS: 5.3,
      },
    });
  });

  test('an abort signal interrupts the generation', async () => {
    const { module, created } = fakeWebLlm({
      reply: { ...reply, choices: [{ message: { content: '' }, finish_reason: 'abort' }] },
    });
    const engine = new WebLlmEngine({
      source: { libBaseUrl: EXTENSION_LIBS },
      gpu: gpuWith([]),
      loadWebLlm: async () => module,
    });
    await engine.load(LLAMA_F32);
    const controller = new AbortController();
    const pending = engine.complete([], { maxTokens: 10, temperature: 0, signal: controller.signal });
    controller.abort();
    expect((await pending).finishReason).toBe('abort');
    expect(created[0]!.interrupted).toBe(1);
  });
});
