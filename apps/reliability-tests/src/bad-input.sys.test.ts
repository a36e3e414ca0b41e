/**
 * Bad input over every write endpoint of the five services (issue 11): for
 * each POST/PUT/PATCH/DELETE operation in each service's OpenAPI document,
 * fast-check generates invalid bodies from the operation's own schema, bad
 * path ids and bad tokens. Every answer must be a 4xx problem+json, never a
 * 5xx, and none may store anything: the five event stores' heads stay put.
 *
 * Reproducible: RELIABILITY_SEED (default below) and RELIABILITY_RUNS (cases
 * per operation and kind) pick the same cases again.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SqliteEventStore } from '@xuncha/platform-event-store';
import { ROLES, resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import {
  BAD_DATES,
  BAD_IDS,
  BAD_PATH_IDS,
  DELETE,
  HUGE,
  HUGE_NUMBERS,
  MALFORMED_JSON,
  NEGATIVES,
  NON_OBJECT_BODIES,
  OVERSIZED,
  isDateLike,
  isFreeString,
  isIdLike,
  isNumber,
  isObjectSchema,
  namelessParam,
  setAt,
  slotsOf,
  validValue,
  writeOperations,
  wrongEnumValue,
  wrongTypeValue,
  type OpenApiDocument,
  type Operation,
  type Slot,
} from './openapi';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';

const SEED = Number(process.env.RELIABILITY_SEED ?? 20261125);
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 4);
const PORTS = portsFrom(4801);
const SERVICES: Array<[string, number]> = [
  ['planning-service', PORTS.PLANNING_PORT],
  ['inspection-service', PORTS.INSPECTION_PORT],
  ['clue-service', PORTS.CLUE_PORT],
  ['rectification-service', PORTS.RECTIFICATION_PORT],
  ['query-service', PORTS.QUERY_PORT],
];
/** The refusals of docs/api.md (Errors); 413 is express's answer to a body over its 100 kB limit. */
const ALLOWED = new Set([400, 401, 403, 404, 409, 413, 422]);

