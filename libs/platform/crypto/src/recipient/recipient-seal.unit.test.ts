import { compactDecrypt, decodeProtectedHeader, exportJWK } from 'jose';
import {
  generateRecipientKeyPair,
  openAsRecipient,
  recipientKeyFromJwk,
  sealForRecipient,
} from './recipient-seal';

describe('sealing for a recipient (JWE for its public key)', () => {
  it('opens with the recipient’s private key only, and names the key it was sealed for', async () => {
    const commission = await generateRecipientKeyPair();
    const other = await generateRecipientKeyPair();
    const recipient = await recipientKeyFromJwk(commission.publicJwk);
    const sealed = await sealForRecipient('{"name":"王某某"}', recipient);

    expect(sealed).not.toContain('王某某');
    expect(Buffer.from(sealed).toString('base64')).not.toContain(
      Buffer.from('王某某').toString('base64'),
    );
    expect(decodeProtectedHeader(sealed)).toMatchObject({
      alg: 'ECDH-ES+A256KW',
      enc: 'A256GCM',
      kid: recipient.kid,
    });
    expect(await openAsRecipient(sealed, commission.privateKey)).toBe('{"name":"王某某"}');
    await expect(compactDecrypt(sealed, other.privateKey)).rejects.toThrow();
  });

  it('refuses a private JWK where the recipient’s public key belongs', async () => {
    const { privateKey } = await generateRecipientKeyPair();
    await expect(recipientKeyFromJwk(await exportJWK(privateKey))).rejects.toThrow(/public half/);
  });
});
