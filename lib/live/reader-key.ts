import { readerKeyItem } from '../storage/page-items';

/**
 * What makes the name of the event a starting reader fires on the document (takeover.ts) one the
 * page cannot guess. Any script of the page can listen to a document event it knows the name of;
 * named after the extension id alone, it would tell every page that Attune is installed and when
 * its reader started. The name carries this key too: random, made once per installation, and kept
 * in the extension's storage, which pages cannot read. Readers of the same installation, old and
 * new, share it, so a new one can still stop an old one in another JavaScript world.
 */
export const READER_KEY = readerKeyItem.key;

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/**
 * The installation's key, made on first use. Where the extension's storage cannot be read, a key
 * for this reader alone: it then stops no reader in another world, and no page can hear it either.
 */
export async function readerKey(): Promise<string> {
  try {
    const stored = await readerKeyItem.getValue();
    if (stored !== null) return stored;
    const key = randomKey();
    await readerKeyItem.setValue(key);
    return key;
  } catch {
    return randomKey();
  }
}
