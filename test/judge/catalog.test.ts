import { describe, expect, test } from 'vitest';
import {
  type AdapterLike,
  type DeviceCapabilities,
  detectDevice,
  recommendModel,
} from '../../lib/judge/device';
import {
  type CatalogEntry,
  MODEL_CATALOG,
  ModelCatalog,
  findCatalogEntry,
  smallerModels,
  variantOf,
} from '../../models/model-catalog';
import { FAMILIES, tokenizerFor } from './helpers';

const entry = (id: string): CatalogEntry => findCatalogEntry(id)!;

describe('the model catalog', () => {
  test('validates, with unique ids and both quantizations of every model', () => {
    expect(ModelCatalog.safeParse(MODEL_CATALOG).success).toBe(true);
    expect(new Set(MODEL_CATALOG.models.map((m) => m.id)).size).toBe(MODEL_CATALOG.models.length);
    for (const m of MODEL_CATALOG.models) {
      expect(variantOf(m, 'q4f16_1'), m.id).toBeDefined();
      expect(variantOf(m, 'q4f32_1'), m.id).toBeDefined();
    }
  });

  test('offers small instruct models only: the 1B-3B class plus a sub-1B fallback', () => {
    for (const m of MODEL_CATALOG.models) expect(m.parametersB).toBeLessThanOrEqual(3.5);
    expect(MODEL_CATALOG.models.some((m) => m.parametersB < 1)).toBe(true);
  });

  test.each(FAMILIES)('family %s has a real tokenizer that loads', async (family) => {
    const tokenizer = await tokenizerFor(family);
    expect(tokenizer.encode('Hello there', { add_special_tokens: false }).length).toBeGreaterThan(0);
    expect(MODEL_CATALOG.models.some((m) => m.family === family)).toBe(true);
  });

  test('q4f16 builds require shader-f16 and q4f32 builds require nothing', () => {
    for (const m of MODEL_CATALOG.models) {
      expect(m.requiredFeatures, m.id).toEqual(m.quantization === 'q4f16_1' ? ['shader-f16'] : []);
    }
  });

  test('the schema refuses a q4f16 entry that does not declare shader-f16, and duplicate ids', () => {
    const [first, ...rest] = MODEL_CATALOG.models;
    const missingFeature = { ...MODEL_CATALOG, models: [{ ...first!, requiredFeatures: [] }, ...rest] };
    expect(ModelCatalog.safeParse(missingFeature).success).toBe(false);
    const duplicate = { ...MODEL_CATALOG, models: [first!, first!] };
    expect(ModelCatalog.safeParse(duplicate).success).toBe(false);
  });

  test("matches WebLLM 0.2.86's own records: ids, libraries, VRAM, context, weights repository", async () => {
    const { prebuiltAppConfig } = await import('@mlc-ai/web-llm');
    for (const m of MODEL_CATALOG.models) {
      const record = prebuiltAppConfig.model_list.find((r) => r.model_id === m.id);
      expect(record, m.id).toBeDefined();
      expect(record!.model_lib.split('/').pop(), m.id).toBe(m.modelLib);
      expect(record!.vram_required_MB, m.id).toBe(m.vramMB);
      expect(record!.low_resource_required, m.id).toBe(m.lowResource);
      expect(record!.overrides?.context_window_size, m.id).toBe(m.contextWindow);
      expect(record!.model, m.id).toBe(`https://huggingface.co/${m.hfRepo}`);
      for (const feature of record!.required_features ?? []) expect(m.requiredFeatures).toContain(feature);
    }
  });

  test('smaller models are those needing less GPU memory that this GPU can run', () => {
    const smaller = smallerModels(entry('Qwen2.5-1.5B-Instruct-q4f32_1-MLC'), []);
    expect(smaller.map((m) => m.id)).toEqual([
      'Llama-3.2-1B-Instruct-q4f32_1-MLC',
      'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
    ]);
    expect(smallerModels(entry('Llama-3.2-1B-Instruct-q4f16_1-MLC'), ['shader-f16'])).toEqual([]);
  });
});

