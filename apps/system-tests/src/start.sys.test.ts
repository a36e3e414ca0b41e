import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  consolePort,
  portsFrom,
  startSystem,
  type RunningSystem,
} from '@xuncha/platform-nest/testing';

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

  it('prints the console first, "open http://localhost:<port>", and serves its page there', async () => {
    const table = output.slice(output.indexOf('xuncha is running')).split('\n');
    expect(table[1]).toMatch(
      new RegExp(
        `^ +console +http://localhost:${consolePort(PORTS)} +healthy +open http://localhost:${consolePort(PORTS)}$`,
      ),
    );
    const page = await fetch(`http://127.0.0.1:${consolePort(PORTS)}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>巡察工作平台</title>');
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

  /** The pids of start.mjs's children, by the service each runs. */
  const servicePids = (): Record<string, number> =>
    Object.fromEntries(
      execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(system.process.pid)], {
        encoding: 'utf8',
      })
        .split('\n')
        .map((line) => line.trim().match(/^(\d+) .*apps\/([\w-]+)\/src\/main\.ts/))
        .filter((match): match is RegExpMatchArray => match !== null)
        .map((match) => [match[2], Number(match[1])]),
    );

  it('restarts a service killed with -9 and says so; the other four keep running', async () => {
    const before = servicePids();
    expect(Object.keys(before).sort()).toEqual([
      'clue-service',
      'console',
      ...['inspection', 'planning', 'query', 'rectification'].map((s) => `${s}-service`),
    ]);
    // A new restart message, not one of an earlier crash.
    const restarts = () => system.output().split('clue-service restarted').length - 1;
    const earlier = restarts();
    process.kill(before['clue-service'], 'SIGKILL');
    const deadline = Date.now() + 60_000;
    while (restarts() === earlier) {
      if (Date.now() > deadline) throw new Error(`no restart:\n${system.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(system.output()).toMatch(
      /clue-service exited \(SIGKILL\); restarting it in 1 s \(restart 1 of 5\), the others keep running/,
    );
    const after = servicePids();
    expect(after['clue-service']).not.toBe(before['clue-service']);
    const others = (pids: Record<string, number>) =>
      Object.entries(pids).filter(([name]) => name !== 'clue-service');
    expect(others(after)).toEqual(others(before));
    for (const port of Object.values(PORTS)) {
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    }
    expect(system.process.exitCode).toBeNull();
  }, 90_000);

  it('stops all five on Ctrl-C', async () => {
    system.process.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of Object.values(PORTS)) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }
  });
});
