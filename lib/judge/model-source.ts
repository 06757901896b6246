import { z } from 'zod';

/**
 * Where model files come from: weights (data: the public hub, a clinic's HTTPS mirror, or the
 * extension package) and model libraries (executable `.wasm`: the store forbids remote code, so a
 * published build passes the URL of the libraries bundled with it). The CSP's `connect-src` is
 * derived from the same setting, so a build configured without a public host cannot reach one.
 */

export const DEFAULT_WEIGHTS_BASE_URL = 'https://huggingface.co/mlc-ai/';

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:'];
/** What URL parsing lets through in a host but CSP source syntax does not (`;`, `,`, quotes…). */
const PLAIN_HOST = /^[a-z0-9.-]+$/;

function problemWithBaseUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && !EXTENSION_SCHEMES.includes(url.protocol)) {
    return 'must be https:// (or the extension itself)';
  }
  if (url.username || url.password) return 'must not carry credentials';
  if (url.search || url.hash) return 'must not have a query or fragment';
  if (!PLAIN_HOST.test(url.hostname)) return 'has characters a host cannot have';
  return null;
}

/** An absolute base URL, normalised to end with `/` so file names resolve beneath it. */
const BaseUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = problemWithBaseUrl(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `${value} ${problem}` });
  })
  .transform((value) => {
    const url = new URL(value);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  });

export const ModelSource = z.object({
  /** Holds one folder per model repository name, each laid out like the hub (`<name>/resolve/main/…`). */
  weightsBaseUrl: BaseUrl.default(DEFAULT_WEIGHTS_BASE_URL),
  /** Holds the catalog's `modelLib` files, e.g. `browser.runtime.getURL('/models/libs/')`. */
  libBaseUrl: BaseUrl,
});
export type ModelSource = z.output<typeof ModelSource>;
export type ModelSourceInput = z.input<typeof ModelSource>;

/**
 * Hosts a download from an origin is redirected to. CSP checks every hop, so allowing the hub
 * alone fails mid-download. Hugging Face has moved its file hosts before (cdn-lfs, then
 * cas-bridge.xethub, then regional *.cdn.hf.co), hence the wildcards over its own domains.
 */
const REDIRECT_TARGETS: Record<string, string[]> = {
  'https://huggingface.co': ['https://*.hf.co', 'https://*.huggingface.co'],
};

/**
 * The origins extension pages must be allowed to `connect-src` for this source, besides 'self'.
 * Throws (a ZodError) on anything but https or extension base URLs.
 */
export function connectSrcOrigins(source: ModelSourceInput): string[] {
  const parsed = ModelSource.parse(source);
  const origins = new Set<string>();
  for (const base of [parsed.weightsBaseUrl, parsed.libBaseUrl]) {
    const url = new URL(base);
    if (url.protocol !== 'https:') continue; // the extension's own files are 'self'
    origins.add(url.origin);
    for (const target of REDIRECT_TARGETS[url.origin] ?? []) origins.add(target);
  }
  return [...origins];
}

/** The whole directive, for the manifest's `content_security_policy.extension_pages`. */
export function connectSrcDirective(sources: readonly ModelSourceInput[]): string {
  const origins = new Set(sources.flatMap(connectSrcOrigins));
  return ["connect-src 'self'", ...origins].join(' ');
}