interface Case {
  kind: string;
  params: Record<string, string>;
  /** The raw request body (already JSON text, or deliberately not JSON). */
  body?: string;
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

describe('bad input over every write endpoint (issue 11)', () => {
  let dir: string;
  let system: RunningSystem;
  let operations: Operation[] = [];
  let office: string;
  let allRoles: string;
  const stores = new Map<string, SqliteEventStore>();
  const initialHeads = new Map<string, number>();
  const lastHeads = new Map<string, number>();
  const casesPerKind = new Map<string, number>();
  const violations: string[] = [];
  /** kind → status → answers: shows the input reached the validators, not only the 404s. */
  const statuses = new Map<string, Map<number, number>>();
  let requests = 0;
  const started = Date.now();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-bad-input-'));
    system = await startSystem({
      dataDir: dir,
      ports: PORTS,
      env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' },
    });
    const key = resolveSigningKey(dir);
    office = await signToken(
      { sub: 'office-611000', roles: ['office'], jurisdiction: '611000' },
      key,
    );
    allRoles = await signToken(
      {
        sub: 'every-role-611000',
        roles: ROLES.filter((role) => role !== 'analyst'),
        jurisdiction: '611000',
      },
      key,
    );
    for (const [service, port] of SERVICES) {
      const response = await fetch(`http://127.0.0.1:${port}/api/docs-json`);
      expect(response.status).toBe(200);
      operations.push(
        ...writeOperations(service, port, (await response.json()) as OpenApiDocument),
      );
      const file = join(dir, service, 'events.sqlite');
      if (!existsSync(file)) continue;
      // Another process's file: SQLite in WAL mode lets this one read beside the writer.
      const store = new SqliteEventStore(file);
      stores.set(service, store);
      initialHeads.set(service, await store.headPosition());
      lastHeads.set(service, initialHeads.get(service)!);
    }
    operations = operations.sort((a, b) =>
      `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`),
    );
  }, 120_000);

  afterAll(async () => {
    for (const store of stores.values()) await store.close();
    await system?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    const kinds = [...casesPerKind.entries()].map(([kind, n]) => `${kind} ${n}`).join(', ');
    console.log(
      [
        `bad input: seed ${SEED} (RELIABILITY_SEED), ${RUNS} runs per operation and kind (RELIABILITY_RUNS)`,
        `operations: ${operations.length} write operations over ${SERVICES.length} services`,
        `cases: ${[...casesPerKind.values()].reduce((a, b) => a + b, 0)} (${kinds})`,
        `answers: ${[...statuses.entries()]
          .map(
            ([kind, counts]) =>
              `${kind} {${[...counts].map(([status, n]) => `${status}: ${n}`).join(', ')}}`,
          )
          .join('; ')}`,
        `requests: ${requests} in ${((Date.now() - started) / 1000).toFixed(1)} s; violations: ${violations.length}`,
      ].join('\n'),
    );
  });

  /** Sends one request; every answer is checked and every stored event is a violation. */
  async function send(op: Operation, c: Case, token: string | undefined, expected = ALLOWED) {
    const url = `http://127.0.0.1:${op.port}${op.path.replace(/\{(\w+)\}/g, (_, name: string) => c.params[name])}`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers.authorization = token;
    requests += 1;
    let answer: Answer;
    try {
      const response = await fetch(url, { method: op.method, headers, body: c.body });
      answer = {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    } catch (error) {
      answer = { status: 0, contentType: '', text: `no answer: ${(error as Error).message}` };
    }
    const counts = statuses.get(c.kind) ?? new Map<number, number>();
    statuses.set(c.kind, counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1));
    const problem = checkAnswer(answer, expected);
    const where = () =>
      `${op.method} ${url} [${op.service}, ${c.kind}, Authorization: ${describeToken(token)}]\n` +
      `  body: ${excerpt(c.body, 2000)}\n  answer: ${answer.status} ${answer.contentType} ${excerpt(answer.text)}`;
    if (problem) violations.push(`${problem}: ${where()}`);
    const store = stores.get(op.service);
    if (store) {
      const head = await store.headPosition();
      if (head !== lastHeads.get(op.service)) {
        violations.push(
          `stored ${head - lastHeads.get(op.service)!} event(s) in ${op.service}: ${where()}`,
        );
        lastHeads.set(op.service, head);
      }
    }
    return answer;
  }

  function describeToken(token: string | undefined): string {
    if (token === undefined) return 'none';
    if (token === `Bearer ${office}`) return 'office 611000';
    if (token === `Bearer ${allRoles}`) return 'every role but analyst, 611000';
    return excerpt(token, 60);
  }

  it.each(SERVICES.map(([service]) => service))(
    '%s: invalid bodies and bad path ids answer 4xx problem+json and store nothing',
    async (service) => {
      const own = operations.filter((op) => op.service === service);
      expect(own.length).toBeGreaterThan(0);
      for (const op of own) {
        for (const [kind, arbitrary] of kindsFor(op)) {
          const cases = fc.sample(arbitrary, { seed: seedFor(op, kind), numRuns: RUNS });
          casesPerKind.set(kind, (casesPerKind.get(kind) ?? 0) + cases.length);
          for (const c of cases) {
            const answer = await send(op, c, `Bearer ${office}`);
            // Office may lack the role: then again with every role, so the input itself is judged.
            if (answer.status === 403) await send(op, c, `Bearer ${allRoles}`);
          }
        }
      }
      expect(violations.filter((v) => v.includes(`[${service},`))).toEqual([]);
    },
    300_000,
  );

  it('bad tokens answer 401 and a role without the right 403, problem+json, on every write operation', async () => {
    const key = resolveSigningKey(dir);
    const principal = { sub: 'office-611000', roles: ['office'] as Role[], jurisdiction: '611000' };
    const now = Math.floor(Date.now() / 1000);
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const [header, payload, signature] = office.split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, 5)}${signature[5] === 'A' ? 'B' : 'A'}${signature.slice(6)}`;
    const unauthenticated: Array<string | undefined> = [
      undefined,
      'Bearer',
      'Bearer ',
      'Bearer not.a.jwt',
      `Basic ${Buffer.from('office:office').toString('base64')}`,
      office,
      `Bearer ${tampered}`,
      `Bearer ${await signToken(principal, randomBytes(32))}`,
      `Bearer ${await signToken(principal, key, now - 60)}`,
      `Bearer ${await signToken({ ...principal, roles: ['root' as Role] }, key)}`,
      `Bearer ${await signToken({ ...principal, jurisdiction: 'Shangluo' }, key)}`,
      `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...principal, iss: 'xuncha-local', iat: now, exp: now + 600 })}.`,
    ];
    const analyst = `Bearer ${await signToken({ sub: 'analyst-611000', roles: ['analyst'], jurisdiction: '611000' }, key)}`;
    for (const op of operations) {
      const [c] = fc.sample(
        fc
          .tuple(paramsOf(op), op.body ? validValue(op.body) : fc.constant(undefined))
          .map(([params, body]): Case => ({
            kind: 'bad-token',
            params,
            body: body === undefined ? undefined : JSON.stringify(body),
          })),
        { seed: seedFor(op, 'bad-token'), numRuns: 1 },
      );
      for (const token of unauthenticated) await send(op, c, token, new Set([401]));
      await send(op, { ...c, kind: 'wrong-role' }, analyst, new Set([403]));
      casesPerKind.set('bad-token', (casesPerKind.get('bad-token') ?? 0) + unauthenticated.length);
      casesPerKind.set('wrong-role', (casesPerKind.get('wrong-role') ?? 0) + 1);
    }
    expect(violations.filter((v) => /bad-token|wrong-role/.test(v))).toEqual([]);
  }, 300_000);

  it('hostile inputs answer 4xx problem+json, never 500, and store nothing (issue 16)', async () => {
    const key = resolveSigningKey(dir);
    const sign = (sub: string, roles: Role[], jurisdiction = '611000') =>
      signToken({ sub, roles, jurisdiction }, key).then((token) => `Bearer ${token}`);
    const longSubject = await sign('s'.repeat(201), ['office']);
    const analyst = await sign('analyst-611000', ['analyst']);
    const rootAdmin = await sign('admin-root', ['admin'], '100000');
    const portOf = new Map(SERVICES);
    const get = (service: string, path: string): Operation => ({
      service,
      port: portOf.get(service)!,
      method: 'GET',
      path,
      pathParams: [],
    });
    const hostile = (op: Operation, token: string | undefined, expected: number[], body?: string) =>
      send(op, { kind: 'hostile', params: {}, body }, token, new Set(expected));
    const deep = [
      `{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
      `{"a": ${'{"b":'.repeat(5000)}1${'}'.repeat(5000)}}`,
    ];
    for (const op of operations) {
      const params = Object.fromEntries(op.pathParams.map((name) => [name, randomUUID()]));
      const named = {
        ...op,
        path: op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]),
      };
      // A subject longer than the audit trail keeps: 401 on every route, not 500.
      await hostile({ ...named, pathParams: [] }, longSubject, [401]);
      // JSON nested thousands deep: refused before it is parsed.
      for (const body of deep)
        await hostile({ ...named, pathParams: [] }, `Bearer ${office}`, [400], body);
      // Names every object has, in every path parameter.
      for (const name of ['__proto__', 'constructor', 'toString']) {
        const path = op.path.replace(/\{\w+\}/g, name);
        if (path === op.path) continue;
        await hostile({ ...op, path, pathParams: [] }, `Bearer ${allRoles}`, [400, 403, 404, 422]);
      }
    }
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      await hostile(get('query-service', `/api/v1/ledgers/${name}`), analyst, [404]);
      await hostile(
        { ...get('query-service', `/api/v1/admin/projections/${name}/rebuild`), method: 'POST' },
        rootAdmin,
        [404],
      );
    }
    // Dates that are no calendar day, in the questions' periods.
    for (const query of [
      'from=2022-02-30',
      'to=2026-02-29',
      'from=2026-13-01',
      'asOf=2026-04-31',
    ]) {
      await hostile(get('query-service', `/api/v1/stats?${query}`), analyst, [400]);
      await hostile(get('query-service', `/api/v1/ledgers/problems?${query}`), analyst, [400]);
    }
    casesPerKind.set(
      'hostile',
      statuses.get('hostile')
        ? [...statuses.get('hostile')!.values()].reduce((a, b) => a + b, 0)
        : 0,
    );
    expect(violations.filter((v) => v.includes(', hostile,'))).toEqual([]);
  }, 300_000);

  it('moved none of the five event stores across the whole run', async () => {
    // Integration events are handled asynchronously: give any follow-up a moment.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const heads: Record<string, [number, number]> = {};
    for (const [service, store] of stores) {
      heads[service] = [initialHeads.get(service)!, await store.headPosition()];
    }
    expect(stores.size).toBeGreaterThanOrEqual(4);
    for (const [service, [before, after]] of Object.entries(heads)) {
      expect({ service, head: after }).toEqual({ service, head: before });
    }
  });
});

