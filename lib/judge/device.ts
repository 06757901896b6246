import {
  type CatalogEntry,
  type GpuFeature,
  MODEL_CATALOG,
  type ModelCatalog,
} from '../../models/model-catalog';

/**
 * Which model (if any) this machine should run. `recommendModel` is pure so the model manager,
 * tests and the options page agree; `detectDevice` is the only part that touches WebGPU.
 */

export interface AdapterSummary {
  vendor?: string;
  architecture?: string;
  description?: string;
}

export interface DeviceCapabilities {
  webgpu: boolean;
  shaderF16: boolean;
  /** A software (CPU) adapter such as SwiftShader: it works, but far too slowly for live hints. */
  fallbackAdapter?: boolean;
  maxBufferSize?: number;
  maxStorageBufferBindingSize?: number;
  adapter?: AdapterSummary;
  /** `navigator.deviceMemory` (Chromium only; rounded down and capped at 8). */
  deviceMemoryGB?: number;
  /** Why detection found no usable WebGPU, in the browser's words. */
  problem?: string;
  /** Firefox's major version, when this is Firefox: its WebGPU depends on version and system. */
  firefoxVersion?: number;
}

export type DeviceRecommendation =
  | {
      tier: 'model';
      model: CatalogEntry;
      /** Other models this device can run, most preferred first. */
      alternatives: CatalogEntry[];
      reasons: string[];
    }
  | {
      tier: 'instant';
      /** Shown to the counselor as is: why only the instant rules run. */
      explanation: string;
      /** Models that could technically load here, if the counselor insists. */
      alternatives: CatalogEntry[];
      reasons: string[];
    };

const MB = 1024 * 1024;
/** Below this WebLLM cannot create its device at all (it asks for 1 GB, then falls back to 256 MB). */
const MIN_MAX_BUFFER_SIZE = 256 * MB;
/** WebLLM asks for a 1 GB storage binding; models not marked low-resource need it. */
const FULL_STORAGE_BINDING = 1024 * MB;
/**
 * Share of the reported system memory a model may take. Integrated GPUs share system RAM with the
 * browser and the chat platform; half keeps a counselor's laptop responsive.
 */
const MEMORY_SHARE_FOR_MODEL = 0.5;

export function availableFeatures(caps: DeviceCapabilities): GpuFeature[] {
  return caps.shaderF16 ? ['shader-f16'] : [];
}

function runnable(caps: DeviceCapabilities, catalog: ModelCatalog): CatalogEntry[] {
  const features = availableFeatures(caps);
  const smallBinding =
    caps.maxStorageBufferBindingSize !== undefined && caps.maxStorageBufferBindingSize < FULL_STORAGE_BINDING;
  return catalog.models
    .filter((m) => m.requiredFeatures.every((f) => features.includes(f)))
    .filter((m) => !smallBinding || m.lowResource)
    .sort((a, b) => a.preference - b.preference);
}

/**
 * Where Firefox has WebGPU (Mozilla's announcement for Firefox 141, July 2025: Windows first,
 * macOS, Linux and Android in later versions; Nightly on desktop before that). ESR 140 predates it.
 */
const FIREFOX_WEBGPU =
  'Firefox turned WebGPU on by default from version 141, on Windows first, and on other systems in ' +
  'later versions; Firefox ESR 140 and older have it off. Where your Firefox has it off, the ' +
  'on-device model cannot run in it; Chrome and Edge offer WebGPU on Windows, macOS and ChromeOS.';

export function recommendModel(
  caps: DeviceCapabilities,
  catalog: ModelCatalog = MODEL_CATALOG,
): DeviceRecommendation {
  if (!caps.webgpu) {
    return {
      tier: 'instant',
      explanation:
        (caps.firefoxVersion !== undefined
          ? `Firefox ${caps.firefoxVersion} offers no WebGPU here` +
            (caps.problem ? ` (${caps.problem})` : '') +
            `. ${FIREFOX_WEBGPU} `
          : 'This browser offers no WebGPU' +
            (caps.problem ? ` (${caps.problem})` : '') +
            ', so the on-device model cannot run here. ') + 'The instant hints still work: they need no GPU.',
      alternatives: [],
      reasons: ['no WebGPU adapter'],
    };
  }
  if (caps.maxBufferSize !== undefined && caps.maxBufferSize < MIN_MAX_BUFFER_SIZE) {
    return {
      tier: 'instant',
      explanation:
        `This GPU allows buffers of at most ${Math.floor(caps.maxBufferSize / MB)} MB; the on-device ` +
        'model needs 256 MB. The instant hints still work.',
      alternatives: [],
      reasons: ['maxBufferSize below 256 MB'],
    };
  }

  const reasons: string[] = [];
  let candidates = runnable(caps, catalog);
  reasons.push(
    caps.shaderF16
      ? 'the GPU supports shader-f16, so the smaller and faster q4f16 builds can run'
      : 'the GPU lacks shader-f16, so only q4f32 builds can run',
  );
  if (
    caps.maxStorageBufferBindingSize !== undefined &&
    caps.maxStorageBufferBindingSize < FULL_STORAGE_BINDING
  ) {
    reasons.push('storage buffers are limited below 1 GB, so only low-resource builds are offered');
  }

  if (caps.fallbackAdapter) {
    return {
      tier: 'instant',
      explanation:
        'The only WebGPU adapter here is a software one that runs on the processor: a verdict would take ' +
        'far too long to help while you type. The instant hints still work; you can still load a model ' +
        'to try it.',
      alternatives: candidates,
      reasons: [...reasons, 'software (fallback) adapter'],
    };
  }

  if (caps.deviceMemoryGB !== undefined) {
    const budgetMB = caps.deviceMemoryGB * 1024 * MEMORY_SHARE_FOR_MODEL;
    const fitting = candidates.filter((m) => m.vramMB <= budgetMB);
    reasons.push(
      `about ${caps.deviceMemoryGB} GB of memory reported: models up to ${Math.round(budgetMB)} MB of GPU memory fit`,
    );
    if (fitting.length === 0) {
      return {
        tier: 'instant',
        explanation:
          `This device reports about ${caps.deviceMemoryGB} GB of memory; even the smallest model would take ` +
          'more than half of it. The instant hints still work.',
        alternatives: candidates,
        reasons: [...reasons, 'no model fits the memory budget'],
      };
    }
    candidates = fitting;
  } else {
    reasons.push('the browser does not report memory size, so the default model class is assumed to fit');
  }

  const [model, ...alternatives] = candidates;
  if (!model) {
    return {
      tier: 'instant',
      explanation: 'No model in the catalog can run on this GPU. The instant hints still work.',
      alternatives: [],
      reasons,
    };
  }
  return { tier: 'model', model, alternatives, reasons };
}

