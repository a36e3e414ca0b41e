/**
 * Roles and scopes on every endpoint of the five services (issue 12).
 *
 * 1. The role table (role-table.ts) covers exactly the operations of the live
 *    OpenAPI documents, and every operation answers each of the seven roles as
 *    the table says (403 problem+json when refused, neither 401 nor 403 when
 *    allowed: dummy ids and bodies may well answer 400/404/422), and 401 with
 *    no token.
 * 2. On real records made through the API (two teams inspecting two targets in
 *    two counties, clues transferred to the commission and to the organization
 *    department, one left untransferred, two rectification cases): each role
 *    reaches only its own records, the analyst never reads a clue's person or
 *    allegation, and tokens of a sibling county reach nothing of the other.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROLES, resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import {
  portsFrom,
  startSystem,
  type Ports,
  type RunningSystem,
} from '@xuncha/platform-nest/testing';
import { operationKeys, type OpenApiDocument } from './openapi';
import { ROLE_TABLE, type Allowed } from './role-table';

const PORTS = portsFrom(4741);
type Service = 'planning' | 'inspection' | 'clue' | 'rectification' | 'query';
const PORT_OF: Record<Service, keyof Ports> = {
  planning: 'PLANNING_PORT',
  inspection: 'INSPECTION_PORT',
  clue: 'CLUE_PORT',
  rectification: 'RECTIFICATION_PORT',
  query: 'QUERY_PORT',
};
const SERVICES = Object.keys(PORT_OF) as Service[];
const CITY = '611000';
const COUNTY_A = '611002'; // 商州区
const COUNTY_B = '611021'; // 洛南县
const CONCURRENCY = 12;
const SETTLE_MS = 30_000;
/** One scope check, under the load of a whole `npm test`. */
const STEP_TIMEOUT = 30_000;

/** Distinctive person names and allegation texts: no answer to an analyst may hold them. */
const SECRETS = {
  c1: { name: '甄保密甲', allegation: '虚开发票套取专项资金甲案' },
  c2: { name: '甄保密乙', allegation: '违规提拔未经考察人选乙案' },
  c3: { name: '甄保密丙', allegation: '收受管理对象礼金丙案' },
  c4: { name: '甄保密丁', allegation: '挪用扶贫资金丁案' },
};
const SECRET_TEXTS = Object.values(SECRETS).flatMap(({ name, allegation }) => [name, allegation]);

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, time = '10:00:00') => `${day(offset)}T${time}+08:00`;
/** A valid field step: a refusal must come from the caller's reach, not from the body. */
const VISIT = { place: '局机关', date: day(-40) };

interface Answer {
  status: number;
  contentType: string;
  text: string;
  bytes: Buffer;
}
type Json = Record<string, unknown>;

