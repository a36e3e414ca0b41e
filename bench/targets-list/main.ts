/**
 * The targets screen's list (巡察对象) with a register of thousands: the five services and the
 * console's gateway as `npm start` runs them, N targets registered over the city and its
 * counties, then one person's page requests measured one at a time (autocannon, 1 connection):
 * the first page, a filtered page, a deep page by cursor, the same page through the gateway
 * with a session; beside, in the same run, GET /health (the framework with no store work) and
 * the whole register at 1,000 a request (what a list filtered in the browser would have to load).
 * npm run bench:targets-list [-- --targets 5000 --duration 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { startSystem, type Ports } from '@xuncha/platform-nest/testing';

const { values } = parseArgs({
  options: {
    targets: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '5' },
  },
});
const TARGETS = Number(values.targets);
const DURATION = Number(values.duration);
const PAGE = 20;
// 商洛市 and its seven counties: the tree a city office's screen opens.
const JURISDICTIONS = [
  '611000',
  '611002',
  '611021',
  '611022',
  '611023',
  '611024',
  '611025',
  '611026',
];
const CATEGORIES = [
  'government-department',
  'township',
  'village',
  'state-owned-enterprise',
  'public-institution',
];

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import('node:net').Server>((resolve) => {
          const server = createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

interface Row {
  what: string;
  requests: number;
  p50: number;
  p99: number;
}

async function measure(what: string, url: string, headers: Record<string, string>): Promise<Row> {
  const result = await autocannon({ url, headers, connections: 1, duration: DURATION });
  if (result.non2xx + result.errors > 0) {
    throw new Error(`${what}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return {
    what,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bench-targets-'));
  const [consoleAt, ...services] = await freePorts(6);
  const names: Array<keyof Ports> = [
    'PLANNING_PORT',
    'INSPECTION_PORT',
    'CLUE_PORT',
    'RECTIFICATION_PORT',
    'QUERY_PORT',
  ];
  const ports = Object.fromEntries(names.map((name, i) => [name, services[i]])) as unknown as Ports;
  const system = await startSystem({
    dataDir: dir,
    ports,
    env: {
      LOG_LEVEL: 'warn',
      CONSOLE_PORT: String(consoleAt),
      RATE_LIMIT_PER_MINUTE: '100000000',
    },
    timeoutMs: 120_000,
  });
  try {
    const planning = `http://127.0.0.1:${ports.PLANNING_PORT}`;
    const gateway = `http://localhost:${consoleAt}`;
    const principal = { sub: 'bench-office', roles: ['office' as const], jurisdiction: '611000' };
    const token = await signToken(principal, resolveSigningKey(dir));
    const bearer = { authorization: `Bearer ${token}` };

    const started = Date.now();
    let next = 0;
    const register = async () => {
      while (next < TARGETS) {
        const n = next++;
        const response = await fetch(`${planning}/api/v1/targets`, {
          method: 'POST',
          headers: { ...bearer, 'content-type': 'application/json' },
          body: JSON.stringify({
            name: `单位${String(n).padStart(5, '0')}`,
            category: CATEGORIES[n % CATEGORIES.length],
            tier: n % 8 === 0 ? 'city' : 'county',
            jurisdiction: JURISDICTIONS[n % JURISDICTIONS.length],
            headcount: 10 + (n % 90),
          }),
        });
        if (response.status !== 201) throw new Error(`register ${n}: ${response.status}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, register));
    const registered = (Date.now() - started) / 1000;

    // A session at the gateway, as the embedded sign-in page opens one.
    const signIn = await fetch(`${gateway}/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: gateway, 'x-xuncha-console': '1' },
      body: JSON.stringify({ ...principal, role: 'office', name: '基准测试' }),
    });
    if (signIn.status !== 201) throw new Error(`sign-in at the gateway: ${signIn.status}`);
    const cookie = { cookie: signIn.headers.get('set-cookie')!.split(';')[0] };

    const list = (query: string) => `${planning}/api/v1/targets?${query}`;
    // The cursor of the page after the first 4,000 (by name), as 下一页 would reach it.
    let cursor: string | undefined;
    for (let seen = 0; seen < Math.min(4000, TARGETS - PAGE); seen += 1000) {
      const page = await fetch(
        list(`jurisdiction=611000&limit=1000${cursor ? `&cursor=${cursor}` : ''}`),
        {
          headers: bearer,
        },
      );
      cursor = ((await page.json()) as { next?: string }).next;
    }
    const first = `jurisdiction=611000&status=active&limit=${PAGE}`;
    const rows = [
      await measure('GET /health (baseline: no store work)', `${planning}/health`, {}),
      await measure('first page, 611000 and below', list(first), bearer),
      await measure(
        'first page, no status filter',
        list(`jurisdiction=611000&limit=${PAGE}`),
        bearer,
      ),
      await measure(
        'filtered page: 611002, village, active',
        list(`jurisdiction=611002&category=village&status=active&limit=${PAGE}`),
        bearer,
      ),
      await measure(
        'deep page (after 4,000) by cursor',
        list(`jurisdiction=611000&limit=${PAGE}&cursor=${cursor}`),
        bearer,
      ),
      await measure(
        'first page through the gateway',
        `${gateway}/api/planning/v1/targets?${first}`,
        cookie,
      ),
      await measure(
        'baseline: 1,000 a request (browser-side list)',
        list('jurisdiction=611000&limit=1000'),
        bearer,
      ),
    ];
    console.log(
      `targets list, ${TARGETS} targets over ${JURISDICTIONS.length} jurisdictions ` +
        `(registered in ${registered.toFixed(1)} s), 1 connection, ${DURATION} s each, latency ms`,
    );
    console.log('| what                                          | requests |  p50 |  p99 |');
    console.log('|-----------------------------------------------|----------|------|------|');
    for (const row of rows) {
      console.log(
        `| ${row.what.padEnd(45)} | ${String(row.requests).padStart(8)} | ${String(row.p50).padStart(4)} | ${String(row.p99).padStart(4)} |`,
      );
    }
    const whole = rows[rows.length - 1];
    console.log(
      `the whole register at 1,000 a request: ${Math.ceil(TARGETS / 1000)} requests, ` +
        `about ${Math.ceil(TARGETS / 1000) * whole.p50} ms before a browser-side filter could start`,
    );
  } finally {
    await system.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
