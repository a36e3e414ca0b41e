import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Version tag of the sealed shape: `xc1:` + base64url(iv ‖ tag ‖ ciphertext), AES-256-GCM
 * with a 96-bit random IV and a 128-bit tag. A new algorithm gets a new tag, so stored
 * values say how to open them.
 */
export const SEALED_PREFIX = 'xc1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** A value that cannot be opened: not sealed, another key, another subject or tampered. */
export class UnreadableSealedValue extends Error {
  constructor(reason: string) {
    super(`sealed value cannot be opened: ${reason}`);
    this.name = 'UnreadableSealedValue';
  }
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/**
 * Encrypts `plaintext` under `key`. `context` (e.g. the subject id) is authenticated but not
 * stored: a value sealed for one subject does not open as another's.
 */
export function seal(key: Uint8Array, plaintext: string, context: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function open(key: Uint8Array, sealed: string, context: string): string {
  assertKey(key);
  if (!isSealed(sealed)) throw new UnreadableSealedValue(`no ${SEALED_PREFIX} prefix`);
  const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new UnreadableSealedValue('too short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    const body = raw.subarray(IV_BYTES + TAG_BYTES);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new UnreadableSealedValue('wrong key or context, or tampered');
  }
}

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new Error(`AES-256 keys are ${KEY_BYTES} bytes`);
}
