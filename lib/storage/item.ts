import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';

/** How one value in browser storage is defined: WXT's typed item, read back through a zod schema. */

/** A stored value, read back through a schema; `setValue` takes what `getValue` gives. */
export interface StoredItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with the parsed new value when any extension context changes it; returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

/** The schema's reading of a stored value: nothing stored, or something unreadable, is `fallback`. */
export function readStored<S extends z.ZodType>(
  key: string,
  schema: S,
  fallback: z.output<S>,
  stored: unknown,
): z.output<S> {
  if (stored === undefined || stored === null) return fallback;
  const parsed = schema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn(`Attune: the stored ${key} is not readable; using the default.`, parsed.error.issues[0]);
  return fallback;
}

/**
 * WXT's item for `key`, made on first use: defining one reads storage at once, which must not
 * happen where a module is merely imported (a unit test, the CLI, a page outside the extension).
 */
export function lazyItem<T>(key: StorageItemKey): () => WxtStorageItem<T | null, Record<string, never>> {
  let item: WxtStorageItem<T | null, Record<string, never>> | undefined;
  return () => (item ??= storage.defineItem<T, Record<string, never>>(key));
}

export function schemaItem<S extends z.ZodType>(
  key: StorageItemKey,
  schema: S,
  fallback: z.output<S>,
): StoredItem<z.output<S>> {
  const item = lazyItem<z.input<S>>(key);
  const name = key.slice(key.indexOf(':') + 1);
  const read = (stored: unknown) => readStored(name, schema, fallback, stored);
  return {
    key: name,
    getValue: async () => read(await item().getValue()),
    // Written as the schema reads it back: a value it would refuse is refused now, by name.
    setValue: async (value) => item().setValue(schema.parse(value) as z.input<S>),
    removeValue: () => item().removeValue(),
    watch: (onChange) => item().watch((value) => onChange(read(value))),
  };
}
