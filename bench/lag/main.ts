/**
 * End-to-end lag of a command to the query service's read model, the five services
 * running as `npm start` runs them: on the real Apache Kafka broker the tests run (KRaft,
 * one node, on loopback, started here), beside the same on the embedded log in the same
 * run. One command at a time (POST /api/v1/targets to planning), then GET
 * /api/v1/targets/:id/dossier on the query service every POLL_MS until it answers 200:
 * lag = the dossier first answered − the command sent. Stops by itself.
 * npm run bench:lag [-- --commands 200]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startTestBroker } from '@xuncha/platform-bus/testing';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { startSystem, type Ports } from '@xuncha/platform-nest/testing';

const { values } = parseArgs({
  options: { commands: { type: 'string', default: '200' } },
});
const COMMANDS = Number(values.commands);
/** How often the read model is asked: the figures' resolution. */
const POLL_MS = 2;
/** Commands sent and dropped before measuring (first connections, the JIT). */
const WARM_UP = 10;
/** A command not in the read model after this is a failure, not a figure. */
const GIVE_UP_MS = 30_000;
const JURISDICTION = '611000';

interface Row {
  what: string;
  commandP50: number;
  p50: number;
  p99: number;
  max: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function measure(what: string, env: Record<string, string>): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bench-lag-'));
  const [planningPort, inspectionPort, cluePort, rectificationPort, queryPort] = await Promise.all(
    Array.from({ length: 5 }, () => freePort()),
  );
  const ports: Ports = {
    PLANNING_PORT: planningPort,
    INSPECTION_PORT: inspectionPort,
    CLUE_PORT: cluePort,
    RECTIFICATION_PORT: rectificationPort,
    QUERY_PORT: queryPort,
  };
  const system = await startSystem({
    dataDir: dir,
    ports,
    env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', ...env },
    timeoutMs: 120_000,
  });
  try {
    const key = resolveSigningKey(dir);
    const sign = (role: 'office' | 'analyst') =>
      signToken({ sub: `bench-${role}`, roles: [role], jurisdiction: JURISDICTION }, key);
    const [office, analyst] = await Promise.all([sign('office'), sign('analyst')]);
    const commandMs: number[] = [];
    const lagMs: number[] = [];
    for (let n = 0; n < WARM_UP + COMMANDS; n += 1) {
      const sent = performance.now();
      const response = await fetch(`http://127.0.0.1:${ports.PLANNING_PORT}/api/v1/targets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${office}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `商洛市测速单位${n + 1}`,
          category: 'government-department',
          tier: 'city',
          jurisdiction: JURISDICTION,
          headcount: 40,
        }),
      });
      const answered = performance.now();
      const body = (await response.json()) as { id?: string };
      if (response.status !== 201 || !body.id) {
        throw new Error(`POST /targets answered ${response.status} ${JSON.stringify(body)}`);
      }
      const dossier = `http://127.0.0.1:${ports.QUERY_PORT}/api/v1/targets/${body.id}/dossier`;
      for (;;) {
        const read = await fetch(dossier, { headers: { authorization: `Bearer ${analyst}` } });
        await read.arrayBuffer();
        if (read.status === 200) break;
        if (read.status !== 404) throw new Error(`GET ${dossier} answered ${read.status}`);
        if (performance.now() - sent > GIVE_UP_MS) {
          throw new Error(`target ${body.id} not in the read model after ${GIVE_UP_MS} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      if (n >= WARM_UP) {
        commandMs.push(answered - sent);
        lagMs.push(performance.now() - sent);
      }
    }
    const lags = lagMs.sort((a, b) => a - b);
    return {
      what,
      commandP50: quantile(
        commandMs.sort((a, b) => a - b),
        0.5,
      ),
      p50: quantile(lags, 0.5),
      p99: quantile(lags, 0.99),
      max: lags[lags.length - 1],
    };
  } finally {
    await system.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // Only the embedded stores and the bus chosen here, whatever the shell has.
  for (const variable of ['KAFKA_BROKERS', 'MONGODB_URI', 'KURRENTDB_URL']) {
    delete process.env[variable];
  }
  const rows: Row[] = [await measure('embedded log (baseline)', {})];
  const broker = await startTestBroker();
  try {
    rows.push(
      await measure(`Kafka ${broker.version}`, { KAFKA_BROKERS: broker.brokers.join(',') }),
    );
  } finally {
    await broker.stop();
  }
  const cell = (ms: number) => ms.toFixed(1).padStart(9);
  console.log(
    `command → query read model, ${COMMANDS} commands one at a time, polled every ${POLL_MS} ms`,
  );
  console.log('| five services on        | command p50 | lag p50 ms | lag p99 ms | lag max ms |');
  console.log('|-------------------------|-------------|------------|------------|------------|');
  for (const row of rows) {
    console.log(
      `| ${row.what.padEnd(23)} |   ${cell(row.commandP50)} |  ${cell(row.p50)} |  ${cell(row.p99)} |  ${cell(row.max)} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