/** The invalid-input kinds that apply to an operation, each an arbitrary of cases. */
function kindsFor(op: Operation): Array<[string, fc.Arbitrary<Case>]> {
  const params = paramsOf(op);
  const kinds: Array<[string, fc.Arbitrary<Case>]> = [];
  const raw = (kind: string, texts: string[]) =>
    fc
      .tuple(params, fc.constantFrom(...texts))
      .map(([p, body]): Case => ({ kind, params: p, body }));
  if (op.body) {
    const schema = op.body;
    const base = validValue(schema);
    const slots = slotsOf(schema);
    const mutate = (kind: string, chosen: Slot[], value: (slot: Slot) => fc.Arbitrary<unknown>) => {
      if (chosen.length === 0) return;
      kinds.push([
        kind,
        fc.tuple(params, base, fc.constantFrom(...chosen)).chain(([p, body, slot]) =>
          value(slot).map((v): Case => ({
            kind,
            params: p,
            body: JSON.stringify(setAt(body, slot.path, v)),
          })),
        ),
      ]);
    };
    const fields = slots.filter((slot) => typeof slot.path[slot.path.length - 1] === 'string');
    mutate(
      'missing-required',
      fields.filter((slot) => slot.required),
      () => fc.constant(DELETE),
    );
    mutate('wrong-type', slots, (slot) => wrongTypeValue(slot.schema));
    const containers: Slot[] = [
      { path: [], name: '', schema, required: true },
      ...slots.filter((slot) => isObjectSchema(slot.schema)),
    ];
    kinds.push([
      'unknown-field',
      fc.tuple(params, base, fc.constantFrom(...containers)).chain(([p, body, container]) =>
        fc
          .tuple(
            fc
              .string({ minLength: 1, maxLength: 16 })
              .filter((key) => !(key in (container.schema.properties ?? {}))),
            fc.jsonValue({ maxDepth: 2 }),
          )
          .map(([key, v]): Case => ({
            kind: 'unknown-field',
            params: p,
            body: JSON.stringify(setAt(body, [...container.path, key], v)),
          })),
      ),
    ]);
    const strings = slots.filter(isFreeString);
    const huge = strings.length > 0 ? strings : fields;
    mutate('huge-string', huge, () =>
      fc.constantFrom('x'.repeat(HUGE), `${'y'.repeat(HUGE - 1)}\n`),
    );
    mutate('oversized-body', huge, () => fc.constantFrom(...OVERSIZED));
    mutate(
      'wrong-enum',
      slots.filter((slot) => slot.schema.enum),
      (slot) => wrongEnumValue(slot.schema.enum!),
    );
    mutate('bad-date', slots.filter(isDateLike), () => fc.constantFrom(...BAD_DATES));
    mutate('negative-number', slots.filter(isNumber), () => fc.constantFrom(...NEGATIVES));
    mutate('huge-number', slots.filter(isNumber), () => fc.constantFrom(...HUGE_NUMBERS));
    mutate('bad-id', slots.filter(isIdLike), () => fc.constantFrom(...BAD_IDS));
  } else {
    kinds.push([
      'unknown-field',
      fc
        .tuple(params, fc.string({ minLength: 1, maxLength: 16 }), fc.jsonValue({ maxDepth: 2 }))
        .map(([p, key, v]): Case => ({
          kind: 'unknown-field',
          params: p,
          body: JSON.stringify({ [key]: v }),
        })),
    ]);
  }
  kinds.push(['non-object', raw('non-object', NON_OBJECT_BODIES)]);
  kinds.push(['malformed-json', raw('malformed-json', MALFORMED_JSON)]);
  if (op.pathParams.length > 0) {
    const bad = fc.record(
      Object.fromEntries(op.pathParams.map((name) => [name, fc.constantFrom(...BAD_PATH_IDS)])),
    );
    kinds.push([
      'bad-path-id',
      fc
        .tuple(bad, op.body ? validValue(op.body) : fc.constant(undefined))
        .map(([p, body]): Case => ({
          kind: 'bad-path-id',
          params: p,
          body: body === undefined ? undefined : JSON.stringify(body),
        })),
    ]);
  }
  return kinds;
}

