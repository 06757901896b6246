import { browser } from 'wxt/browser';
import { DEFAULT_WEIGHTS_BASE_URL, ModelSource, type ModelSourceInput } from './model-source';

/**
 * The model source in effect: clinic policy (storage.managed `modelSource`) wins over the
 * counselor's own setting (storage.local `modelSource`), which wins over the build's defaults.
 * The build's CSP decides which hosts can actually be reached (wxt.config.ts).
 */
export async function loadModelSource(): Promise<ModelSource> {
  // Model libraries are code: a release bundles them under public/models/libs (see the README),
  // unless the build names a clinic server for them.
  const libBaseUrl =
    __ATTUNE_LIB_BASE_URL__ || (browser.runtime.getURL as (path: string) => string)('/models/libs/');
  const weightsBaseUrl = __ATTUNE_WEIGHTS_BASE_URL__ || DEFAULT_WEIGHTS_BASE_URL;
  const managed = (await browser.storage.managed?.get('modelSource').catch(() => ({}))) as Record<
    string,
    unknown
  >;
  const local = await browser.storage.local.get('modelSource');
  const chosen = (managed?.modelSource ?? local.modelSource ?? {}) as Partial<ModelSourceInput>;
  const parsed = ModelSource.safeParse({ weightsBaseUrl, libBaseUrl, ...chosen });
  return parsed.success ? parsed.data : ModelSource.parse({ weightsBaseUrl, libBaseUrl });
}
