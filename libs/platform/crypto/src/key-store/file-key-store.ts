import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { link, mkdir, open as openFile, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KEY_BYTES, open, seal } from '../sealing/seal';
import { SubjectErased, type KeyStore } from './key-store.port';

export const MASTER_KEY_VARIABLE = 'XUNCHA_MASTER_KEY';
export const KEY_STORE_DIR_VARIABLE = 'XUNCHA_KEY_STORE_DIR';

const SUBJECT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

interface WrappedKey {
  readonly v: 1;
  /** Fingerprint of the master key that wrapped it: a wrong master key says so plainly. */
  readonly kek: string;
  readonly key: string;
}

/**
 * The master key (key-encryption key): XUNCHA_MASTER_KEY (base64 of 32 bytes) when set,
 * else a random key kept in the key directory, made by whichever service needs it first.
 */
export async function resolveMasterKey(dir: string, fromEnv?: string): Promise<Uint8Array> {
  if (fromEnv !== undefined && fromEnv !== '') {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== KEY_BYTES || key.toString('base64') !== fromEnv.trim()) {
      throw new Error(`${MASTER_KEY_VARIABLE} must be ${KEY_BYTES} bytes in base64`);
    }
    return key;
  }
  const file = join(dir, 'master.key');
  await placeOnce(dir, file, randomBytes(KEY_BYTES).toString('base64'));
  return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
}

/**
 * Embedded key store: each data key wrapped (AES-256-GCM) by the master key in
 * `<dir>/data/<subject>.key`, and a tombstone `<dir>/erased/<subject>` once erased. No
 * cache: an erasure by one process holds at once for every process sharing the directory.
 */
export class FileKeyStore implements KeyStore {
  private readonly kek: string;

  private constructor(
    private readonly dir: string,
    private readonly master: Uint8Array,
  ) {
    this.kek = createHash('sha256').update(master).digest('hex').slice(0, 16);
  }

  static async open(dir: string, masterKeyFromEnv?: string): Promise<FileKeyStore> {
    await mkdir(join(dir, 'data'), { recursive: true, mode: 0o700 });
    await mkdir(join(dir, 'erased'), { recursive: true, mode: 0o700 });
    return new FileKeyStore(dir, await resolveMasterKey(dir, masterKeyFromEnv));
  }

  async getOrCreate(subject: string): Promise<Uint8Array> {
    const existing = await this.get(subject);
    if (existing) return existing;
    if (await this.erasedAt(subject)) throw new SubjectErased(subject);
    const wrapped: WrappedKey = {
      v: 1,
      kek: this.kek,
      key: seal(this.master, randomBytes(KEY_BYTES).toString('base64'), context(subject)),
    };
    await placeOnce(join(this.dir, 'data'), this.keyFile(subject), JSON.stringify(wrapped));
    // Another process may have placed its key first: everyone uses the one on disk.
    const placed = await this.get(subject);
    if (!placed) throw new SubjectErased(subject);
    return placed;
  }

  async get(subject: string): Promise<Uint8Array | undefined> {
    // The tombstone wins over a key placed by a create that raced the erasure.
    if (await this.erasedAt(subject)) return undefined;
    const text = await readIfExists(this.keyFile(subject));
    if (text === undefined) return undefined;
    const wrapped = JSON.parse(text) as WrappedKey;
    if (wrapped.kek !== this.kek) {
      throw new Error(
        `the data key of ${subject} is wrapped by master key ${wrapped.kek}, not by this one (${this.kek})`,
      );
    }
    return Buffer.from(open(this.master, wrapped.key, context(subject)), 'base64');
  }

  async erase(subject: string, at: Date): Promise<void> {
    await placeOnce(join(this.dir, 'erased'), this.tombstone(subject), at.toISOString());
    const file = this.keyFile(subject);
    const text = await readIfExists(file);
    if (text === undefined) return;
    // Overwritten in place before the unlink, so the wrapped key's blocks do not linger
    // as free space on filesystems that write in place (not copy-on-write ones: see README).
    const handle = await openFile(file, 'r+');
    try {
      await handle.write(randomBytes(Buffer.byteLength(text)), 0, undefined, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await unlink(file);
    syncDirectory(join(this.dir, 'data'));
  }

  async erasedAt(subject: string): Promise<string | undefined> {
    return (await readIfExists(this.tombstone(subject)))?.trim();
  }

  private keyFile(subject: string): string {
    return join(this.dir, 'data', `${checked(subject)}.key`);
  }

  private tombstone(subject: string): string {
    return join(this.dir, 'erased', checked(subject));
  }
}

function checked(subject: string): string {
  if (!SUBJECT.test(subject)) throw new Error(`not a key subject: ${JSON.stringify(subject)}`);
  return subject;
}

const context = (subject: string) => `xuncha-data-key:${subject}`;

/** Writes `content` to `file` whole and durably, unless the file exists: the first writer wins. */
async function placeOnce(dir: string, file: string, content: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const draft = join(dir, `.draft-${randomUUID()}`);
  await writeFile(draft, content, { mode: 0o600, flush: true });
  try {
    await link(draft, file);
    syncDirectory(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(draft);
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The embedded key store: XUNCHA_KEY_STORE_DIR, by default `<dataDir>/keys`, shared by all services. */
export function keyStoreFromEnvironment(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FileKeyStore> {
  return FileKeyStore.open(
    env[KEY_STORE_DIR_VARIABLE] || join(dataDir, 'keys'),
    env[MASTER_KEY_VARIABLE],
  );
}