async function call(
  service: Service,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${PORTS[PORT_OF[service]]}${path}`, {
    method,
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: bytes.toString('utf8'),
    bytes,
  };
}

/** A call under /api/v1 that must answer `expected`; the JSON body. */
async function expectStatus(
  expected: number,
  service: Service,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Json> {
  const answer = await call(service, method, `/api/v1${path}`, token, body);
  if (answer.status !== expected) {
    throw new Error(
      `${method} ${service}${path} ${body === undefined ? '' : JSON.stringify(body)}\n` +
        `expected ${expected}, answered ${answer.status} ${answer.text.slice(0, 500)}`,
    );
  }
  return answer.text ? (JSON.parse(answer.text) as Json) : {};
}

async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs the tasks `CONCURRENCY` at a time. */
async function inPool<T>(tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

const isAllowed = (allowed: Allowed, role: Role) => allowed === 'public' || allowed.includes(role);

/** A concrete path for an OpenAPI path: ids that name nothing, the token's jurisdiction. */
function concretePath(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (name === 'jurisdiction') return CITY;
    if (name === 'year') return '2027';
    if (name === 'ledger') return 'problems';
    if (name === 'tier') return 'county';
    if (name === 'name') return 'no-such-projection';
    return randomUUID();
  });
}

/** All text of an answer: an XLSX export is a zip, so its cells are read out. */
async function textOf(answer: Answer): Promise<string> {
  if (!answer.contentType.includes('spreadsheetml')) return answer.text;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(answer.bytes as unknown as ExcelJS.Buffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))),
  );
  return cells.join('\n');
}

const idsOf = (body: Json) => ((body.items ?? []) as Json[]).map((item) => item.id as string);

describe('roles and scopes on every endpoint and read model (issue 12)', () => {
  let dir: string;
  let system: RunningSystem;
  let key: Uint8Array;
  const docs = new Map<string, OpenApiDocument>();
  const started = Date.now();

  const token = (role: Role, jurisdiction = CITY, sub = `${role}-${jurisdiction}`) =>
    signToken({ sub, roles: [role], jurisdiction }, key);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-roles-'));
    system = await startSystem({
      dataDir: dir,
      ports: PORTS,
      // The city is the top of this system's tree: its admin runs the system acts.
      env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000', ROOT_JURISDICTION: CITY },
      timeoutMs: 90_000,
    });
    key = resolveSigningKey(dir);
    for (const service of SERVICES) {
      const answer = await call(service, 'GET', '/api/docs-json');
      expect(answer.status).toBe(200);
      docs.set(service, JSON.parse(answer.text) as OpenApiDocument);
    }
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`roles test: ${Date.now() - started} ms\n`);
  }, 30_000);

  it('the role table has a row for exactly the operations of the five OpenAPI documents', () => {
    const problems: string[] = [];
    for (const service of SERVICES) {
      const live = new Set(operationKeys(docs.get(service)!));
      const table = new Set(Object.keys(ROLE_TABLE[`${service}-service`] ?? {}));
      for (const key of live) if (!table.has(key)) problems.push(`${service}: no row for ${key}`);
      for (const key of table) if (!live.has(key)) problems.push(`${service}: no operation ${key}`);
    }
    expect(problems).toEqual([]);
  });

  it('every operation answers every role as the table says, and 401 without a token', async () => {
    const tokens = new Map<Role, string>();
    for (const role of ROLES) {
      // A team cadre and an inspected organization are named by their token's subject.
      tokens.set(
        role,
        await token(role, CITY, role === 'team' || role === 'inspected' ? randomUUID() : undefined),
      );
    }
    const tasks: Array<() => Promise<string | undefined>> = [];
    for (const service of SERVICES) {
      for (const [operation, allowed] of Object.entries(ROLE_TABLE[`${service}-service`])) {
        const [method, path] = operation.split(' ');
        const body = method === 'GET' || method === 'DELETE' ? undefined : {};
        const where = `${service}-service ${operation}`;
        if (allowed !== 'public') {
          tasks.push(async () => {
            const answer = await call(service, method, concretePath(path), undefined, body);
            return answer.status === 401 ? undefined : `${where} without a token: ${answer.status}`;
          });
        }
        for (const role of ROLES) {
          tasks.push(async () => {
            const answer = await call(service, method, concretePath(path), tokens.get(role), body);
            if (!isAllowed(allowed, role)) {
              return answer.status === 403 &&
                answer.contentType.startsWith('application/problem+json')
                ? undefined
                : `${where} as ${role}: expected 403 problem+json, got ${answer.status} ${answer.contentType}`;
            }
            return answer.status === 401 || answer.status === 403 || answer.status >= 500
              ? `${where} as ${role}: allowed, got ${answer.status} ${answer.text.slice(0, 200)}`
              : undefined;
          });
        }
      }
    }
    const failures = (await inPool(tasks)).filter((failure) => failure !== undefined);
    expect(failures).toEqual([]);
  }, 60_000);

  describe('on real records in two counties', () => {
    const ids = {} as {
      targetA: string;
      targetB: string;
      termPlan: string;
      round: string;
      cadres: Record<
        'A' | 'B',
        { leader: string; deputy: string; liaison: string; member: string }
      >;
      inspectionA: string;
      inspectionB: string;
      clues: Record<keyof typeof SECRETS, string>;
      caseA: string;
      caseB: string;
      caseBItem: string;
    };
    let office: string;

    /** Stationing, talks to full coverage, a finding, clues, report, hearing, feedback. */
    const inspect = async (
      inspection: string,
      leader: string,
      clues: Array<keyof typeof SECRETS>,
    ): Promise<void> => {
      const post = (path: string, body: unknown, status = 200) =>
        expectStatus(
          status,
          'inspection',
          'POST',
          `/inspections/${inspection}${path}`,
          leader,
          body,
        );
      await post('/stationing', { announcedAt: at(-50, '09:00:00'), channels: ['phone'] });
      for (const [group, count] of [
        ['leadership', 5],
        ['party-member', 8],
        ['middle-manager', 3],
        ['minority', 2],
        ['generational', 2],
      ] as const) {
        await post('/talks', { group, count, date: day(-45) });
      }
      const { findingId } = await post(
        '/findings',
        {
          title: '超标准列支会议费',
          description: '超标准列支会议费3.2万元',
          focusItem: 'SGJJ-2-07',
          involvedRank: 'leadership',
        },
        201,
      );
      for (const clue of clues) {
        const { clueId } = await post(
          '/clues',
          {
            findingId,
            person: { name: SECRETS[clue].name, position: '科长', rank: 'section' },
            allegation: SECRETS[clue].allegation,
            discipline: 'integrity',
            urgent: false,
          },
          201,
        );
        ids.clues[clue] = clueId as string;
      }
      await post('/report', { summary: '巡察报告初稿', draftedAt: at(-20) });
      await post('/report/approve', { approvedAt: at(-15) });
      await expectStatus(
        200,
        'inspection',
        'POST',
        `/inspections/${inspection}/report/hearing`,
        office,
        {
          heardAt: at(-10, '15:00:00'),
          directives: [{ pointsAt: 'matter', subject: '举一反三', owner: '市财政局' }],
        },
      );
      await post('/feedback', { deliveredAt: at(-1), copiedTo: ['分管副县长'] });
    };

    beforeAll(async () => {
      office = await token('office');
      const planning = (path: string, body: unknown, status = 201) =>
        expectStatus(status, 'planning', 'POST', path, office, body);
      const target = async (name: string, jurisdiction: string) =>
        (
          await planning('/targets', {
            name,
            category: 'government-department',
            tier: 'county',
            jurisdiction,
            headcount: 20,
          })
        ).id as string;
      ids.targetA = await target('商州区财政局', COUNTY_A);
      ids.targetB = await target('洛南县财政局', COUNTY_B);
      const cadre = async (name: string, pool: string) =>
        (
          await planning('/cadres', {
            name,
            jurisdiction: CITY,
            pools: [pool],
            expertise: ['财务'],
          })
        ).id as string;
      ids.cadres = {} as typeof ids.cadres;
      for (const team of ['A', 'B'] as const) {
        ids.cadres[team] = {
          leader: await cadre(`组长${team}`, 'leader'),
          deputy: await cadre(`副组长${team}`, 'talent'),
          liaison: await cadre(`联络员${team}`, 'talent'),
          member: await cadre(`组员${team}`, 'talent'),
        };
      }
      const year = new Date().getUTCFullYear();
      ids.termPlan = (
        await planning('/term-plans', {
          name: '市委巡察规划',
          jurisdiction: CITY,
          from: `${year - 1}-01-01`,
          to: `${year + 3}-12-31`,
          targetIds: [ids.targetA, ids.targetB],
        })
      ).id as string;
      await planning(`/term-plans/${ids.termPlan}/adopt`, {}, 200);
      ids.round = (
        await planning('/rounds', {
          termPlanId: ids.termPlan,
          ordinal: 1,
          kind: 'regular',
          modes: ['elevated'],
          window: { from: day(-60), to: day(30) },
        })
      ).id as string;
      for (const [team, targetId] of [
        ['A', ids.targetA],
        ['B', ids.targetB],
      ] as const) {
        const cadres = ids.cadres[team];
        await planning(
          `/rounds/${ids.round}/teams`,
          {
            leaderId: cadres.leader,
            deputyIds: [cadres.deputy],
            liaisonId: cadres.liaison,
            memberIds: [cadres.member],
            targetIds: [targetId],
          },
          200,
        );
      }
      await planning(`/rounds/${ids.round}/approve`, {}, 200);
      await planning(`/rounds/${ids.round}/launch`, {}, 200);

      const inspectionOf = (targetId: string) =>
        eventually(async () => {
          const body = await expectStatus(
            200,
            'inspection',
            'GET',
            `/inspections?roundId=${ids.round}&targetId=${targetId}`,
            office,
          );
          return idsOf(body)[0];
        }, `the inspection of ${targetId}`);
      ids.inspectionA = await inspectionOf(ids.targetA);
      ids.inspectionB = await inspectionOf(ids.targetB);
      ids.clues = {} as typeof ids.clues;
      await Promise.all([
        inspect(ids.inspectionA, await token('team', CITY, ids.cadres.A.leader), [
          'c1',
          'c2',
          'c3',
        ]),
        inspect(ids.inspectionB, await token('team', CITY, ids.cadres.B.leader), ['c4']),
      ]);

      // c1 and c4 go to the commission, c2 to the organization department, c3 stays.
      for (const [clue, recipient] of [
        ['c1', 'discipline-commission'],
        ['c2', 'organization-department'],
        ['c4', 'discipline-commission'],
      ] as const) {
        const id = ids.clues[clue];
        await eventually(
          async () =>
            (await call('clue', 'GET', `/api/v1/clues/${id}`, office)).status === 200 || undefined,
          `clue ${clue} registered`,
        );
        await expectStatus(200, 'clue', 'POST', `/clues/${id}/assessment`, office, {
          recipient,
          note: '经集体会商，建议移交。',
        });
        await expectStatus(200, 'clue', 'POST', `/clues/${id}/transfer`, office, {});
      }
      await eventually(
        async () =>
          (await call('clue', 'GET', `/api/v1/clues/${ids.clues.c3}`, office)).status === 200 ||
          undefined,
        'clue c3 registered',
      );

      const caseOf = (inspectionId: string) =>
        eventually(async () => {
          const body = await expectStatus(
            200,
            'rectification',
            'GET',
            `/rectification-cases?inspectionId=${inspectionId}`,
            office,
          );
          return idsOf(body)[0];
        }, `the case of ${inspectionId}`);
      ids.caseA = await caseOf(ids.inspectionA);
      ids.caseB = await caseOf(ids.inspectionB);
      const caseB = await expectStatus(
        200,
        'rectification',
        'GET',
        `/rectification-cases/${ids.caseB}`,
        office,
      );
      ids.caseBItem = (caseB.items as Json[])[0].itemId as string;

      // The query service has folded the transfers before its answers are searched.
      const analyst = await token('analyst');
      await eventually(async () => {
        const stats = await expectStatus(
          200,
          'query',
          'GET',
          `/stats?jurisdiction=${CITY}`,
          analyst,
        );
        return (stats.clues as Json).transferred === 3 || undefined;
      }, 'the transfers counted in the query service');
    }, 90_000);

    it(
      'a team cadre reaches only its own team’s inspection',
      async () => {
        const leaderA = await token('team', CITY, ids.cadres.A.leader);
        const memberB = await token('team', CITY, ids.cadres.B.member);
        await expectStatus(200, 'inspection', 'GET', `/inspections/${ids.inspectionA}`, leaderA);
        await expectStatus(404, 'inspection', 'GET', `/inspections/${ids.inspectionB}`, leaderA);
        await expectStatus(
          404,
          'inspection',
          'POST',
          `/inspections/${ids.inspectionB}/visits`,
          leaderA,
          VISIT,
        );
        await expectStatus(404, 'inspection', 'GET', `/inspections/${ids.inspectionA}`, memberB);
        const list = (as: string) =>
          expectStatus(200, 'inspection', 'GET', `/inspections?roundId=${ids.round}`, as).then(
            idsOf,
          );
        expect(await list(leaderA)).toEqual([ids.inspectionA]);
        expect(await list(memberB)).toEqual([ids.inspectionB]);
        expect((await list(office)).sort()).toEqual([ids.inspectionA, ids.inspectionB].sort());
      },
      STEP_TIMEOUT,
    );

    it(
      'an inspected organization reads and writes only its own case',
      async () => {
        const inspectedA = await token('inspected', COUNTY_A, ids.targetA);
        const list = await expectStatus(
          200,
          'rectification',
          'GET',
          '/rectification-cases',
          inspectedA,
        );
        expect(idsOf(list)).toEqual([ids.caseA]);
        await expectStatus(
          200,
          'rectification',
          'GET',
          `/rectification-cases/${ids.caseA}`,
          inspectedA,
        );
        await expectStatus(
          404,
          'rectification',
          'GET',
          `/rectification-cases/${ids.caseB}`,
          inspectedA,
        );
        await expectStatus(
          404,
          'rectification',
          'GET',
          `/rectification-cases/${ids.caseB}/disclosure`,
          inspectedA,
        );
        await expectStatus(
          404,
          'rectification',
          'POST',
          `/rectification-cases/${ids.caseB}/items/${ids.caseBItem}/progress`,
          inspectedA,
          { note: '已完成' },
        );
      },
      STEP_TIMEOUT,
    );

    it(
      'the commission and the organization department read only the clues sent to them',
      async () => {
        const expectations = [
          ['discipline', ['c1', 'c4'], ['c2', 'c3']],
          ['organization', ['c2'], ['c1', 'c3', 'c4']],
        ] as const;
        // Every wrong answer is listed, not only the first: they are fixed together.
        const problems: string[] = [];
        for (const [role, mine, others] of expectations) {
          const as = await token(role);
          const listed = idsOf(await expectStatus(200, 'clue', 'GET', '/clues', as));
          for (const clue of mine) {
            if (!listed.includes(ids.clues[clue])) problems.push(`${role}: ${clue} not listed`);
            // The full record, person and allegation included.
            const record = await call('clue', 'GET', `/api/v1/clues/${ids.clues[clue]}`, as);
            if (record.status !== 200) problems.push(`${role} GET ${clue}: ${record.status}`);
            if (!record.text.includes(SECRETS[clue].name)) {
              problems.push(`${role} GET ${clue}: not the full record`);
            }
          }
          const overdue = await call('clue', 'GET', '/api/v1/clues/overdue', as);
          for (const clue of others) {
            if (listed.includes(ids.clues[clue])) problems.push(`${role}: ${clue} listed`);
            if (overdue.text.includes(ids.clues[clue])) problems.push(`${role}: ${clue} overdue`);
            const record = await call('clue', 'GET', `/api/v1/clues/${ids.clues[clue]}`, as);
            const receipt = await call(
              'clue',
              'POST',
              `/api/v1/clues/${ids.clues[clue]}/receipt`,
              as,
              {
                receivedAt: new Date().toISOString(),
              },
            );
            for (const [what, status] of [
              ['GET', record.status],
              ['POST receipt', receipt.status],
            ] as const) {
              // Out of reach: as if it did not exist (a role refusal would be 403).
              if (status !== 404) problems.push(`${role} ${what} ${clue}: ${status}`);
            }
          }
        }
        expect(problems).toEqual([]);
      },
      STEP_TIMEOUT,
    );

    it(
      'a token of two roles reads in full only what one of its roles reads in full by itself',
      async () => {
        // The analyst reaches every clue (redacted), the recipients read theirs in full:
        // together they must not read in full a clue the recipient was never sent.
        const both = (role: Role) =>
          signToken({ sub: `${role}+analyst`, roles: [role, 'analyst'], jurisdiction: CITY }, key);
        const fullRecords: Array<[Role, ReadonlyArray<keyof typeof SECRETS>]> = [
          ['discipline', ['c1', 'c4']],
          ['organization', ['c2']],
        ];
        const problems: string[] = [];
        for (const [role, mine] of fullRecords) {
          const as = await both(role);
          for (const clue of Object.keys(SECRETS) as Array<keyof typeof SECRETS>) {
            const record = await call('clue', 'GET', `/api/v1/clues/${ids.clues[clue]}`, as);
            const full = record.text.includes(SECRETS[clue].name);
            if (record.status !== 200)
              problems.push(`${role}+analyst GET ${clue}: ${record.status}`);
            if (full !== mine.includes(clue)) {
              problems.push(`${role}+analyst GET ${clue}: ${full ? 'full' : 'redacted'}`);
            }
          }
          // Nor may the analyst's reach carry the recipient's commands to other clues.
          const receipt = await call('clue', 'POST', `/api/v1/clues/${ids.clues.c3}/receipt`, as, {
            receivedAt: new Date().toISOString(),
          });
          if (receipt.status !== 404) {
            problems.push(`${role}+analyst POST receipt c3: ${receipt.status}`);
          }
        }
        expect(problems).toEqual([]);
      },
      STEP_TIMEOUT,
    );

    it(
      'a clue’s origin is the stored inspection’s: no caller files one for another team or county',
      async () => {
        const leaderA = await token('team', CITY, ids.cadres.A.leader);
        const { petitionId } = await expectStatus(
          201,
          'inspection',
          'POST',
          `/inspections/${ids.inspectionA}/petitions`,
          leaderA,
          { channel: 'mailbox', summary: '来信反映甄信访违规收受礼金' },
        );
        const clue = {
          petitionId,
          person: { name: '伪造来源', position: '科长', rank: 'section' },
          allegation: '伪造来源的线索',
          discipline: 'integrity',
          urgent: true,
        };
        const forgers = [
          await token('team', CITY, ids.cadres.B.leader),
          await token('team', CITY, 'nobody'),
          await token('office', COUNTY_B),
        ];
        for (const as of forgers) {
          const answer = await call(
            'inspection',
            'POST',
            `/api/v1/inspections/${ids.inspectionA}/clues`,
            as,
            clue,
          );
          expect([403, 404]).toContain(answer.status);
        }
        // The clue service takes no origin from a body at all.
        const forged = { inspection: { inspectionId: ids.inspectionA }, ...clue };
        for (const as of [...forgers, office]) {
          expect((await call('clue', 'POST', '/api/v1/clues', as, forged)).status).toBe(404);
        }
        const inspection = await expectStatus(
          200,
          'inspection',
          'GET',
          `/inspections/${ids.inspectionA}`,
          office,
        );
        expect((inspection.clues as Json[]).length).toBe(3);
        // The petition's text names a person: the analyst reads the inspection without it.
        expect(JSON.stringify(inspection)).toContain('甄信访');
        const analystView = await call(
          'inspection',
          'GET',
          `/api/v1/inspections/${ids.inspectionA}`,
          await token('analyst'),
        );
        expect(analystView.status).toBe(200);
        expect(analystView.text).not.toContain('甄信访');
      },
      STEP_TIMEOUT,
    );

    it(
      'an Idempotency-Key answers its own request again, and refuses another route or body (422)',
      async () => {
        const leaderA = await token('team', CITY, ids.cadres.A.leader);
        const target = {
          name: '商州区审计局',
          category: 'government-department',
          tier: 'county',
          jurisdiction: COUNTY_A,
          headcount: 12,
        };
        const cases: Array<{
          service: Service;
          as: string;
          first: [string, unknown];
          others: Array<[string, unknown]>;
        }> = [
          {
            service: 'planning',
            as: office,
            first: ['/api/v1/targets', target],
            others: [
              ['/api/v1/targets', { ...target, headcount: 13 }],
              [
                '/api/v1/cadres',
                { name: '重用键', jurisdiction: CITY, pools: ['talent'], expertise: ['财务'] },
              ],
            ],
          },
          {
            service: 'inspection',
            as: leaderA,
            first: [`/api/v1/inspections/${ids.inspectionA}/visits`, VISIT],
            others: [
              [`/api/v1/inspections/${ids.inspectionA}/visits`, { ...VISIT, place: '下属单位' }],
              [
                `/api/v1/inspections/${ids.inspectionA}/talks`,
                { group: 'party-member', count: 1, date: day(-44) },
              ],
            ],
          },
        ];
        for (const { service, as, first, others } of cases) {
          const key = { 'idempotency-key': randomUUID() };
          const once = await call(service, 'POST', first[0], as, first[1], key);
          expect(once.status).toBeLessThan(300);
          const again = await call(service, 'POST', first[0], as, first[1], key);
          expect({ status: again.status, text: again.text }).toEqual({
            status: once.status,
            text: once.text,
          });
          for (const [path, body] of others) {
            const reused = await call(service, 'POST', path, as, body, key);
            expect(reused.status).toBe(422);
            expect(reused.contentType).toMatch(/problem\+json/);
            const problem = JSON.parse(reused.text) as Json;
            expect(problem).toMatchObject({
              rule: 'idempotency-key-reused',
              idempotencyKey: key['idempotency-key'],
            });
          }
        }
        // Nothing of the refused requests was stored.
        const cadres = await expectStatus(200, 'planning', 'GET', '/cadres?limit=1000', office);
        expect(JSON.stringify(cadres)).not.toContain('重用键');
        const inspection = await expectStatus(
          200,
          'inspection',
          'GET',
          `/inspections/${ids.inspectionA}`,
          office,
        );
        expect(JSON.stringify(inspection)).not.toContain('下属单位');
      },
      STEP_TIMEOUT,
    );

    it(
      'no answer to the analyst holds a person’s name or an allegation',
      async () => {
        const analyst = await token('analyst');
        const reads: Array<[Service, string]> = [
          ['clue', '/api/v1/clues'],
          ['clue', '/api/v1/clues/overdue'],
          ...Object.values(ids.clues).map((id): [Service, string] => [
            'clue',
            `/api/v1/clues/${id}`,
          ]),
          ['inspection', '/api/v1/inspections'],
          ['inspection', `/api/v1/inspections/${ids.inspectionA}`],
          ['rectification', '/api/v1/rectification-cases'],
          ['query', `/api/v1/stats?jurisdiction=${CITY}`],
          ...['clues.transferred', 'clues.concluded', 'problems.found'].map(
            (figure): [Service, string] => ['query', `/api/v1/stats/records?figure=${figure}`],
          ),
          ...['problems', 'clues', 'rectification', 'immediate-items'].flatMap((ledger) =>
            ['json', 'csv', 'xlsx'].map((format): [Service, string] => [
              'query',
              `/api/v1/ledgers/${ledger}?format=${format}`,
            ]),
          ),
          ['query', `/api/v1/targets/${ids.targetA}/dossier`],
          ['query', '/api/v1/overdue'],
          ['query', '/api/v1/common-problems'],
          ['query', '/api/v1/clue-distribution?by=rank'],
          ['query', `/api/v1/rounds/${ids.round}/team-figures`],
          ['query', '/dashboard'],
        ];
        const leaks: string[] = [];
        await inPool(
          reads.map(([service, path]) => async () => {
            const answer = await call(service, 'GET', path, analyst);
            if (answer.status !== 200) leaks.push(`${service} ${path}: ${answer.status}`);
            const text = await textOf(answer);
            for (const secret of SECRET_TEXTS) {
              if (text.includes(secret)) leaks.push(`${service} ${path} holds ${secret}`);
            }
          }),
        );
        expect(leaks).toEqual([]);
        // Not vacuous: the analyst's answers do hold the clues, without the secrets.
        const clues = await expectStatus(200, 'clue', 'GET', '/clues', analyst);
        expect(idsOf(clues).sort()).toEqual(Object.values(ids.clues).sort());
        const ledger = await expectStatus(200, 'query', 'GET', '/ledgers/clues', analyst);
        expect((ledger.items as Json[]).length).toBeGreaterThanOrEqual(3);
      },
      STEP_TIMEOUT,
    );

    it(
      'every role with a token of the sibling county reaches nothing of the other',
      async () => {
        // Records of county A and of the city above it: outside county B's subtree, so they answer
        // 404 as if they did not exist (issue 16). County B's own records name the city's round
        // and term plan, so lists are searched for county A's.
        const records: Array<[Service, string]> = [
          ['planning', `/api/v1/targets/${ids.targetA}`],
          ['planning', `/api/v1/term-plans/${ids.termPlan}`],
          ['planning', `/api/v1/term-plans/${ids.termPlan}/coverage`],
          ['planning', `/api/v1/term-plans/${ids.termPlan}/warnings`],
          ['planning', `/api/v1/rounds/${ids.round}`],
          ['planning', `/api/v1/cadres/${ids.cadres.A.leader}`],
          ['inspection', `/api/v1/inspections/${ids.inspectionA}`],
          ...(['c1', 'c2', 'c3'] as const).flatMap((clue): Array<[Service, string]> => [
            ['clue', `/api/v1/clues/${ids.clues[clue]}`],
            ['clue', `/api/v1/clues/${ids.clues[clue]}/reads`],
          ]),
          ['rectification', `/api/v1/rectification-cases/${ids.caseA}`],
          ['rectification', `/api/v1/rectification-cases/${ids.caseA}/disclosure`],
          ['query', `/api/v1/targets/${ids.targetA}/dossier`],
          ['query', `/api/v1/rounds/${ids.round}/team-figures`],
        ];
        // Questions naming a jurisdiction outside the caller's: refused (403), naming only what
        // the caller named itself.
        const namedOutside: Array<[Service, string]> = [
          ['planning', `/api/v1/deadlines/${COUNTY_A}`],
          ['rectification', `/api/v1/rectification-deadlines/${COUNTY_A}`],
          ['query', `/api/v1/stats?jurisdiction=${COUNTY_A}`],
          ['query', `/api/v1/stats/records?figure=problems.found&jurisdiction=${COUNTY_A}`],
          ['query', `/api/v1/ledgers/clues?jurisdiction=${COUNTY_A}`],
          ['query', `/dashboard?jurisdiction=${COUNTY_A}`],
        ];
        /** A record out of reach answers 404 problem+json, as one that does not exist: no county named. */
        const hidden = (answer: Answer) =>
          answer.status === 404 &&
          answer.contentType.startsWith('application/problem+json') &&
          !answer.text.includes(COUNTY_A) &&
          !answer.text.includes(CITY);
        const writes: Array<[Service, string, string, unknown]> = [
          ['inspection', 'POST', `/api/v1/inspections/${ids.inspectionA}/visits`, VISIT],
          [
            'clue',
            'POST',
            `/api/v1/clues/${ids.clues.c1}/receipt`,
            { receivedAt: new Date().toISOString() },
          ],
          [
            'clue',
            'POST',
            `/api/v1/clues/${ids.clues.c2}/receipt`,
            { receivedAt: new Date().toISOString() },
          ],
          ['clue', 'DELETE', `/api/v1/clues/${ids.clues.c3}/personal-data`, { reason: '测试' }],
          [
            'rectification',
            'POST',
            `/api/v1/rectification-cases/${ids.caseA}/supervision-notes`,
            { note: '督促' },
          ],
        ];
        const lists: Array<[Service, string]> = [
          ['planning', '/api/v1/targets'],
          ['planning', '/api/v1/term-plans'],
          ['planning', '/api/v1/rounds'],
          ['planning', '/api/v1/cadres'],
          ['inspection', '/api/v1/inspections'],
          ['clue', '/api/v1/clues'],
          ['clue', '/api/v1/clues/overdue'],
          ['rectification', '/api/v1/rectification-cases'],
          ['rectification', '/api/v1/rectification-cases/overdue'],
          ...['problems', 'clues', 'rectification', 'immediate-items'].map(
            (ledger): [Service, string] => ['query', `/api/v1/ledgers/${ledger}`],
          ),
          ['query', '/api/v1/stats/records?figure=problems.found'],
          ['query', '/api/v1/stats/records?figure=targets.inScope'],
          ['query', '/api/v1/overdue'],
          ['query', '/api/v1/common-problems'],
          ['query', '/api/v1/clue-distribution?by=rank'],
        ];
        const outside = [
          ids.targetA,
          ids.inspectionA,
          ids.caseA,
          ids.clues.c1,
          ids.clues.c2,
          ids.clues.c3,
        ];
        const allowedFor = (service: Service, path: string, method: string, role: Role) => {
          const row = Object.entries(ROLE_TABLE[`${service}-service`]).find(([operation]) => {
            const [m, pattern] = operation.split(' ');
            const regex = new RegExp(`^${pattern.replace(/\{\w+\}/g, '[^/]+')}$`);
            return m === method && regex.test(path.split('?')[0]);
          });
          if (!row) throw new Error(`no row for ${method} ${service} ${path}`);
          return isAllowed(row[1], role);
        };
        const failures: string[] = [];
        const tasks: Array<() => Promise<void>> = [];
        for (const role of ROLES) {
          // The same cadre or organization as in county A, with county B's jurisdiction.
          const sub =
            role === 'team' ? ids.cadres.A.leader : role === 'inspected' ? ids.targetA : undefined;
          const as = await token(role, COUNTY_B, sub);
          for (const [service, path] of records) {
            if (!allowedFor(service, path, 'GET', role)) continue;
            tasks.push(async () => {
              const answer = await call(service, 'GET', path, as);
              if (!hidden(answer)) {
                failures.push(
                  `${role}@${COUNTY_B} GET ${service} ${path}: ${answer.status} ${answer.text.slice(0, 200)}`,
                );
              }
            });
          }
          for (const [service, path] of namedOutside) {
            if (!allowedFor(service, path, 'GET', role)) continue;
            tasks.push(async () => {
              const answer = await call(service, 'GET', path, as);
              if (answer.status !== 403 || answer.text.includes(CITY)) {
                failures.push(`${role}@${COUNTY_B} GET ${service} ${path}: ${answer.status}`);
              }
            });
          }
          for (const [service, method, path, body] of writes) {
            if (!allowedFor(service, path, method, role)) continue;
            tasks.push(async () => {
              const answer = await call(service, method, path, as, body);
              if (!hidden(answer)) {
                failures.push(
                  `${role}@${COUNTY_B} ${method} ${service} ${path}: ${answer.status} ${answer.text.slice(0, 200)}`,
                );
              }
            });
          }
          for (const [service, path] of lists) {
            if (!allowedFor(service, path, 'GET', role)) continue;
            tasks.push(async () => {
              const answer = await call(service, 'GET', path, as);
              if (answer.status !== 200) {
                failures.push(`${role}@${COUNTY_B} GET ${service} ${path}: ${answer.status}`);
              }
              for (const id of outside) {
                if (answer.text.includes(id)) {
                  failures.push(`${role}@${COUNTY_B} GET ${service} ${path} lists ${id}`);
                }
              }
            });
          }
        }
        await inPool(tasks);
        expect(failures).toEqual([]);

        // Not vacuous: county B's office does see county B's records.
        const officeB = await token('office', COUNTY_B);
        const seen = async (service: Service, path: string) =>
          idsOf(await expectStatus(200, service, 'GET', path, officeB));
        expect(await seen('inspection', '/inspections')).toEqual([ids.inspectionB]);
        expect(await seen('clue', '/clues')).toEqual([ids.clues.c4]);
        expect(await seen('rectification', '/rectification-cases')).toEqual([ids.caseB]);
      },
      STEP_TIMEOUT,
    );
  });
});
