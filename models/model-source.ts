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
 * What older versions kept in storage.local `modelSource` (a content script could write it): only
 * a weights URL is ever carried over, and only when it is still usable (lib/judge/source-setting.ts).
 */
export const LegacyModelSource = z.object({ weightsBaseUrl: z.string().optional().catch(undefined) });
