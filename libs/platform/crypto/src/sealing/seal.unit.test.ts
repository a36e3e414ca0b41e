import { randomBytes } from 'node:crypto';
import { UnreadableSealedValue, isSealed, open, seal } from './seal';

describe('sealing (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, for the same context only', () => {
    const sealed = seal(key, '张某某 反映其违规', 'clue-1');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('张某某');
    expect(open(key, sealed, 'clue-1')).toBe('张某某 反映其违规');
    expect(() => open(key, sealed, 'clue-2')).toThrow(UnreadableSealedValue);
  });

  it('gives a fresh ciphertext every time', () => {
    expect(seal(key, 'x', 'c')).not.toBe(seal(key, 'x', 'c'));
  });

  it('refuses another key, a tampered value and an unversioned one', () => {
    const sealed = seal(key, 'secret', 'c');
    expect(() => open(randomBytes(32), sealed, 'c')).toThrow(UnreadableSealedValue);
    const raw = Buffer.from(sealed.slice(4), 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(() => open(key, `xc1:${raw.toString('base64url')}`, 'c')).toThrow(UnreadableSealedValue);
    expect(() => open(key, 'secret', 'c')).toThrow(UnreadableSealedValue);
  });

  it('takes 256-bit keys only', () => {
    expect(() => seal(randomBytes(16), 'x', 'c')).toThrow('32 bytes');
  });
});
