import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const PORTS = {
  PLANNING_PORT: 4101,
  INSPECTION_PORT: 4102,
  CLUE_PORT: 4103,
  RECTIFICATION_PORT: 4104,
  QUERY_PORT: 4105,
};

describe('npm start', () => {
  let dir: string;
  let start: ChildProcess;
  let output = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-start-'));
    start = spawn(process.execPath, ['tools/start.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
        XUNCHA_DATA_DIR: dir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => start.on('exit', (code) => resolve(code)));
    start.stdout!.on('data', (chunk) => (output += chunk));
    start.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (!output.includes('Ctrl-C stops all five')) {
      if (Date.now() > deadline || start.exitCode !== null)
        throw new Error(`did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 90_000);

  afterAll(async () => {
    // SIGTERM, not SIGKILL: start.mjs must take its five children down with it.
    if (start.exitCode === null) start.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints where each of the five services listens, all healthy', () => {
    for (const port of Object.values(PORTS)) {
      expect(output).toMatch(new RegExp(`http://localhost:${port} +healthy`));
    }
  });

  it.each(Object.entries(PORTS))(
    '%s serves /health, /api/docs and serves its OpenAPI document',
    async (_name, port) => {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      expect((await fetch(`http://127.0.0.1:${port}/api/docs`)).status).toBe(200);
      const docs = (await (await fetch(`http://127.0.0.1:${port}/api/docs-json`)).json()) as {
        openapi: string;
      };
      expect(docs.openapi).toMatch(/^3\./);
    },
  );

  it('stops all five on Ctrl-C', async () => {
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of Object.values(PORTS)) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }
  });
});
