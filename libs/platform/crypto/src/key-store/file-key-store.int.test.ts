import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileKeyStore, keyStoreFromEnvironment, resolveMasterKey } from './file-key-store';
import { SubjectErased } from './key-store.port';

describe('FileKeyStore', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes one key per subject and answers the same one to every opener', async () => {
    const subject = randomUUID();
    const [a, b] = await Promise.all([FileKeyStore.open(dir), FileKeyStore.open(dir)]);
    const [first, second] = await Promise.all([a.getOrCreate(subject), b.getOrCreate(subject)]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(first).toHaveLength(32);
    expect(await b.get(randomUUID())).toBeUndefined();
    expect(Buffer.from((await b.get(subject))!).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps data keys wrapped: the key file does not hold the key', async () => {
    const store = await FileKeyStore.open(dir);
    const subject = randomUUID();
    const key = Buffer.from(await store.getOrCreate(subject));
    const file = readFileSync(join(dir, 'data', `${subject}.key`));
    expect(file.includes(key)).toBe(false);
    expect(file.includes(key.toString('base64'))).toBe(false);
  });

  it('erases for good: the key file is gone, a tombstone stays, no key is made again', async () => {
    const store = await FileKeyStore.open(dir);
    const subject = randomUUID();
    await store.getOrCreate(subject);
    const at = new Date('2026-11-25T10:00:00Z');
    await store.erase(subject, at);
    await store.erase(subject, new Date());
    expect(existsSync(join(dir, 'data', `${subject}.key`))).toBe(false);
    expect(readdirSync(join(dir, 'data'))).toEqual([]);
    expect(await store.get(subject)).toBeUndefined();
    expect(await store.erasedAt(subject)).toBe(at.toISOString());
    await expect(store.getOrCreate(subject)).rejects.toThrow(SubjectErased);
    // Another process sharing the directory sees the erasure at once.
    expect(await (await FileKeyStore.open(dir)).get(subject)).toBeUndefined();
  });

  it('takes the master key from XUNCHA_MASTER_KEY and refuses a bad one', async () => {
    const master = randomBytes(32).toString('base64');
    const store = await keyStoreFromEnvironment(dir, { XUNCHA_MASTER_KEY: master });
    const subject = randomUUID();
    await store.getOrCreate(subject);
    expect(existsSync(join(dir, 'keys', 'master.key'))).toBe(false);
    await expect(resolveMasterKey(dir, 'c2hvcnQ=')).rejects.toThrow('XUNCHA_MASTER_KEY');
    // A store opened with another master key says so instead of answering garbage.
    const other = await keyStoreFromEnvironment(dir, {
      XUNCHA_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    await expect(other.get(subject)).rejects.toThrow('wrapped by master key');
  });

  it('refuses subjects that are not plain ids', async () => {
    const store = await FileKeyStore.open(dir);
    await expect(store.getOrCreate('../master')).rejects.toThrow('not a key subject');
  });
});