describe('recommendModel', () => {
  const gpu = (caps: Partial<DeviceCapabilities>): DeviceCapabilities => ({
    webgpu: true,
    shaderF16: true,
    ...caps,
  });

  test('no WebGPU: the instant tier only, with a reason a counselor can read', () => {
    const rec = recommendModel({ webgpu: false, shaderF16: false, problem: 'navigator.gpu is missing' });
    expect(rec.tier).toBe('instant');
    if (rec.tier !== 'instant') return;
    expect(rec.explanation).toMatch(/no WebGPU/);
    expect(rec.explanation).toMatch(/instant hints still work/);
    expect(rec.alternatives).toEqual([]);
  });

  test('a GPU with shader-f16: the 1B model in q4f16', () => {
    const rec = recommendModel(gpu({}));
    expect(rec).toMatchObject({ tier: 'model', model: { id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' } });
  });

  test('no shader-f16: the q4f32 build, and only q4f32 alternatives', () => {
    const rec = recommendModel(gpu({ shaderF16: false }));
    expect(rec.tier).toBe('model');
    if (rec.tier !== 'model') return;
    expect(rec.model.id).toBe('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    expect(rec.alternatives.every((m) => m.quantization === 'q4f32_1')).toBe(true);
    expect(rec.reasons.join(' ')).toMatch(/lacks shader-f16/);
  });

  test('little memory narrows the choice to models taking at most half of it', () => {
    const rec = recommendModel(gpu({ deviceMemoryGB: 2 }));
    expect(rec.tier).toBe('model');
    if (rec.tier !== 'model') return;
    expect(rec.model.id).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    for (const m of [rec.model, ...rec.alternatives]) expect(m.vramMB).toBeLessThanOrEqual(1024);
  });

  test('too little memory for any model: the instant tier, with the models that could still be tried', () => {
    const rec = recommendModel(gpu({ shaderF16: false, deviceMemoryGB: 2 }));
    expect(rec.tier).toBe('instant');
    if (rec.tier !== 'instant') return;
    expect(rec.explanation).toMatch(/2 GB/);
    expect(rec.alternatives.length).toBeGreaterThan(0);
  });

  test('plenty of memory still recommends the 1B model first (the latency target), larger ones as alternatives', () => {
    const rec = recommendModel(gpu({ deviceMemoryGB: 8 }));
    expect(rec.tier === 'model' && rec.model.id).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(rec.tier === 'model' && rec.alternatives.some((m) => m.parametersB > 3)).toBe(true);
  });

  test('a software adapter (SwiftShader): the instant tier by default, models still offered', () => {
    const rec = recommendModel(gpu({ shaderF16: false, fallbackAdapter: true }));
    expect(rec.tier).toBe('instant');
    if (rec.tier !== 'instant') return;
    expect(rec.explanation).toMatch(/software/);
    expect(rec.alternatives[0]?.id).toBe('Llama-3.2-1B-Instruct-q4f32_1-MLC');
  });

  test('buffers below 256 MB: WebLLM cannot start, so the instant tier', () => {
    expect(recommendModel(gpu({ maxBufferSize: 128 * 1024 * 1024 })).tier).toBe('instant');
  });

  test('a storage-binding limit below 1 GB keeps only low-resource builds', () => {
    const catalog = ModelCatalog.parse({
      ...MODEL_CATALOG,
      models: MODEL_CATALOG.models.map((m) => (m.parametersB < 1.3 ? { ...m, lowResource: false } : m)),
    });
    const rec = recommendModel(gpu({ maxStorageBufferBindingSize: 128 * 1024 * 1024 }), catalog);
    expect(rec.tier === 'model' && rec.model.id).toBe('Qwen2.5-1.5B-Instruct-q4f16_1-MLC');
  });
});

describe('detectDevice', () => {
  const adapter = (overrides: Partial<AdapterLike> = {}): AdapterLike => ({
    features: new Set(['shader-f16', 'subgroups']),
    limits: { maxBufferSize: 2 ** 31, maxStorageBufferBindingSize: 2 ** 30 },
    info: { vendor: 'nvidia', architecture: 'ampere', description: '' },
    ...overrides,
  });

  test('reads features, limits and adapter info', async () => {
    const caps = await detectDevice({ requestAdapter: async () => adapter() }, 8);
    expect(caps).toEqual({
      webgpu: true,
      shaderF16: true,
      fallbackAdapter: false,
      maxBufferSize: 2 ** 31,
      maxStorageBufferBindingSize: 2 ** 30,
      adapter: { vendor: 'nvidia', architecture: 'ampere' },
      deviceMemoryGB: 8,
    });
  });

  test('sees a software adapter and a missing shader-f16', async () => {
    const swiftshader = adapter({ features: new Set(), info: { vendor: 'google', isFallbackAdapter: true } });
    const caps = await detectDevice({ requestAdapter: async () => swiftshader }, undefined);
    expect(caps).toMatchObject({ webgpu: true, shaderF16: false, fallbackAdapter: true });
  });

  test.each([
    ['no navigator.gpu', undefined, /navigator.gpu is missing/],
    ['no adapter', { requestAdapter: async () => null }, /no adapter/],
    [
      'requestAdapter throwing',
      { requestAdapter: () => Promise.reject(new Error('GPU process crashed')) },
      /GPU process crashed/,
    ],
    [
      'an adapter that throws when read',
      {
        requestAdapter: async () =>
          adapter({
            features: {
              has: () => {
                throw new Error('lost');
              },
            },
          }),
      },
      /lost/,
    ],
  ])('never throws: %s', async (_name, gpu, problem) => {
    const caps = await detectDevice(gpu, undefined);
    expect(caps.webgpu).toBe(false);
    expect(caps.problem).toMatch(problem);
  });

  test('in Node (no navigator.gpu) it answers rather than throwing', async () => {
    await expect(detectDevice()).resolves.toMatchObject({ webgpu: false });
  });
});

describe('WebGPU in Firefox, explained (issue 15)', () => {
  const FIREFOX_ESR = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

  test('Firefox without WebGPU is told which versions and systems have it, and that the instant hints still work', async () => {
    const caps = await detectDevice(undefined, undefined, FIREFOX_ESR);
    expect(caps).toMatchObject({ webgpu: false, firefoxVersion: 140 });
    const rec = recommendModel(caps);
    if (rec.tier !== 'instant') throw new Error('expected the instant tier');
    expect(rec.explanation).toMatch(/^Firefox 140 offers no WebGPU here \(navigator\.gpu is missing\)/);
    expect(rec.explanation).toMatch(/version 141, on Windows first/);
    expect(rec.explanation).toMatch(/ESR 140 and older have it off/);
    expect(rec.explanation).toMatch(/instant hints still work/);
  });

  test('Firefox with a WebGPU adapter gets a model like any other browser', async () => {
    const adapter: AdapterLike = {
      features: new Set(['shader-f16']),
      limits: { maxBufferSize: 2 ** 31, maxStorageBufferBindingSize: 2 ** 31 },
      info: { vendor: 'nvidia', architecture: '', device: '', description: '' },
    } as unknown as AdapterLike;
    const caps = await detectDevice({ requestAdapter: async () => adapter }, 8, 'Firefox/145.0');
    expect(caps.firefoxVersion).toBe(145);
    expect(recommendModel(caps).tier).toBe('model');
  });

  test('other browsers keep the plain explanation', async () => {
    const caps = await detectDevice(undefined, undefined, 'Mozilla/5.0 Chrome/139.0 Safari/537.36');
    expect(caps.firefoxVersion).toBeUndefined();
    const rec = recommendModel(caps);
    if (rec.tier !== 'instant') throw new Error('expected the instant tier');
    expect(rec.explanation).toMatch(/^This browser offers no WebGPU/);
  });
});
