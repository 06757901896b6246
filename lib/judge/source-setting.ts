import { browser } from 'wxt/browser';
import { type Policy, publicModelDownloadsAllowed, readPolicy } from '../policy/policy';
import { legacyModelSourceItem } from '../storage/items';
import { extensionTrustedStore, type TrustedStore } from '../storage/trusted';
import { weightsUrlItem } from '../storage/trusted-items';
import { DEFAULT_WEIGHTS_BASE_URL, ModelSource } from '../../models/model-source';

/**
 * Where the on-device model's files come from, decided only by the build, clinic policy or the
 * counselor in an extension page, and always within the hosts the build's CSP names:
 *
 * - model libraries (`.wasm`, executable code): the build (bundled, or `ATTUNE_LIB_BASE_URL`) or
 *   policy; never anything stored at run time;
 * - weights (data): policy, else the counselor's URL (kept where content scripts cannot write it,
 *   see lib/storage/trusted.ts, and checked against the build's hosts again on every read), else
 *   the build's.
 *
 * A policy value that is invalid, or names a host the build cannot reach, blocks the model tier
 * and says so: it never falls back to the public hub. So does a public weights host when the
 * policy turns public downloads off.
 */

/** What the build fixed (wxt.config.ts): default hosts and the extension pages' `connect-src`. */
export interface BuildSource {
  readonly weightsBaseUrl: string;
  readonly libBaseUrl: string;
  readonly connectSrc: string;
}

export function buildSource(): BuildSource {
  return {
    weightsBaseUrl: __ATTUNE_WEIGHTS_BASE_URL__ || DEFAULT_WEIGHTS_BASE_URL,
    // Model libraries are code: a release bundles them under public/models/libs (see docs/judge.md),
    // unless the build names a clinic server for them.
    libBaseUrl:
      __ATTUNE_LIB_BASE_URL__ || (browser.runtime.getURL as (path: string) => string)('/models/libs/'),
    connectSrc: __ATTUNE_CONNECT_SRC__,
  };
}

export type SourceInEffect =
  | {
      readonly kind: 'ready';
      readonly source: ModelSource;
      readonly from: 'build' | 'counselor' | 'policy';
      /** Clinic policy fixed it: the counselor cannot change it. */
      readonly setByPolicy: boolean;
    }
  | { readonly kind: 'blocked'; readonly reason: string; readonly setByPolicy: true };

/** Thrown where a model would start while policy leaves no usable source; its message says why. */
export class SourceBlockedError extends Error {
  override name = 'SourceBlockedError';
}

/** Trusted-store key of the counselor's weights URL. */
export const WEIGHTS_URL_KEY = weightsUrlItem.key;

/** The public model hub and the file hosts it redirects to. */
export function isPublicModelHost(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:') return false;
    return (
      hostname === 'huggingface.co' || hostname.endsWith('.huggingface.co') || hostname.endsWith('.hf.co')
    );
  } catch {
    return false;
  }
}

/**
 * Whether the build's CSP lets extension pages fetch from `url` ('self' aside): a source outside
 * it would fail at the first download, so it is refused up front and the reason shown.
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

const hostOf = (url: string) => {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
};

/** The counselor's weights URL, when it is still a valid https URL on a host the build allows. */
function usableCounselorUrl(url: string | null | undefined, build: BuildSource): string | null {
  if (!url) return null;
  const parsed = ModelSource.shape.libBaseUrl.safeParse(url);
  return parsed.success && allowedByBuild(parsed.data, build.connectSrc) ? parsed.data : null;
}

