/**
 * A bounded HTTP load test (autocannon) on the embedded defaults: the five
 * services started as `npm start` starts them, then a command endpoint
 * (POST /api/v1/targets, a new target per request) and the statistics read
 * (GET /api/v1/stats), each beside GET /health of the same service measured
 * in the same run (the framework with no store work).
 * npm run bench:load [-- --duration 10 --connections 10 --targets 300]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { portsFrom, startSystem } from '@xuncha/platform-nest/testing';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    targets: { type: 'string', default: '300' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const TARGETS = Number(values.targets);
const PORTS = portsFrom(4901);
const planning = `http://127.0.0.1:${PORTS.PLANNING_PORT}`;
const query = `http://127.0.0.1:${PORTS.QUERY_PORT}`;

let serial = 0;
const targetBody = (name: string) =>
  JSON.stringify({
    name,
    category: 'government-department',
    tier: 'city',
    jurisdiction: '611002',
    headcount: 40,
  });

interface Row {
  what: string;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  total: number;
}

async function load(what: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: DURATION,
    ...options,
  });
  return {
    what,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
    total: result.requests.total,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bench-load-'));
  const system = await startSystem({
    dataDir: dir,
    ports: PORTS,
    // The limiter would answer 429 long before the services saturate.
    env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' },
    timeoutMs: 90_000,
  });
  try {
    const key = resolveSigningKey(dir);
    const office = await signToken(
      { sub: 'bench-office', roles: ['office'], jurisdiction: '611000' },
      key,
    );
    const analyst = await signToken(
      { sub: 'bench-analyst', roles: ['analyst'], jurisdiction: '611000' },
      key,
    );
    const json = { 'content-type': 'application/json' };

    // Data for /stats: targets registered in planning, followed by the query service.
    for (let i = 0; i < TARGETS; i++) {
      const response = await fetch(`${planning}/api/v1/targets`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${office}` },
        body: targetBody(`商洛市预备单位 ${++serial}`),
      });
      if (response.status !== 201) {
        throw new Error(`register target: ${response.status} ${await response.text()}`);
      }
    }
    const stats = `${query}/api/v1/stats?jurisdiction=611000`;
    const deadline = Date.now() + 60_000;
    let inScope = 0;
    while (inScope < TARGETS) {
      if (Date.now() > deadline) throw new Error(`query saw ${inScope} of ${TARGETS} targets`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const response = await fetch(stats, { headers: { authorization: `Bearer ${analyst}` } });
      inScope =
        ((await response.json()) as { targets?: { inScope?: number } }).targets?.inScope ?? 0;
    }

    const rows: Row[] = [];
    // The read first, while the query service is idle; then the command, which it follows.
    rows.push(await load('GET /health (query)', { url: `${query}/health` }));
    rows.push(
      await load(`GET /api/v1/stats (${TARGETS} targets)`, {
        url: stats,
        headers: { authorization: `Bearer ${analyst}` },
      }),
    );

    rows.push(await load('GET /health (planning)', { url: `${planning}/health` }));
    rows.push(
      await load('POST /api/v1/targets (201, new target)', {
        url: `${planning}/api/v1/targets`,
        headers: { ...json, authorization: `Bearer ${office}` },
        // A fresh name per request: every request registers a new target. (autocannon's
        // `[<id>]` replacement assumes 27-character ids and leaves the server waiting.)
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({
              ...request,
              body: targetBody(`商洛市负载单位 ${++serial}`),
            }),
          },
        ],
      }),
    );
    console.log(
      `HTTP load, ${CONNECTIONS} connections, ${DURATION} s each, embedded defaults, five services running`,
    );
    console.log(
      '| what                                     |  requests/s | p50 ms | p99 ms | non-2xx |',
    );
    console.log(
      '|------------------------------------------|-------------|--------|--------|---------|',
    );
    for (const row of rows) {
      console.log(
        `| ${row.what.padEnd(40)} | ${Math.round(row.perSecond).toLocaleString('en-US').padStart(11)} | ${row.p50.toFixed(1).padStart(6)} | ${row.p99.toFixed(1).padStart(6)} | ${String(row.non2xx).padStart(7)} |`,
      );
    }
    const command = rows[3];
    console.log(
      `targets registered under load: ${command.total - command.non2xx} of ${command.total} requests; ` +
        `stats/health: ${(rows[1].perSecond / rows[0].perSecond).toFixed(2)}, ` +
        `command/health: ${(command.perSecond / rows[2].perSecond).toFixed(2)}`,
    );
  } finally {
    await system.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
