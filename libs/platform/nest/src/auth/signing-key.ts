import { randomBytes, randomUUID } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
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
    // Private whatever the process's umask: whoever reads the key signs any token.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    // Written whole under a private name, then linked into place: the five
    // services start together, and none may read a half-written key.
    const draft = join(dir, `.signing-key-${randomUUID()}`);
    writeFileSync(draft, randomBytes(32).toString('base64'), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      // Another process linked its key first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
    chmodSync(file, 0o600);
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
