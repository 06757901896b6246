import { DEFAULT_WEIGHTS_BASE_URL } from '../models/model-source';
import { connectSrcDirective } from './judge/model-source';

/**
 * The content security policy of Attune's extension pages (side panel, review, practice chat,
 * model bench) and their workers: nothing is allowed unless named here (`default-src 'none'`).
 *
 * - scripts: the extension's own files, and WebAssembly compilation for the on-device model;
 * - styles: the extension's own stylesheets (components set styles through the CSSOM only);
 * - connections: the extension itself and the model hosts this build allows (`buildHosts`);
 * - no images, fonts, media, frames, plugins or form submissions, from anywhere; no `<base>`.
 *
 * The pages that never load a model (review, practice) narrow `connect-src` further to 'self' in
 * their own `<meta>` policy.
 */
export function extensionPagesCsp(connectSrc: string): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    connectSrc,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Where model files may come from in one build, fixed at build time because the CSP is static. */
export interface BuildHosts {
  /** A base URL, or `none`: no weights host at all. */
  readonly weightsBaseUrl: string;
  readonly libBaseUrl: string;
  readonly connectSrc: string;
}

/** Where a build's bundled model libraries are, before the extension has an address. */
export const BUNDLED_LIBS = 'chrome-extension://bundled/models/libs/';

/**
 * The hosts of a build from its environment: `ATTUNE_WEIGHTS_BASE_URL` (the public hub by
 * default, a clinic's HTTPS server, or `none`) and `ATTUNE_LIB_BASE_URL` (bundled by default).
 * An offline build (`wxt build --mode offline`, or `ATTUNE_OFFLINE=1`) names no host at all and
 * refuses to be built with one.
 */
export function buildHosts(env: Readonly<Record<string, string | undefined>>, mode: string): BuildHosts {
  const offline = mode === 'offline' || env.ATTUNE_OFFLINE === '1';
  if (offline && ((env.ATTUNE_WEIGHTS_BASE_URL ?? 'none') !== 'none' || env.ATTUNE_LIB_BASE_URL)) {
    throw new Error(
      'An offline build names no model host: unset ATTUNE_WEIGHTS_BASE_URL and ATTUNE_LIB_BASE_URL.',
    );
  }
  const weightsBaseUrl = offline ? 'none' : (env.ATTUNE_WEIGHTS_BASE_URL ?? DEFAULT_WEIGHTS_BASE_URL);
  const libBaseUrl = env.ATTUNE_LIB_BASE_URL ?? BUNDLED_LIBS;
  const connectSrc =
    weightsBaseUrl === 'none' ? "connect-src 'self'" : connectSrcDirective([{ weightsBaseUrl, libBaseUrl }]);
  return { weightsBaseUrl, libBaseUrl, connectSrc };
}
