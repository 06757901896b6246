import { createHash } from 'node:crypto';

/**
 * The id Chrome gives an extension whose manifest carries `key` (base64 of the DER public key):
 * the first 32 hex digits of its SHA-256, each digit 0-f written as a letter a-p.
 */
export function extensionIdFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
