import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestBroker, type TestBroker } from '@xuncha/platform-bus/testing';
import { resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import {
  SystemClient,
  portsFrom,
  startSystem,
  type Ports,
  type RunningSystem,
} from '@xuncha/platform-nest/testing';

/**
 * One whole inspection cycle over HTTP across the five processes started by
 * tools/start.mjs: plan → launch → stationing → talks → findings, an
 * immediate item and a clue → report → hearing → feedback → clue transfer,
 * receipt and outcome → rectification plan, sign-offs, report, assessment →
 * statistics. Once on the embedded log, once on the Kafka test broker.
 */

const JURISDICTION = '611000';
const HEADCOUNT = 20; // under 30: every member of staff is talked to
const STEP_TIMEOUT = 120_000;

/** ISO calendar day `offset` days from today (the services run on the real clock). */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A Beijing-time instant on that day. */
const at = (offset: number, time = '10:00:00') => `${day(offset)}T${time}+08:00`;

describe.each([
  ['embedded log', 4611],
  ['Kafka test broker', 4621],
] as const)('one whole inspection cycle across the five processes (%s)', (adapter, firstPort) => {
  const ports = portsFrom(firstPort);
  const api = new SystemClient<keyof Ports>((port) => ports[port]);
  let dir: string;
  let broker: TestBroker | undefined;
  let system: RunningSystem | undefined;
  let key: Uint8Array;
  const timings: Array<[string, number]> = [];
  let stepStarted = 0;

  const token = (role: Role, sub = `${role}-${JURISDICTION}`) =>
    signToken({ sub, roles: [role], jurisdiction: JURISDICTION }, key);
  const tokens = {} as Record<'office' | 'analyst' | 'discipline', string>;

  // What the cycle creates, step by step.
  const ids = {} as {
    target: string;
    leader: string;
    deputy: string;
    liaison: string;
    members: string[];
    termPlan: string;
    round: string;
    team: string;
    inspection: string;
    finding: string;
    immediateItem: string;
    clue: string;
    case: string;
  };
  const team = {} as Record<'leader' | 'member', string>;

  const time = (step: string) => {
    const now = Date.now();
    if (stepStarted) timings.push([step, now - stepStarted]);
    stepStarted = now;
  };

  beforeAll(async () => {
    stepStarted = Date.now();
    dir = mkdtempSync(join(tmpdir(), 'xuncha-cycle-'));
    const env: Record<string, string> = { LOG_LEVEL: 'warn' };
    if (adapter === 'Kafka test broker') {
      broker = await startTestBroker();
      env.KAFKA_BROKERS = broker.brokers.join(',');
    }
    system = await startSystem({ dataDir: dir, ports, env, timeoutMs: 90_000 });
    key = resolveSigningKey(dir);
    tokens.office = await token('office');
    tokens.analyst = await token('analyst');
    tokens.discipline = await token('discipline');
    time('start the five services');
  }, 150_000);

  afterAll(async () => {
    await system?.stop();
    await broker?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
    process.stdout.write(
      `cycle timings (${adapter}): ${timings.map(([step, ms]) => `${step} ${ms} ms`).join(', ')}; total ${total} ms\n`,
    );
  }, 30_000);

  const planning = (method: 'GET' | 'POST', path: string, body?: unknown, status = 200) =>
    api.expect(status, 'PLANNING_PORT', method, path, tokens.office, body);

  it(
    'plans: target, cadres, term plan, round, team, approval, launch',
    async () => {
      ids.target = (
        await planning(
          'POST',
          '/targets',
          {
            name: '商洛市财政局',
            category: 'government-department',
            tier: 'city',
            jurisdiction: JURISDICTION,
            headcount: HEADCOUNT,
            leader: '张某某',
          },
          201,
        )
      ).id as string;
      const cadre = async (name: string, pools: string[], expertise: string[]) =>
        (
          await planning(
            'POST',
            '/cadres',
            { name, jurisdiction: JURISDICTION, pools, expertise },
            201,
          )
        ).id as string;
      ids.leader = await cadre('组长甲', ['leader'], ['党建']);
      ids.deputy = await cadre('副组长乙', ['talent'], ['纪检']);
      ids.liaison = await cadre('联络员丙', ['talent'], ['组织']);
      ids.members = [
        await cadre('组员丁', ['talent'], ['财务']),
        await cadre('组员戊', ['talent'], ['审计']),
      ];

      const year = new Date().getUTCFullYear();
      ids.termPlan = (
        await planning(
          'POST',
          '/term-plans',
          {
            name: '市委巡察规划',
            jurisdiction: JURISDICTION,
            from: `${year - 1}-01-01`,
            to: `${year + 3}-12-31`,
            targetIds: [ids.target],
          },
          201,
        )
      ).id as string;
      await planning('POST', `/term-plans/${ids.termPlan}/adopt`, {});

      ids.round = (
        await planning(
          'POST',
          '/rounds',
          {
            termPlanId: ids.termPlan,
            ordinal: 1,
            kind: 'regular',
            modes: [],
            window: { from: day(-60), to: day(30) },
          },
          201,
        )
      ).id as string;
      const formed = await planning('POST', `/rounds/${ids.round}/teams`, {
        leaderId: ids.leader,
        deputyIds: [ids.deputy],
        liaisonId: ids.liaison,
        memberIds: ids.members,
        targetIds: [ids.target],
      });
      ids.team = formed.teamId as string;
      await planning('POST', `/rounds/${ids.round}/approve`, {});
      await planning('POST', `/rounds/${ids.round}/launch`, {});
      const round = await planning('GET', `/rounds/${ids.round}`);
      expect(round).toMatchObject({ status: 'launched', teams: [{ teamId: ids.team }] });
      team.leader = await token('team', ids.leader);
      team.member = await token('team', ids.members[0]);
      time('plan and launch');
    },
    STEP_TIMEOUT,
  );

  it(
    'inspects: stationing, talks, a finding, an immediate item, a clue, report, hearing, feedback',
    async () => {
      const inspection = (
        method: 'GET' | 'POST',
        path: string,
        as: string,
        body?: unknown,
        status = 200,
      ) => api.expect(status, 'INSPECTION_PORT', method, `/inspections${path}`, as, body);

      const opened = await api.eventually(async () => {
        const { items } = await inspection(
          'GET',
          `?roundId=${ids.round}&targetId=${ids.target}`,
          tokens.office,
        );
        return items?.[0];
      }, 'the inspection opened by the launch');
      expect(opened).toMatchObject({ teamId: ids.team, status: 'opened', headcount: HEADCOUNT });
      ids.inspection = opened.id as string;
      time('inspection opened');
      const id = ids.inspection;

      await inspection('POST', `/${id}/stationing`, team.leader, {
        announcedAt: at(-50, '09:00:00'),
        channels: ['phone', 'mailbox', 'online'],
      });
      for (const [group, count] of [
        ['leadership', 5],
        ['party-member', 8],
        ['middle-manager', 3],
        ['minority', 2],
        ['generational', 2],
      ] as const) {
        await inspection('POST', `/${id}/talks`, team.member, { group, count, date: day(-45) });
      }
      const finding = await inspection(
        'POST',
        `/${id}/findings`,
        team.leader,
        {
          title: '超标准列支会议费',
          description: '超标准列支会议费12.64万元',
          focusItem: 'SGJJ-2-07',
          involvedRank: 'leadership',
          amount: 126400.5,
        },
        201,
      );
      ids.finding = finding.findingId as string;
      ids.immediateItem = (
        await inspection(
          'POST',
          `/${id}/immediate-items`,
          team.leader,
          { title: '清退超标准会议费', findingId: ids.finding, dueBy: day(-20) },
          201,
        )
      ).itemId as string;
      ids.clue = (
        await inspection(
          'POST',
          `/${id}/clues`,
          team.leader,
          {
            findingId: ids.finding,
            person: { name: '王某某', position: '办公室主任', rank: 'section' },
            allegation: '虚列会议费套取资金',
            discipline: 'integrity',
            urgent: false,
          },
          201,
        )
      ).clueId as string;

      const shown = await inspection('GET', `/${id}`, tokens.office);
      expect(shown.coverage).toMatchObject({
        headcount: HEADCOUNT,
        required: HEADCOUNT,
        talked: HEADCOUNT,
        met: true,
        missingGroups: [],
      });

      await inspection('POST', `/${id}/report`, team.member, {
        summary: '巡察报告初稿',
        draftedAt: at(-20),
      });
      await inspection('POST', `/${id}/report/approve`, team.leader, { approvedAt: at(-15) });
      await inspection('POST', `/${id}/report/hearing`, tokens.office, {
        heardAt: at(-10, '15:00:00'),
        directives: [
          { pointsAt: 'matter', subject: '会议费问题举一反三，专项清理', owner: '市财政局' },
        ],
      });
      await inspection('POST', `/${id}/feedback`, team.leader, {
        deliveredAt: at(-1),
        copiedTo: ['分管副市长'],
      });
      expect(await inspection('GET', `/${id}`, tokens.office)).toMatchObject({
        findings: [expect.objectContaining({ findingId: ids.finding })],
        report: { stage: 'heard' },
      });
      time('inspect to feedback');
    },
    STEP_TIMEOUT,
  );

  it(
    'handles the clue: assessment, transfer, receipt, disposition, final outcome',
    async () => {
      const clues = (method: 'GET' | 'POST', path: string, as: string, body?: unknown) =>
        api.expect(200, 'CLUE_PORT', method, `/clues${path}`, as, body);

      const registered = await api.eventually(async () => {
        const { items } = await clues('GET', `?inspectionId=${ids.inspection}`, tokens.office);
        return items?.[0];
      }, 'the clue registered from the inspection');
      expect(registered).toMatchObject({ id: ids.clue, status: 'registered' });
      time('clue registered');

      await clues('POST', `/${ids.clue}/assessment`, tokens.office, {
        recipient: 'discipline-commission',
        note: '经集体会商，建议初步核实。',
      });
      await clues('POST', `/${ids.clue}/transfer`, tokens.office, {});
      await clues('POST', `/${ids.clue}/receipt`, tokens.discipline, {
        receivedAt: new Date().toISOString(),
      });
      await clues('POST', `/${ids.clue}/disposition`, tokens.discipline, {
        method: 'preliminary-verification',
      });
      await clues('POST', `/${ids.clue}/outcome`, tokens.discipline, {
        caseFiled: true,
        sanctionedPersons: 1,
        judicialTransfers: 0,
        fundsRecovered: 38000,
        final: true,
      });
      expect(await clues('GET', `/${ids.clue}`, tokens.discipline)).toMatchObject({
        status: 'concluded',
        method: 'preliminary-verification',
        outcome: { caseFiled: true, sanctionedPersons: 1 },
      });
      time('clue handled');
    },
    STEP_TIMEOUT,
  );

  it(
    'rectifies: plan, review, sign-offs, report, assessment',
    async () => {
      const inspected = await token('inspected', ids.target);
      const cases = (method: 'GET' | 'POST', path: string, as: string, body?: unknown) =>
        api.expect(200, 'RECTIFICATION_PORT', method, `/rectification-cases${path}`, as, body);

      const opened = await api.eventually(async () => {
        const { items } = await cases('GET', `?inspectionId=${ids.inspection}`, tokens.office);
        return items?.[0];
      }, 'the rectification case opened by the feedback');
      ids.case = opened.id as string;
      time('case opened');

      const view = await cases('GET', `/${ids.case}`, inspected);
      const items = view.items as Array<{ itemId: string; source: string }>;
      // One item per finding fed back and per immediate item.
      expect(items).toHaveLength(2);
      expect(items.map((item) => item.source).sort()).toEqual(['finding', 'immediate']);

      await cases('POST', `/${ids.case}/plan`, inspected, {
        principalLeader: { name: '张某某', position: '党组书记、局长' },
        items: items.map(({ itemId }) => ({
          itemId,
          measures: ['清退超标准会议费', '修订会议费管理办法'],
          responsible: '李某某',
          deadline: day(60),
        })),
      });
      await cases('POST', `/${ids.case}/plan/review`, tokens.office, {
        decision: 'approve',
        reasons: [],
      });
      for (const { itemId } of items) {
        await cases('POST', `/${ids.case}/items/${itemId}/sign-off`, tokens.office, {
          evidence: '财务凭证、制度文件',
        });
      }
      await cases('POST', `/${ids.case}/report`, inspected, {
        summary: '整改情况报告',
        rulesEstablished: 2,
        fundsRecovered: 10000,
      });
      await cases('POST', `/${ids.case}/assessment`, tokens.office, { grade: 'good' });
      expect(await cases('GET', `/${ids.case}`, tokens.office)).toMatchObject({
        rectifiedCount: 2,
        rectificationRate: 1,
        assessment: { grade: 'good' },
      });
      time('rectified');
    },
    STEP_TIMEOUT,
  );

  it(
    'counts it: coverage in planning, the figures in the query service',
    async () => {
      const coverage = await api.eventually(async () => {
        const body = await api.expect(
          200,
          'PLANNING_PORT',
          'GET',
          `/term-plans/${ids.termPlan}/coverage`,
          tokens.analyst,
        );
        return body.inspected === 1 && body;
      }, 'the target counted inspected in planning');
      expect(coverage).toEqual({
        inScope: 1,
        inspected: 1,
        rate: 1,
        missing: [],
        // The inspection of the regular round covered it.
        covered: [
          {
            targetId: ids.target,
            inspectionId: ids.inspection,
            roundId: ids.round,
            inspectedAt: expect.any(String),
          },
        ],
      });

      const expected = {
        targets: { inScope: 1, inspected: 1, coverageRate: 1 },
        // Problems are findings; the immediate item is counted apart.
        problems: { found: 1, rectified: 1, rectificationRate: 1 },
        clues: {
          transferred: 1,
          concluded: 1,
          conclusionRate: 1,
          casesFiled: 1,
          sanctionedPersons: 1,
          judicialTransfers: 0,
          fundsRecovered: 38000,
        },
        rulesEstablished: 2,
        immediateItems: 1,
      };
      const stats = await api.eventually(async () => {
        const body = await api.expect(
          200,
          'QUERY_PORT',
          'GET',
          `/stats?jurisdiction=${JURISDICTION}&termPlanId=${ids.termPlan}`,
          tokens.analyst,
        );
        expect(body).toMatchObject(expected);
        return body;
      }, 'the statistics of the cycle');
      expect(stats).toMatchObject(expected);
      time('counted');
    },
    STEP_TIMEOUT,
  );
});
