import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';

const PORTS = portsFrom(4101);

describe('npm start', () => {
  let dir: string;
  let system: RunningSystem;
  let output: string;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-start-'));
    system = await startSystem({ dataDir: dir, ports: PORTS });
    output = system.output();
    exited = system.exited;
  }, 90_000);

  afterAll(async () => {
    // SIGTERM, not SIGKILL: start.mjs must take its five children down with it.
    await system?.stop();
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
    system.process.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of Object.values(PORTS)) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }
  });
});
