/**
 * Settings only Attune's own pages can write. `browser.storage.local` is shared with the content
 * script, which runs inside chat pages whose scripts are not ours: a value there could have been
 * written by a content script turned against us. The extension origin's own Web Storage
 * (`localStorage` of `chrome-extension://<id>/`, `moz-extension://<uuid>/`) is reachable only from
 * extension pages: a content script's `localStorage` is the chat site's. It persists across
 * restarts, unlike `storage.session`.
 *
 * Used for what decides where data goes or which conversations are logged: the counselor's model
 * weights URL, the logging choice and the salt that hashes it. The background (a service worker,
 * which has no Web Storage) never needs them.
 */

export interface TrustedStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Calls back when another extension page changes `key`; returns the unsubscribe. */
  watch(key: string, onChange: (value: string | null) => void): () => void;
}

const PREFIX = 'attune:';

/** The extension origin's localStorage; undefined where there is none (Node, the service worker). */
export function extensionTrustedStore(): TrustedStore | undefined {
  const storage = (globalThis as { localStorage?: Storage }).localStorage;
  const origin = (globalThis as { location?: Location }).location?.protocol;
  if (!storage || (origin !== 'chrome-extension:' && origin !== 'moz-extension:')) return undefined;
  return webStorageStore(storage, globalThis as unknown as EventTarget);
}

/** A TrustedStore over any Web Storage (happy-dom's in view tests). */
export function webStorageStore(storage: Storage, events?: EventTarget): TrustedStore {
  return {
    get: (key) => storage.getItem(PREFIX + key),
    set: (key, value) => storage.setItem(PREFIX + key, value),
    remove: (key) => storage.removeItem(PREFIX + key),
    watch(key, onChange) {
      if (!events) return () => undefined;
      const listener = (event: Event) => {
        const e = event as StorageEvent;
        if (e.key === PREFIX + key) onChange(e.newValue);
      };
      events.addEventListener('storage', listener);
      return () => events.removeEventListener('storage', listener);
    },
  };
}

/** An in-memory TrustedStore for tests; `watch` fires on its own writes, as another page's would. */
export function memoryTrustedStore(initial: Record<string, string> = {}): TrustedStore {
  const data = new Map(Object.entries(initial));
  const watchers = new Map<string, Set<(value: string | null) => void>>();
  const notify = (key: string) => watchers.get(key)?.forEach((w) => w(data.get(key) ?? null));
  return {
    get: (key) => data.get(key) ?? null,
    set(key, value) {
      data.set(key, value);
      notify(key);
    },
    remove(key) {
      data.delete(key);
      notify(key);
    },
    watch(key, onChange) {
      const set = watchers.get(key) ?? new Set();
      set.add(onChange);
      watchers.set(key, set);
      return () => set.delete(onChange);
    },
  };
}
