import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedBus } from '@xuncha/platform-bus';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { launchedRound, roundLaunchedMessage } from './testing.fixture';

const ROOT = join(__dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 60_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('inspection service as its own process', () => {
  let dir: string;
  let service: ChildProcess;
  let exited: Promise<unknown>;
  let bus: EmbeddedBus;
  let base: string;
  let output = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-inspection-sys-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    service = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/inspection-service/src/main.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          XUNCHA_DATA_DIR: dir,
          INSPECTION_PORT: String(port),
          LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    exited = new Promise((resolve) => service.on('exit', resolve));
    service.stdout!.on('data', (chunk) => (output += chunk));
    service.stderr!.on('data', (chunk) => (output += chunk));
    await until('/health', async () =>
      (await fetch(`${base}/health`)).ok ? true : undefined,
    ).catch((error) => {
      throw new Error(`${error.message}\n${output}`);
    });
    bus = new EmbeddedBus(join(dir, 'bus', 'log.sqlite'));
  }, 90_000);

  afterAll(async () => {
    await bus?.close();
    if (service.exitCode === null) service.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens one inspection per (team, target) from a launched round, once', async () => {
    const { ids, round } = launchedRound();
    const token = await signToken(
      { sub: 'analyst-1', roles: ['analyst'], jurisdiction: '611000' },
      resolveSigningKey(dir),
    );
    const list = async () => {
      const response = await fetch(`${base}/api/v1/inspections?roundId=${ids.round}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (
        (await response.json()) as {
          items: Array<{ id: string; teamId: string; targetId: string }>;
        }
      ).items;
    };
    const pairs = round.teams.flatMap((team) =>
      team.targets.map((t) => `${team.teamId}/${t.targetId}`),
    );

    const message = roundLaunchedMessage(round);
    await bus.publish([message]);
    const opened = await until('the inspections', async () => {
      const items = await list();
      return items.length >= pairs.length ? items : undefined;
    });
    expect(opened.map((item) => `${item.teamId}/${item.targetId}`).sort()).toEqual(pairs.sort());

    await bus.publish([message, roundLaunchedMessage(round)]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = await list();
    expect(again.map((item) => item.id).sort()).toEqual(opened.map((item) => item.id).sort());
  }, 90_000);
});
