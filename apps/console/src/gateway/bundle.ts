import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The workspace root (where nx.json is). */
export function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) dir = dirname(dir);
  return dir;
}

const ROOT = workspaceRoot();
const APP = join(ROOT, 'apps/console');
/** Where the built console lives; /dist is not in git. */
export const BUNDLE_DIR = join(ROOT, 'dist/console');
const STAMP = '.source-hash';
const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    )
    .sort();
}

/** What the bundle is built from: the page sources, Vite's config and the locked dependencies. */
export function sourceHash(): string {
  // The mode is part of it: bundles built under Jest before it was fixed to production differ.
  const hash = createHash('sha256').update('mode=production\0');
  for (const file of [
    ...files(join(APP, 'web')),
    join(APP, 'vite.config.mjs'),
    join(ROOT, 'package-lock.json'),
  ]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function isCurrent(hash: string): boolean {
  const stamp = join(BUNDLE_DIR, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

/**
 * Builds the console with Vite when dist/console is missing or was built
 * from other sources (a fresh clone, a pull), so `npm start` needs no build
 * step. Several starts at once (parallel tests) build once: the others wait
 * on the lock file, and the finished bundle is moved into place whole.
 */
export async function ensureBundle(log: (line: string) => void = () => undefined): Promise<string> {
  const hash = sourceHash();
  if (isCurrent(hash)) return BUNDLE_DIR;
  mkdirSync(dirname(BUNDLE_DIR), { recursive: true });
  const lock = `${BUNDLE_DIR}.lock`;
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // Another start is building; a lock older than the build timeout was left by a crash.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) {
        rmSync(lock, { force: true });
      }
      if (isCurrent(hash)) return BUNDLE_DIR;
      if (Date.now() > deadline) throw new Error('waited too long for another console build');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (isCurrent(hash)) return BUNDLE_DIR;
    const started = Date.now();
    log('building the console (vite build) …');
    const out = `${BUNDLE_DIR}.build-${process.pid}`;
    rmSync(out, { recursive: true, force: true });
    await run(process.execPath, [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(APP, 'vite.config.mjs'),
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    writeFileSync(join(out, STAMP), hash);
    rmSync(BUNDLE_DIR, { recursive: true, force: true });
    renameSync(out, BUNDLE_DIR);
    log(`built the console in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return BUNDLE_DIR;
  } finally {
    rmSync(lock, { force: true });
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      // Always the production bundle: under Jest NODE_ENV is "test", and React and Ant Design
      // would be built in their development and test modes (every component id "test-id").
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`vite build exited ${code}`));
    });
  });
}
