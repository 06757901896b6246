/**
 * A small, pure check and matcher for the match patterns adapters declare (the subset we use:
 * scheme `*`, `http` or `https`; host `*`, `*.domain` or an exact host; a path starting with `/`,
 * where `*` matches anything). Written here rather than importing `@webext-core/match-patterns`,
 * which is only a transitive dependency of wxt and not ours to rely on.
 */
const PATTERN = /^(\*|https?):\/\/(\*|\*\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|[a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/.*)$/;

export interface MatchParts {
  readonly scheme: string;
  readonly host: string;
  readonly path: string;
}

/** The pattern's parts, or null when it is not a valid pattern of the subset above. */
export function parseMatchPattern(pattern: string): MatchParts | null {
  const m = PATTERN.exec(pattern);
  if (!m) return null;
  return { scheme: m[1]!, host: m[2]!, path: m[3]! };
}

export function isValidMatchPattern(pattern: string): boolean {
  return parseMatchPattern(pattern) !== null;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** Whether `url` falls under `pattern` (false for invalid patterns or URLs). */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = parseMatchPattern(pattern);
  if (!parts) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (parts.scheme !== '*' && parts.scheme !== scheme) return false;
  const host = parsed.hostname.toLowerCase();
  if (parts.host.startsWith('*.')) {
    const domain = parts.host.slice(2);
    if (host !== domain && !host.endsWith(`.${domain}`)) return false;
  } else if (parts.host !== '*' && parts.host !== host) {
    return false;
  }
  return globToRegExp(parts.path).test(parsed.pathname + parsed.search);
}
