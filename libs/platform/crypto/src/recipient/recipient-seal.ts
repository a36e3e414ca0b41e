import {
  CompactEncrypt,
  calculateJwkThumbprint,
  compactDecrypt,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type KeyLike,
} from 'jose';

/**
 * Personal data handed to another organization (the discipline commission, the organization
 * department) is sealed for that organization alone: a JWE (RFC 7516) for its public key,
 * ECDH-ES key agreement wrapping an AES-256-GCM content key. Any JOSE library opens it with
 * the recipient's private key, which this system never holds.
 */
export const RECIPIENT_KEY_ALGORITHM = 'ECDH-ES+A256KW';
export const RECIPIENT_CONTENT_ENCRYPTION = 'A256GCM';

/** A recipient's public key and the id it is known by (`kid`, the JWK thumbprint by default). */
export interface RecipientKey {
  readonly kid: string;
  readonly key: KeyLike | Uint8Array;
}

/** A recipient's public key from its JWK (EC P-256/P-384/P-521 or X25519). */
export async function recipientKeyFromJwk(jwk: JWK): Promise<RecipientKey> {
  if (jwk.d !== undefined) {
    throw new Error('a recipient key must be the public half: this JWK holds a private key');
  }
  return {
    kid: jwk.kid ?? (await calculateJwkThumbprint(jwk)),
    key: await importJWK(jwk, RECIPIENT_KEY_ALGORITHM),
  };
}

/** JWE compact serialization of `plaintext` for the recipient, naming its key id. */
export async function sealForRecipient(
  plaintext: string,
  recipient: RecipientKey,
): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader({
      alg: RECIPIENT_KEY_ALGORITHM,
      enc: RECIPIENT_CONTENT_ENCRYPTION,
      kid: recipient.kid,
      cty: 'application/json',
    })
    .encrypt(recipient.key);
}

/** What the recipient does with its private key: the plaintext of a sealed message. */
export async function openAsRecipient(
  jwe: string,
  privateKey: KeyLike | Uint8Array,
): Promise<string> {
  const { plaintext } = await compactDecrypt(jwe, privateKey);
  return new TextDecoder().decode(plaintext);
}

/** A new key pair for a recipient: its private half is the recipient's to keep. */
export async function generateRecipientKeyPair(): Promise<{ publicJwk: JWK; privateKey: KeyLike }> {
  const { publicKey, privateKey } = await generateKeyPair(RECIPIENT_KEY_ALGORITHM, {
    crv: 'P-256',
    extractable: true,
  });
  return { publicJwk: await exportJWK(publicKey), privateKey };
}