/** The model source in effect for this policy, build and counselor setting (pure). */
export function resolveModelSource(input: {
  policy: Policy;
  build: BuildSource;
  counselorWeightsUrl?: string | null;
}): SourceInEffect {
  const { policy, build } = input;
  const setting = policy.modelSource;
  let candidate: { weightsBaseUrl: string; libBaseUrl: string };
  let from: 'build' | 'counselor' | 'policy';
  if (setting.state === 'invalid') {
    return {
      kind: 'blocked',
      reason: `Blocked by policy: invalid model source (${setting.problem}). No model is downloaded until your IT corrects it.`,
      setByPolicy: true,
    };
  }
  if (setting.state === 'set') {
    const fromPolicy = [setting.value.weightsBaseUrl, setting.value.libBaseUrl].filter(
      (u): u is string => u !== undefined,
    );
    const outside = fromPolicy.find((url) => !allowedByBuild(url, build.connectSrc));
    if (outside) {
      return {
        kind: 'blocked',
        reason: `Blocked by policy: the model source ${hostOf(outside)} is not a host this build of Attune may reach. Ask your IT for a build made for it.`,
        setByPolicy: true,
      };
    }
    candidate = {
      weightsBaseUrl: setting.value.weightsBaseUrl ?? build.weightsBaseUrl,
      libBaseUrl: setting.value.libBaseUrl ?? build.libBaseUrl,
    };
    from = 'policy';
  } else {
    const counselor = usableCounselorUrl(input.counselorWeightsUrl, build);
    candidate = { weightsBaseUrl: counselor ?? build.weightsBaseUrl, libBaseUrl: build.libBaseUrl };
    from = counselor ? 'counselor' : 'build';
  }
  if (
    !publicModelDownloadsAllowed(policy) &&
    (isPublicModelHost(candidate.weightsBaseUrl) || isPublicModelHost(candidate.libBaseUrl))
  ) {
    return {
      kind: 'blocked',
      reason:
        policy.publicModelDownloadsAllowed.state === 'invalid'
          ? `Blocked by policy: invalid public model downloads (${policy.publicModelDownloadsAllowed.problem}). No model is downloaded from the public hub.`
          : 'Downloading models from the public hub is turned off by your organization. Ask your IT for the clinic’s model server.',
      setByPolicy: true,
    };
  }
  const parsed = ModelSource.safeParse(candidate);
  if (!parsed.success) {
    return {
      kind: 'blocked',
      reason: `No usable model source: ${parsed.error.issues[0]?.message ?? 'invalid URL'}.`,
      setByPolicy: true,
    };
  }
  return { kind: 'ready', source: parsed.data, from, setByPolicy: setting.state === 'set' };
}

/** Where the old setting is read and deleted (lib/storage/items.ts; a stand-in in tests). */
interface LegacySourceItem {
  getValue(): Promise<{ weightsBaseUrl?: string | undefined } | null>;
  removeValue(): Promise<void>;
}

/**
 * Older versions kept the counselor's weights URL in storage.local (and read a library URL from
 * there too). Moves a weights URL that is still valid for this build into the trusted store and
 * removes the old value either way; a library URL is never carried over.
 */
export async function migrateLegacySource(
  trusted: TrustedStore,
  build: BuildSource,
  legacyItem: LegacySourceItem = legacyModelSourceItem,
) {
  const stored = await legacyItem.getValue();
  const url = usableCounselorUrl(stored?.weightsBaseUrl, build);
  if (url && weightsUrlItem.get(trusted) === null) weightsUrlItem.set(trusted, url);
  await legacyItem.removeValue();
}

/** The model source in effect now, in an extension page. */
export async function loadModelSource(
  options: { policy?: Policy; trusted?: TrustedStore; build?: BuildSource } = {},
): Promise<SourceInEffect> {
  const build = options.build ?? buildSource();
  const trusted = options.trusted ?? extensionTrustedStore();
  if (trusted) await migrateLegacySource(trusted, build).catch(() => undefined);
  const policy = options.policy ?? (await readPolicy());
  return resolveModelSource({
    policy,
    build,
    counselorWeightsUrl: trusted ? weightsUrlItem.get(trusted) : null,
  });
}

export type SaveSourceResult = { ok: true; source: SourceInEffect } | { ok: false; error: string };

/** The counselor's own weights URL (clinic policy, when set, still wins). */
export async function saveWeightsBaseUrl(
  weightsBaseUrl: string,
  options: { policy?: Policy; trusted?: TrustedStore; build?: BuildSource } = {},
): Promise<SaveSourceResult> {
  const build = options.build ?? buildSource();
  const trusted = options.trusted ?? extensionTrustedStore();
  if (!trusted) return { ok: false, error: 'This setting can only be changed in Attune’s own pages.' };
  const parsed = ModelSource.shape.libBaseUrl.safeParse(weightsBaseUrl);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Not a usable URL.' };
  if (!allowedByBuild(parsed.data, build.connectSrc)) {
    return {
      ok: false,
      error: `This build of Attune may only download from the hosts it was built for; ${hostOf(parsed.data)} is not one of them. Ask your IT for a build that allows it.`,
    };
  }
  weightsUrlItem.set(trusted, parsed.data);
  return { ok: true, source: await loadModelSource({ ...options, build, trusted }) };
}
