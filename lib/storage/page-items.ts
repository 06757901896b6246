import { browser } from 'wxt/browser';
import { ReaderKey } from '../../models/reader-key';
import { SiteConfig, type SiteConfigs } from '../../models/site-config';

/**
 * The stored values the content script reads too: the layouts taught in pick mode and the
 * reader's installation key. Part of the one storage module (lib/storage/items.ts re-exports them
 * for extension pages), kept apart for one reason: the content script runs in every granted page
 * and must stay small (test/e2e/built-manifest.test.ts caps it under 100 KB, with no classic zod).
 * WXT's storage helper adds about 9 KB minified there, so these two items are the same shape
 * (key, getValue, setValue, watch) over browser.storage.local directly, checked with zod/mini
 * schemas.
 */

/** A value in browser.storage.local under `key`, read back through `parse` (never cast). */
export interface PageItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the parsed new value whenever any context changes it; returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

function localItem<T>(key: string, parse: (stored: unknown) => T): PageItem<T> {
  return {
    key,
    getValue: async () => parse((await browser.storage.local.get(key))[key]),
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange(parse(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Stored layouts, entry by entry: one that no longer validates is left out, the others stay usable. */
export function parseSiteConfigs(stored: unknown): SiteConfigs {
  const out: SiteConfigs = {};
  if (typeof stored !== 'object' || stored === null) return out;
  for (const [origin, value] of Object.entries(stored)) {
    const parsed = SiteConfig.safeParse(value);
    if (parsed.success && parsed.data.origin === origin) out[origin] = parsed.data;
  }
  return out;
}

/** Layouts taught in pick mode, keyed by origin (lib/live/site-configs.ts). */
export const siteConfigsItem = localItem('siteConfigs', parseSiteConfigs);

/** The installation's reader key (lib/live/reader-key.ts); null when there is none yet or it is malformed. */
export const readerKeyItem = localItem<string | null>('liveReaderKey', (stored) => {
  const parsed = ReaderKey.safeParse(stored);
  return parsed.success ? parsed.data : null;
});
