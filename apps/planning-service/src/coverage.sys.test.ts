import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOPICS, validateIntegrationPayload } from '@xuncha/contracts';
import { EmbeddedBus, toBusMessage } from '@xuncha/platform-bus';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';

const ROOT = join(__dirname, '..', '..', '..');

/** The planning service in its own process; feedback arrives from this one over the embedded bus. */
describe('coverage follows inspections delivered over the bus (across processes)', () => {
  let dir: string;
  let service: ChildProcess;
  let exited: Promise<number | null>;
  let base: string;
  let token: string;
  let output = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-planning-sys-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    service = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/planning-service/src/main.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          XUNCHA_DATA_DIR: dir,
          PLANNING_PORT: String(port),
          LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    exited = new Promise((resolve) => service.on('exit', (code) => resolve(code)));
    service.stdout!.on('data', (chunk) => (output += chunk));
    service.stderr!.on('data', (chunk) => (output += chunk));
    await until(
      async () => (await fetch(`${base}/health`)).ok,
      60_000,
      () => output,
    );
    token = await signToken(
      { sub: 'office-1', roles: ['office'], jurisdiction: '611000' },
      resolveSigningKey(dir),
    );
  }, 90_000);

  afterAll(async () => {
    if (service.exitCode === null) service.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('counts a target inspected once its feedback is delivered', async () => {
    const target = await call('POST', '/targets', {
      name: '商洛市财政局',
      category: 'government-department',
      tier: 'city',
      jurisdiction: '611000',
      headcount: 86,
    });
    expect(target.status).toBe(201);
    const targetId = target.body.id as string;
    const plan = await call('POST', '/term-plans', {
      name: '四届市委巡察规划',
      jurisdiction: '611000',
      from: '2021-09-01',
      to: '2026-08-31',
      targetIds: [targetId],
    });
    expect(plan.status).toBe(201);
    const planId = plan.body.id as string;
    expect((await call('POST', `/term-plans/${planId}/adopt`)).status).toBe(200);
    expect((await call('GET', `/term-plans/${planId}/coverage`)).body).toEqual({
      inScope: 1,
      inspected: 0,
      rate: 0,
      missing: [targetId],
      covered: [],
    });

    const data = {
      feedbackId: randomUUID(),
      inspectionId: randomUUID(),
      roundId: randomUUID(),
      termPlanId: planId,
      targetId,
      targetName: '商洛市财政局',
      jurisdiction: '611000',
      tier: 'city',
      deliveredAt: '2026-06-16T10:00:00+08:00',
      copiedTo: ['分管副市长'],
      findings: [],
      immediateItems: [],
      planDueBy: '2026-07-07',
      reportDueBy: '2026-08-16',
    };
    expect(validateIntegrationPayload('xuncha.inspection.FeedbackDelivered.v1', data)).toEqual([]);
    const bus = new EmbeddedBus(join(dir, 'bus', 'log.sqlite'));
    try {
      await bus.ensureTopics([TOPICS.inspectionEvents]);
      await bus.publish([
        toBusMessage(TOPICS.inspectionEvents, {
          id: randomUUID(),
          type: 'xuncha.inspection.FeedbackDelivered.v1',
          source: 'xuncha/inspection-service',
          subject: data.inspectionId,
          time: data.deliveredAt,
          correlationId: randomUUID(),
          data,
        }),
      ]);
    } finally {
      await bus.close();
    }

    await until(
      async () =>
        ((await call('GET', `/term-plans/${planId}/coverage`)).body.inspected as number) === 1,
      30_000,
      () => output,
    );
    expect((await call('GET', `/term-plans/${planId}/coverage`)).body).toEqual({
      inScope: 1,
      inspected: 1,
      rate: 1,
      missing: [],
      // Which inspection covered it.
      covered: [
        {
          targetId,
          inspectionId: data.inspectionId,
          roundId: data.roundId,
          inspectedAt: expect.any(String),
        },
      ],
    });
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number, log: () => string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`timed out; service output:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
