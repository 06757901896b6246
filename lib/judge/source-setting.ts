import { browser } from 'wxt/browser';
import { DEFAULT_WEIGHTS_BASE_URL, ModelSource, type ModelSourceInput } from './model-source';

/** The model source in effect, and whether clinic policy fixed it (then the counselor cannot change it). */
export interface SourceInEffect {
  readonly source: ModelSource;
  readonly setByPolicy: boolean;
}

/**
 * The model source in effect: clinic policy (storage.managed `modelSource`) wins over the
 * counselor's own setting (storage.local `modelSource`), which wins over the build's defaults.
 * The build's CSP decides which hosts can actually be reached (wxt.config.ts).
 */
export async function loadModelSource(): Promise<SourceInEffect> {
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
  return {
    source: parsed.success ? parsed.data : ModelSource.parse({ weightsBaseUrl, libBaseUrl }),
    setByPolicy: managed?.modelSource !== undefined,
  };
}

/**
 * Whether the build's CSP lets extension pages fetch from `url` ('self' aside): a source outside
 * it would fail at the first download, so the setting refuses it up front and says why.
 */
export function allowedByBuild(url: string, directive: string = __ATTUNE_CONNECT_SRC__): boolean {
  let origin: URL;
  try {
    origin = new URL(url);
  } catch {
    return false;
  }
  if (origin.protocol === 'chrome-extension:' || origin.protocol === 'moz-extension:') return true;
  return directive
    .split(/\s+/)
    .slice(1)
    .some((source) => {
      if (source === "'self'") return false;
      const wildcard = /^https:\/\/\*\.(.+)$/.exec(source);
      if (wildcard) return origin.protocol === 'https:' && origin.hostname.endsWith(`.${wildcard[1]}`);
      return source === origin.origin;
    });
}

export type SaveSourceResult = { ok: true; source: ModelSource } | { ok: false; error: string };

/** The counselor's own weights URL (clinic policy, when set, still wins). */
export async function saveWeightsBaseUrl(weightsBaseUrl: string): Promise<SaveSourceResult> {
  const parsed = ModelSource.safeParse({ weightsBaseUrl, libBaseUrl: 'https://placeholder.invalid/' });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Not a usable URL.' };
  if (!allowedByBuild(parsed.data.weightsBaseUrl)) {
    return {
      ok: false,
      error: `This build of Attune may only download from the hosts it was built for; ${new URL(parsed.data.weightsBaseUrl).host} is not one of them. Ask your IT for a build that allows it.`,
    };
  }
  await browser.storage.local.set({ modelSource: { weightsBaseUrl: parsed.data.weightsBaseUrl } });
  return { ok: true, source: (await loadModelSource()).source };
}