/** The slice of the WebGPU API detection needs, so tests can hand in a fake. */
export interface GpuLike {
  requestAdapter(options?: {
    powerPreference?: 'low-power' | 'high-performance';
  }): Promise<AdapterLike | null>;
}
export interface AdapterLike {
  features: { has(name: string): boolean };
  limits: { maxBufferSize?: number; maxStorageBufferBindingSize?: number };
  info?: AdapterSummary & { isFallbackAdapter?: boolean };
  /** Older Chromium exposed this on the adapter rather than in `info`. */
  isFallbackAdapter?: boolean;
}

function defaultGpu(): GpuLike | undefined {
  const nav = (globalThis as { navigator?: { gpu?: GpuLike } }).navigator;
  return nav?.gpu;
}

function defaultDeviceMemory(): number | undefined {
  const nav = (globalThis as { navigator?: { deviceMemory?: unknown } }).navigator;
  return typeof nav?.deviceMemory === 'number' ? nav.deviceMemory : undefined;
}

function defaultUserAgent(): string {
  const nav = (globalThis as { navigator?: { userAgent?: unknown } }).navigator;
  return typeof nav?.userAgent === 'string' ? nav.userAgent : '';
}

/** "… Gecko/20100101 Firefox/140.0" → 140. */
export function firefoxVersionOf(userAgent: string): number | undefined {
  const match = /\bFirefox\/(\d+)/.exec(userAgent);
  return match ? Number(match[1]) : undefined;
}

/**
 * What this browser offers. Runs in any realm with `navigator.gpu` (page, worker, offscreen
 * document); never throws: a failure is a capability answer with `problem` set.
 */
export async function detectDevice(
  gpu: GpuLike | undefined = defaultGpu(),
  deviceMemoryGB: number | undefined = defaultDeviceMemory(),
  userAgent: string = defaultUserAgent(),
): Promise<DeviceCapabilities> {
  const firefox = firefoxVersionOf(userAgent);
  const memory = {
    ...(deviceMemoryGB === undefined ? {} : { deviceMemoryGB }),
    ...(firefox === undefined ? {} : { firefoxVersion: firefox }),
  };
  if (!gpu) return { webgpu: false, shaderF16: false, problem: 'navigator.gpu is missing', ...memory };
  let adapter: AdapterLike | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    return { webgpu: false, shaderF16: false, problem: `requestAdapter failed: ${String(error)}`, ...memory };
  }
  if (!adapter) return { webgpu: false, shaderF16: false, problem: 'no adapter was found', ...memory };
  try {
    const info = adapter.info ?? {};
    const summary: AdapterSummary = {};
    if (info.vendor) summary.vendor = info.vendor;
    if (info.architecture) summary.architecture = info.architecture;
    if (info.description) summary.description = info.description;
    const caps: DeviceCapabilities = {
      webgpu: true,
      shaderF16: adapter.features.has('shader-f16'),
      fallbackAdapter: Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter),
      adapter: summary,
      ...memory,
    };
    if (typeof adapter.limits.maxBufferSize === 'number') caps.maxBufferSize = adapter.limits.maxBufferSize;
    if (typeof adapter.limits.maxStorageBufferBindingSize === 'number') {
      caps.maxStorageBufferBindingSize = adapter.limits.maxStorageBufferBindingSize;
    }
    return caps;
  } catch (error) {
    return {
      webgpu: false,
      shaderF16: false,
      problem: `reading the adapter failed: ${String(error)}`,
      ...memory,
    };
  }
}
