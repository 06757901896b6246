/**
 * Encryption at rest and in export files, with WebCrypto only (browsers, workers and Node 20
 * all have `globalThis.crypto.subtle`): PBKDF2-SHA-256 turns the passphrase into an AES-GCM-256
 * key; every record gets a fresh random 96-bit IV. GCM authenticates as well as hides, so an
 * altered record or a wrong key fails instead of yielding garbage.
 */

/** Byte arrays backed by a plain ArrayBuffer, which is what WebCrypto accepts. */
export type Bytes = Uint8Array<ArrayBuffer>;

/**
 * PBKDF2 rounds for new keys. OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000 (the issue
 * asks for at least 310,000, the older figure). About 0.15 s in Node on this machine, paid once per
 * unlock. The count is stored with the salt, so raising it later does not strand old logs.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
/** 96 bits: the IV size GCM is specified for; random per record, never reused with one key. */
export const IV_BYTES = 12;

export interface KdfParams {
  readonly iterations: number;
  readonly salt: Bytes;
}

/** A ciphertext and the IV it was sealed with. */
export interface Sealed {
  readonly iv: Bytes;
  readonly data: Bytes;
}

/** Decryption failed authentication: wrong key, or the ciphertext, IV or context was altered. */
export class AuthenticationFailed extends Error {
  override name = 'AuthenticationFailed';
}

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function randomBytes(length: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function utf8(text: string): Bytes {
  return encoder.encode(text) as Bytes;
}

export function newKdfParams(iterations = PBKDF2_ITERATIONS): KdfParams {
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new RangeError('iterations must be a positive integer');
  return { iterations, salt: randomBytes(SALT_BYTES) };
}

/**
 * A non-extractable AES-GCM key from a passphrase. The passphrase is NFC-normalized so the same
 * words typed on another keyboard or system give the same key.
 */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  if (passphrase.length === 0) throw new RangeError('the passphrase is empty');
  const material = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: params.salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts `plaintext`. `context` (e.g. the record's key) is authenticated but not stored: a
 * ciphertext copied onto another record will not open there.
 */
export async function seal(key: CryptoKey, plaintext: Bytes, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8(context) }, key, plaintext);
  return { iv, data: new Uint8Array(data) };
}

export async function unseal(key: CryptoKey, sealed: Sealed, context: string): Promise<Bytes> {
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(context) },
      key,
      sealed.data,
    );
    return new Uint8Array(plain);
  } catch (error) {
    // WebCrypto reports every GCM failure as one OperationError; nothing finer is knowable.
    throw new AuthenticationFailed('decryption failed', { cause: error });
  }
}

export async function sealJson(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  return seal(key, utf8(JSON.stringify(value)), context);
}

/** Decrypts and parses; the caller validates the shape. */
export async function unsealJson(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  return JSON.parse(decoder.decode(await unseal(key, sealed, context)));
}

const VERIFIER_TEXT = 'attune session log key check';
const VERIFIER_CONTEXT = 'verifier';

/**
 * A known text sealed with the key. Opening it tells a right passphrase from a wrong one before
 * any real record is touched. It gives an attacker nothing the ciphertexts themselves do not: they
 * can already test guesses against any record.
 */
export function makeVerifier(key: CryptoKey): Promise<Sealed> {
  return seal(key, utf8(VERIFIER_TEXT), VERIFIER_CONTEXT);
}

export async function keyOpensVerifier(key: CryptoKey, verifier: Sealed): Promise<boolean> {
  try {
    return decoder.decode(await unseal(key, verifier, VERIFIER_CONTEXT)) === VERIFIER_TEXT;
  } catch (error) {
    if (error instanceof AuthenticationFailed) return false;
    throw error;
  }
}

// Base64 for export files. btoa/atob exist in browsers, workers and Node; Buffer does not in pages.
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
