import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The HS256 key local tokens are signed with: JWT_SECRET when set, else a
 * random key kept in the data directory, created by whoever needs it first
 * (a service or `npm run token`), so both agree without any set-up.
 */
export function resolveSigningKey(dataDir: string, secret?: string): Uint8Array {
  if (secret) return new TextEncoder().encode(secret);
  const dir = join(dataDir, 'auth');
  const file = join(dir, 'signing-key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