function paramsOf(op: Operation): fc.Arbitrary<Record<string, string>> {
  return fc.record(Object.fromEntries(op.pathParams.map((name) => [name, namelessParam(name)])));
}

/** One seed per (operation, kind), derived from SEED: a case can be replayed alone. */
function seedFor(op: Operation, kind: string): number {
  const digest = createHash('sha256').update(`${SEED} ${op.method} ${op.path} ${kind}`).digest();
  return digest.readInt32BE(0);
}

function checkAnswer(answer: Answer, expected: Set<number>): string | undefined {
  if (answer.status >= 500 || answer.status === 0) return `answered ${answer.status || 'nothing'}`;
  if (!expected.has(answer.status)) {
    return `answered ${answer.status}, expected one of ${[...expected].join('/')}`;
  }
  if (!answer.contentType.startsWith('application/problem+json')) {
    return `answered ${answer.contentType || 'no content type'}, not application/problem+json`;
  }
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(answer.text) as Record<string, unknown>;
  } catch {
    return 'answered a problem+json that is not JSON';
  }
  for (const field of ['type', 'title', 'detail']) {
    if (typeof problem[field] !== 'string' || !problem[field]) return `problem without ${field}`;
  }
  if (problem.status !== answer.status) return `problem status ${String(problem.status)}`;
  return undefined;
}

function excerpt(text: string | undefined, max = 300): string {
  if (text === undefined) return '(none)';
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}
