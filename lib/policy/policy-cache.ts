import { type DBSchema, openDB } from 'idb';

/**
 * The policy as the background last read it, kept for the first seconds after a browser start:
 * Chrome answers `storage.managed` only once its policy service is up (2 to 5 s after launch on a
 * busy machine), and tabs restored at start should be read sooner. Kept in the extension's own
 * IndexedDB, which content scripts cannot reach (theirs is the chat site's), and owned by the
 * background alone. What is stored is what storage.managed returned, checked again on use.
 */

export const POLICY_CACHE_DB = 'attune-policy-cache';
/** One version; a later layout adds one upgrade step per version. */
export const POLICY_CACHE_VERSION = 1;

interface PolicyCacheSchema extends DBSchema {
  policy: { key: 'last'; value: { readonly raw: unknown; readonly at: number } };
}

function open(name: string) {
  return openDB<PolicyCacheSchema>(name, POLICY_CACHE_VERSION, {
    upgrade(db) {
      db.createObjectStore('policy');
    },
  });
}

/** The last policy read, raw; undefined before the first read (or when IndexedDB fails). */
export async function loadCachedPolicy(name = POLICY_CACHE_DB): Promise<unknown> {
  try {
    const db = await open(name);
    try {
      return (await db.get('policy', 'last'))?.raw;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

export async function saveCachedPolicy(
  raw: unknown,
  name = POLICY_CACHE_DB,
  now = Date.now(),
): Promise<void> {
  const db = await open(name);
  try {
    await db.put('policy', { raw, at: now }, 'last');
  } finally {
    db.close();
  }
}
