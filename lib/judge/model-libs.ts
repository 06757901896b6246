import type { ModelCatalog } from '../../models/model-catalog';

/**
 * The model libraries (`.wasm`) a release bundles under public/models/libs: compiled code, which a
 * store-published extension may not fetch from a remote host at run time. `npm run
 * fetch-model-libs` downloads them once, at build time, from the URLs WebLLM's own prebuilt config
 * names for the same models.
 */
export interface LibDownload {
  readonly modelId: string;
  readonly url: string;
  /** The file name under public/models/libs (the catalog's `modelLib`). */
  readonly file: string;
}

interface PrebuiltRecord {
  readonly model_id: string;
  readonly model_lib: string;
}

/** One download per distinct library; throws when a catalog model has no prebuilt library to match. */
export function libDownloads(catalog: ModelCatalog, prebuilt: readonly PrebuiltRecord[]): LibDownload[] {
  const out = new Map<string, LibDownload>();
  for (const entry of catalog.models) {
    const record = prebuilt.find((r) => r.model_id === entry.id);
    if (!record) throw new Error(`${entry.id}: WebLLM's prebuilt config has no such model`);
    const file = record.model_lib.split('/').pop()!;
    if (file !== entry.modelLib) {
      throw new Error(`${entry.id}: the catalog names ${entry.modelLib}, WebLLM's config ${file}`);
    }
    out.set(file, { modelId: entry.id, url: record.model_lib, file });
  }
  return [...out.values()];
}

/** Whether bytes are a WebAssembly module (magic `\0asm`): an HTML error page saved as .wasm is not. */
export function isWasm(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;
}
