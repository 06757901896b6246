import { ModelSource, type ModelSourceInput } from '../../models/model-source';

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
