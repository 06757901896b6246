import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, test } from 'vitest';
import { isWasm, libDownloads } from '../../lib/judge/model-libs';
import { MODEL_CATALOG } from '../../models/model-catalog';

/** The libraries a release bundles: every catalog model has one, named as WebLLM names it. */
describe('model libraries for a release build', () => {
  test('every catalog model maps to the library file WebLLM 0.2.86 publishes for it', () => {
    const downloads = libDownloads(MODEL_CATALOG, prebuiltAppConfig.model_list);
    const files = new Set(MODEL_CATALOG.models.map((m) => m.modelLib));
    expect(new Set(downloads.map((d) => d.file))).toEqual(files);
    for (const d of downloads)
      expect(d.url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/mlc-ai\/binary-mlc-llm-libs\/.+\.wasm$/);
  });

  test('a catalog that drifts from WebLLM fails loudly, not at run time', () => {
    const renamed = {
      ...MODEL_CATALOG,
      models: [{ ...MODEL_CATALOG.models[0]!, modelLib: 'Other-webgpu.wasm' }],
    };
    expect(() => libDownloads(renamed, prebuiltAppConfig.model_list)).toThrow(
      /catalog names Other-webgpu\.wasm/,
    );
    const unknown = { ...MODEL_CATALOG, models: [{ ...MODEL_CATALOG.models[0]!, id: 'Nope-MLC' }] };
    expect(() => libDownloads(unknown, prebuiltAppConfig.model_list)).toThrow(/no such model/);
  });

  test('an error page saved as .wasm is told apart from a module', () => {
    expect(isWasm(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))).toBe(true);
    expect(isWasm(new TextEncoder().encode('<!doctype html><title>404</title>'))).toBe(false);
  });
});
