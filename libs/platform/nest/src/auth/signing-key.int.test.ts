import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSigningKey } from './signing-key';

const WORKER = join(__dirname, 'testing', 'key-worker.ts');

function keyOf(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', WORKER, dir]);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
  });
}

describe('the local signing key', () => {
  it('is one whole key for processes that all create it at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xuncha-key-'));
    const keys = await Promise.all(Array.from({ length: 8 }, () => keyOf(dir)));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toHaveLength(64);
    expect(Buffer.from(resolveSigningKey(dir)).toString('hex')).toBe(keys[0]);
    expect(readdirSync(join(dir, 'auth'))).toEqual(['signing-key']);
    rmSync(dir, { recursive: true, force: true });
  });
});
