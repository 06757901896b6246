import { z } from 'zod';
import { Digest, LoggingChoice, NO_LOGGING } from '../../models/logging-choice';
import type { TrustedStore } from './trusted';

/**
 * The values kept in the extension origin's own localStorage (lib/storage/trusted.ts says why not
 * browser.storage), each key defined once with the schema it is read back through. A value that
 * does not parse reads as the safe default: logging off, no secret yet, no counselor URL.
 */
export interface TrustedItem<T> {
  readonly key: string;
  get(store: TrustedStore): T;
  set(store: TrustedStore, value: T): void;
  /** Calls back with the parsed value when another extension page changes it; returns the unwatch. */
  watch(store: TrustedStore, onChange: (value: T) => void): () => void;
}

/** Web Storage holds text: `parse` reads it (null when absent), `text` writes it. */
function trustedItem<T>(
  key: string,
  parse: (stored: string | null) => T,
  text: (value: T) => string,
): TrustedItem<T> {
  return {
    key,
    get: (store) => parse(store.get(key)),
    set: (store, value) => store.set(key, text(value)),
    watch: (store, onChange) => store.watch(key, (stored) => onChange(parse(stored))),
  };
}

function parseJson<S extends z.ZodType>(schema: S, fallback: z.output<S>) {
  return (stored: string | null): z.output<S> => {
    if (stored === null) return fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  };
}

const parseText =
  (schema: z.ZodType<string>) =>
  (stored: string | null): string | null =>
    schema.safeParse(stored).success ? stored : null;

/** Where the counselor turned session logging on, as keyed hashes (lib/log/logging-choice.ts). */
export const loggingChoiceItem = trustedItem<LoggingChoice>(
  'loggingChoice',
  parseJson(LoggingChoice, NO_LOGGING),
  (choice) => JSON.stringify(LoggingChoice.parse(choice)),
);

/** The install's secret the logging choice is hashed under; null until made. */
export const loggingSecretItem = trustedItem<string | null>('loggingChoiceSecret', parseText(Digest), (s) =>
  Digest.parse(s),
);

/**
 * The counselor's own weights URL; null when unset. Checked again against the build's hosts on
 * every read (lib/judge/source-setting.ts).
 */
export const weightsUrlItem = trustedItem<string | null>(
  'weightsBaseUrl',
  parseText(z.string().min(1)),
  (url) => z.string().min(1).parse(url),
);
