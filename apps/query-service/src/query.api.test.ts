import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import {
  documentedAnswers,
  startService,
  type ServiceHarness,
} from '@xuncha/platform-nest/testing';
import { QUERY_PROJECTIONS } from './projections';
import { queryService } from './query.service';
import { EventFeed } from './testing/event-feed';

/**
 * A small term at two targets, the city finance bureau (611000, city tier)
 * and a Shangzhou district bureau (611002, county tier), one round and team.
 * The clue and rectification topics are published before planning and
 * inspection, so the projections must not depend on the order of topics.
 */
const id = () => randomUUID();
const ids = {
  plan: id(),
  round: id(),
  team: id(),
  a: id(),
  b: id(),
  ia: id(),
  ib: id(),
  f1: id(),
  f2: id(),
  f3: id(),
  imm: id(),
  c1: id(),
  c2: id(),
  caseA: id(),
  caseB: id(),
  i1: id(),
  i2: id(),
  i3: id(),
  d1: id(),
  d2: id(),
  d3: id(),
};
const targetA = {
  targetId: ids.a,
  targetName: '商洛市财政局',
  category: 'government-department',
  tier: 'city',
  jurisdiction: '611000',
  headcount: 86,
};
const targetB = {
  targetId: ids.b,
  targetName: '商州区自然资源局',
  category: 'government-department',
  tier: 'county',
  jurisdiction: '611002',
  headcount: 64,
};

function laterTopics(feed: EventFeed) {
  const clue = (clueId: string, target: typeof targetA, inspectionId: string, rank: string) => ({
    clueId,
    inspectionId,
    targetId: target.targetId,
    jurisdiction: target.jurisdiction,
    tier: target.tier,
    involvedRank: rank,
    discipline: 'integrity',
  });
  feed.at('2026-04-25T10:00:00+08:00');
  const c1 = clue(ids.c1, targetA, ids.ia, 'top-leader');
  const c2 = clue(ids.c2, targetB, ids.ib, 'section');
  feed.add('clue.ClueStatusChanged', { ...c1, change: 'transferred', status: 'transferred' }, [
    'method',
    'outcome',
  ]);
  feed.add('clue.ClueStatusChanged', { ...c2, change: 'transferred', status: 'transferred' }, [
    'method',
    'outcome',
  ]);
  feed.at('2026-07-01T10:00:00+08:00');
  feed.add('clue.ClueStatusChanged', { ...c1, change: 'concluded', status: 'concluded' });
  feed.add('clue.ClueStatusChanged', { ...c2, change: 'overdue', status: 'transferred' }, [
    'method',
    'outcome',
  ]);

  feed.at('2026-04-20T10:00:00+08:00');
  feed.add('rectification.RectificationCaseOpened', {
    caseId: ids.caseA,
    feedbackId: id(),
    inspectionId: ids.ia,
    roundId: ids.round,
    targetId: ids.a,
    targetName: targetA.targetName,
    jurisdiction: '611000',
    tier: 'city',
    items: [
      { itemId: ids.i1, source: 'finding', findingId: ids.f1, title: '超标准列支会议费' },
      { itemId: ids.i2, source: 'finding', findingId: ids.f2, title: '政府采购内控不严' },
      { itemId: ids.imm, source: 'immediate', findingId: ids.f1, title: '清退会议费' },
    ],
  });
  feed.add('rectification.RectificationCaseOpened', {
    caseId: ids.caseB,
    feedbackId: id(),
    inspectionId: ids.ib,
    roundId: ids.round,
    targetId: ids.b,
    targetName: targetB.targetName,
    jurisdiction: '611002',
    tier: 'county',
    items: [{ itemId: ids.i3, source: 'finding', findingId: ids.f3, title: '耕地保护不力' }],
  });
  feed.at('2026-06-01T10:00:00+08:00');
  feed.add('rectification.RectificationItemSignedOff', { caseId: ids.caseA, itemId: ids.i1 });
  feed.add('rectification.RectificationItemSignedOff', { caseId: ids.caseA, itemId: ids.imm });
  feed.add('rectification.RectificationReportSubmitted', {
    caseId: ids.caseA,
    rulesEstablished: 3,
    fundsRecovered: 126400.5,
  });
  feed.at('2026-09-01T08:00:00+08:00');
  feed.add('rectification.RectificationOverdue', {
    caseId: ids.caseA,
    what: 'item',
    itemId: ids.i2,
    dueBy: '2026-08-31',
  });
  feed.add(
    'rectification.RectificationOverdue',
    {
      caseId: ids.caseB,
      what: 'plan',
      dueBy: '2026-05-12',
    },
    ['itemId'],
  );
}

function earlierTopics(feed: EventFeed) {
  feed.at('2026-01-05T09:00:00+08:00');
  feed.add('planning.TargetRegistered', targetA, ['partyMemberCount']);
  feed.add('planning.TargetRegistered', targetB, ['partyMemberCount']);
  feed.add('planning.TermPlanAdopted', { termPlanId: ids.plan, targetIds: [ids.a, ids.b] });
  feed.add('planning.RoundLaunched', {
    roundId: ids.round,
    termPlanId: ids.plan,
    ordinal: 10,
    teams: [
      {
        teamId: ids.team,
        leaderId: id(),
        deputyIds: [],
        liaisonId: id(),
        memberIds: [],
        targets: [targetA, targetB],
      },
    ],
  });
  for (const [inspectionId, target] of [
    [ids.ia, targetA],
    [ids.ib, targetB],
  ] as const) {
    feed.at('2026-03-09T09:00:00+08:00');
    feed.add('inspection.InspectionOpened', {
      inspectionId,
      roundId: ids.round,
      termPlanId: ids.plan,
      teamId: ids.team,
      target,
    });
    feed.add('inspection.InspectionStationed', {
      inspectionId,
      announcedAt: '2026-03-10T09:00:00+08:00',
    });
    feed.add('inspection.TalksRecorded', {
      inspectionId,
      group: 'leadership',
      cumulative: inspectionId === ids.ia ? 19 : 7,
    });
  }
  feed.add('inspection.TalkGroupMarkedNotApplicable', {
    inspectionId: ids.ia,
    group: 'minority',
    reason: '本单位无少数民族职工',
    markedAt: '2026-03-12T09:00:00+08:00',
  });
  const finding = (
    findingId: string,
    target: typeof targetA,
    inspectionId: string,
    focusItem: string,
  ) => ({
    findingId,
    inspectionId,
    roundId: ids.round,
    targetId: target.targetId,
    jurisdiction: target.jurisdiction,
    tier: target.tier,
    title: `问题-${focusItem}`,
    focusItem,
  });
  feed.add('inspection.FindingRecorded', {
    ...finding(ids.f1, targetA, ids.ia, 'SGJJ-2-07'),
    keyProblem: true,
    publicConcern: true,
  });
  feed.add('inspection.FindingRecorded', finding(ids.f2, targetA, ids.ia, 'SGJJ-1-12'), [
    'keyProblem',
  ]);
  feed.add(
    'inspection.FindingRecorded',
    { ...finding(ids.f3, targetB, ids.ib, 'SGJJ-2-07'), keyProblem: true },
    ['amount'],
  );
  feed.add('inspection.ImmediateItemAssigned', {
    itemId: ids.imm,
    inspectionId: ids.ia,
    targetId: ids.a,
    findingId: ids.f1,
  });
  feed.add('inspection.ClueRecorded', {
    clueId: ids.c1,
    inspectionId: ids.ia,
    roundId: ids.round,
    targetId: ids.a,
    involvedRank: 'top-leader',
    findingId: ids.f2,
  });
  feed.add('inspection.ClueRecorded', {
    clueId: ids.c2,
    inspectionId: ids.ib,
    roundId: ids.round,
    targetId: ids.b,
    jurisdiction: '611002',
    tier: 'county',
    findingId: ids.f3,
  });
  // 书记点人点事: three directives of the city bureau's hearing, owned by two departments:
  // one closed, one overdue, one open; and one of the district's.
  feed.at('2026-04-10T15:00:00+08:00');
  const directive = (directiveId: string, inspectionId: string, owner: string, dueBy: string) =>
    feed.add('inspection.DirectiveIssued', {
      inspectionId,
      directiveId,
      heardAt: '2026-04-10T15:00:00+08:00',
      owner,
      dueBy,
    });
  directive(ids.d1, ids.ia, '市财政局', '2026-05-31');
  directive(ids.d2, ids.ia, '市财政局', '2026-05-31');
  directive(ids.d3, ids.ia, '市纪委监委', '2026-12-31');
  directive(ids.d1, ids.ib, '商州区自然资源局', '2026-06-30');
  feed.add('inspection.DirectiveClosed', {
    inspectionId: ids.ia,
    directiveId: ids.d1,
    closedAt: '2026-05-20T10:00:00+08:00',
  });
  feed.add('inspection.DirectiveOverdue', {
    inspectionId: ids.ia,
    directiveId: ids.d2,
    dueBy: '2026-05-31',
    detectedAt: '2026-06-01T00:00:00+08:00',
  });
  // 成果运用 after the city bureau's hearing: a recommendation letter and a prompt to the commission.
  for (const [useId, kind] of [
    [id(), 'recommendation-letter'],
    [id(), 'discipline-prompt'],
  ] as const) {
    feed.add('inspection.ResultUseRecorded', {
      inspectionId: ids.ia,
      useId,
      kind,
      roundId: ids.round,
      targetId: ids.a,
      jurisdiction: '611000',
      tier: 'city',
      sentAt: '2026-04-12T10:00:00+08:00',
    });
  }
  // The district bureau's hearing came late: raised after its due day.
  feed.add('inspection.InspectionStepOverdue', {
    inspectionId: ids.ib,
    step: 'hearing',
    dueBy: '2026-04-09',
    detectedAt: '2026-04-10T00:30:00+08:00',
  });
  feed.at('2026-04-19T10:00:00+08:00');
  for (const [inspectionId, target, findings] of [
    [ids.ia, targetA, [ids.f1, ids.f2]],
    [ids.ib, targetB, [ids.f3]],
  ] as const) {
    feed.add('inspection.FeedbackDelivered', {
      feedbackId: id(),
      inspectionId,
      roundId: ids.round,
      termPlanId: ids.plan,
      targetId: target.targetId,
      targetName: target.targetName,
      jurisdiction: target.jurisdiction,
      tier: target.tier,
      deliveredAt: '2026-04-19T10:00:00+08:00',
      findings: findings.map((findingId) => ({
        findingId,
        title: '问题',
        focusItem: 'SGJJ-2-07',
        catalogVersion: '三个聚焦-2022',
        involvedRank: 'section',
      })),
      immediateItems: [],
    });
  }
}

describe('query service', () => {
  let harness: ServiceHarness;
  let analyst: string;

  beforeAll(async () => {
    harness = await startService(queryService);
    analyst = await harness.token('analyst', '611000');
    const later = new EventFeed();
    laterTopics(later);
    await later.flush(harness.bus);
    await harness.settled();
    const earlier = new EventFeed();
    earlierTopics(earlier);
    await earlier.flush(harness.bus);
    await harness.settled();
  });
  afterAll(() => harness.close());

  const get = (path: string, token = analyst) =>
    harness.http().get(path).set('authorization', `Bearer ${token}`);

  describe('statistics', () => {
    it('counts whatever order the topics arrived in', async () => {
      const res = await get('/api/v1/stats').expect(200);
      expect(res.body).toMatchObject({
        targets: { inScope: 2, inspected: 2, coverageRate: 1 },
        problems: { found: 3, rectified: 1, rectificationRate: 0.3333, fedBack: 3 },
        clues: { transferred: 2, concluded: 1, conclusionRate: 0.5, casesFiled: 1 },
        rulesEstablished: 3,
        immediateItems: 1,
      });
    });

    it('counts key problems and public concerns, found and put right (重点问题、急难愁盼)', async () => {
      const res = await get('/api/v1/stats').expect(200);
      // f1 key and public concern, signed off; f3 key, not yet; f2 neither.
      expect(res.body.problems).toMatchObject({
        key: 2,
        keyRectified: 1,
        publicConcerns: 1,
        publicConcernsSolved: 1,
      });
      const keys = await get(res.body.links['problems.key']).expect(200);
      expect(keys.body.items.map((f: { _id: string }) => f._id).sort()).toEqual(
        [ids.f1, ids.f3].sort(),
      );
      const ledger = await get('/api/v1/ledgers/problems?publicConcern=true').expect(200);
      expect(ledger.body.items).toEqual([
        expect.objectContaining({ _id: ids.f1, keyProblem: true, publicConcern: true }),
      ]);
    });

    it('counts the directives ledger (书记点人点事台账): issued, closed, overdue; lists and exports it', async () => {
      const city = await get('/api/v1/stats?jurisdiction=611000').expect(200);
      expect(city.body.directives).toEqual({ issued: 4, closed: 1, overdue: 1 });
      const county = await get('/api/v1/stats?jurisdiction=611002').expect(200);
      expect(county.body.directives).toEqual({ issued: 1, closed: 0, overdue: 0 });
      const overdue = await get(city.body.links['directives.overdue']).expect(200);
      expect(overdue.body.items).toEqual([expect.objectContaining({ _id: `${ids.ia}:${ids.d2}` })]);
      const ledger = await get('/api/v1/ledgers/directives?status=open&sort=dueBy').expect(200);
      expect(
        ledger.body.items.map((d: { owner: string; targetName: string }) => [
          d.targetName,
          d.owner,
        ]),
      ).toEqual([
        ['商洛市财政局', '市财政局'],
        ['商州区自然资源局', '商州区自然资源局'],
        ['商洛市财政局', '市纪委监委'],
      ]);
      // One hearing's directives (per inspection), and one round's.
      const hearing = await get(`/api/v1/ledgers/directives?inspectionId=${ids.ib}`).expect(200);
      expect(hearing.body.items).toEqual([expect.objectContaining({ owner: '商州区自然资源局' })]);
      const round = await get(`/api/v1/stats?roundId=${ids.round}`).expect(200);
      expect(round.body.directives.issued).toBe(4);
      const lists = await get('/api/v1/overdue').expect(200);
      // The district's hearing was late: listed until the feedback shows it held.
      expect(lists.body.inspections).toEqual([]);
      const before = await get('/api/v1/overdue?asOf=2026-04-15T00:00:00%2B08:00').expect(200);
      expect(before.body.inspections).toEqual([
        expect.objectContaining({
          inspectionId: ids.ib,
          targetName: '商州区自然资源局',
          step: 'hearing',
          dueBy: '2026-04-09',
        }),
      ]);
      expect(lists.body.directives).toEqual([
        expect.objectContaining({
          directiveId: ids.d2,
          owner: '市财政局',
          targetName: '商洛市财政局',
        }),
      ]);
    });

    it('counts the uses of the results by kind (成果运用), each figure leading to its records', async () => {
      const { body } = await get('/api/v1/stats').expect(200);
      expect(body.resultUses).toEqual({
        'recommendation-letter': 1,
        'thematic-report': 0,
        'department-suggestion': 0,
        'discipline-prompt': 1,
        'organization-prompt': 0,
        'written-warning': 0,
      });
      const prompts = await get(body.links['resultUses.discipline-prompt']).expect(200);
      expect(prompts.body.items).toEqual([expect.objectContaining({ kind: 'discipline-prompt' })]);
      const county = await get('/api/v1/stats?jurisdiction=611002').expect(200);
      expect(county.body.resultUses['recommendation-letter']).toBe(0);
    });

    it('narrows to a subtree and a tier', async () => {
      const county = await get('/api/v1/stats?jurisdiction=611002').expect(200);
      expect(county.body.targets.inScope).toBe(1);
      expect(county.body.problems).toMatchObject({ found: 1, rectified: 0, rectificationRate: 0 });
      const city = await get('/api/v1/stats?tier=city').expect(200);
      expect(city.body.problems.found).toBe(2);
    });

    it('answers as of an instant from a replay, leaving the live read models alone', async () => {
      const before = await get('/api/v1/stats?asOf=2026-05-01T00:00:00%2B08:00').expect(200);
      expect(before.body).toMatchObject({
        targets: { inScope: 2, inspected: 2 },
        problems: { found: 3, rectified: 0 },
        clues: { transferred: 2, concluded: 0 },
        rulesEstablished: 0,
      });
      const early = await get('/api/v1/stats?asOf=2026-02-01T00:00:00Z').expect(200);
      expect(early.body.targets).toMatchObject({ inScope: 2, inspected: 0, coverageRate: 0 });
      const drill = await get(
        '/api/v1/stats/records?figure=problems.unrectified&asOf=2026-05-01T00:00:00Z',
      ).expect(200);
      expect(drill.body.items).toHaveLength(3);
      expect((await get('/api/v1/stats').expect(200)).body.problems.rectified).toBe(1);
    });

    it('applies a period', async () => {
      const res = await get('/api/v1/stats?from=2026-05-01&to=2026-12-31').expect(200);
      expect(res.body.targets.inspected).toBe(0);
      expect(res.body.problems.found).toBe(0);
    });
  });

  describe('ledgers', () => {
    it('pages the problem ledger with its rectification status, sorted and filtered', async () => {
      const first = await get('/api/v1/ledgers/problems?sort=focusItem&limit=2').expect(200);
      expect(first.body.items.map((f: { focusItem: string }) => f.focusItem)).toEqual([
        'SGJJ-1-12',
        'SGJJ-2-07',
      ]);
      const second = await get(
        `/api/v1/ledgers/problems?sort=focusItem&limit=2&cursor=${first.body.next}`,
      ).expect(200);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.next).toBeUndefined();
      const rectified = await get('/api/v1/ledgers/problems?status=rectified').expect(200);
      expect(rectified.body.items.map((f: { _id: string }) => f._id)).toEqual([ids.f1]);
      await get('/api/v1/ledgers/problems?sort=title').expect(400);
      await get('/api/v1/ledgers/nothing').expect(404);
      // Names every object has are no ledger either (own properties only).
      for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        await get(`/api/v1/ledgers/${name}`)
          .expect(404)
          .expect('content-type', /problem\+json/);
      }
    });

    it('exports every page as CSV with a BOM and Chinese headers', async () => {
      const res = await get('/api/v1/ledgers/problems?format=csv&limit=1')
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
        })
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="problems.csv"/);
      const text = res.body as string;
      expect(text.startsWith('\uFEFF问题编号,发现日期,')).toBe(true);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
      expect(text).toContain('已整改（销号）');
    });

    it('exports every page as an Excel workbook with typed cells', async () => {
      const res = await get('/api/v1/ledgers/problems?format=xlsx&limit=1')
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="problems.xlsx"/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      expect(sheet.rowCount).toBe(4);
      expect(sheet.getRow(1).getCell(1).value).toBe('问题编号');
      const statuses = [2, 3, 4].map((r) => sheet.getRow(r).values as unknown[]);
      expect(JSON.stringify(statuses)).toContain('已整改（销号）');
    });

    it('lists clues without names or allegations, and the other ledgers', async () => {
      const clues = await get('/api/v1/ledgers/clues').expect(200);
      expect(clues.body.items).toHaveLength(2);
      // The target's name is the organization's; no person's name or allegation travels.
      expect(JSON.stringify(clues.body)).not.toMatch(/person|allegation|"name"/);
      const cases = await get('/api/v1/ledgers/rectification?overdue=true').expect(200);
      expect(cases.body.items.map((c: { _id: string }) => c._id).sort()).toEqual(
        [ids.caseA, ids.caseB].sort(),
      );
      const immediate = await get('/api/v1/ledgers/immediate-items').expect(200);
      expect(immediate.body.items).toEqual([
        expect.objectContaining({ _id: ids.imm, done: true, roundId: ids.round }),
      ]);
    });

    it('names the target and the round (第N轮) of each row: ledgers, exports, drill-downs, overdue clues', async () => {
      const problems = await get('/api/v1/ledgers/problems').expect(200);
      const byId = new Map(
        problems.body.items.map((f: { _id: string; targetName: string; roundLabel: string }) => [
          f._id,
          [f.targetName, f.roundLabel],
        ]),
      );
      expect(byId.get(ids.f1)).toEqual([targetA.targetName, '第10轮']);
      expect(byId.get(ids.f3)).toEqual([targetB.targetName, '第10轮']);
      const clues = await get('/api/v1/ledgers/clues').expect(200);
      expect(
        Object.fromEntries(
          clues.body.items.map((c: { _id: string; targetName: string }) => [c._id, c.targetName]),
        ),
      ).toEqual({ [ids.c1]: targetA.targetName, [ids.c2]: targetB.targetName });
      for (const ledger of ['problems', 'clues', 'directives']) {
        const csv = await get(`/api/v1/ledgers/${ledger}?format=csv`)
          .buffer(true)
          .parse((response, done) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
            response.on('end', () => done(null, text));
          })
          .expect(200);
        const [header, ...rows] = (csv.body as string).replace('\uFEFF', '').split('\r\n');
        const columns = header.split(',');
        const cells = rows.filter(Boolean).map((row) => row.split(','));
        const target = columns.indexOf('被巡察对象');
        const round = columns.indexOf('轮次');
        expect(cells.map((cell) => cell[target]).sort()).toEqual(
          {
            problems: [targetA.targetName, targetA.targetName, targetB.targetName],
            clues: [targetA.targetName, targetB.targetName],
            directives: [
              targetA.targetName,
              targetA.targetName,
              targetA.targetName,
              targetB.targetName,
            ],
          }[ledger]!.sort(),
        );
        expect(new Set(cells.map((cell) => cell[round]))).toEqual(new Set(['第10轮']));
      }
      // And where the same rows are reached from a figure or the overdue list.
      const drill = await get('/api/v1/stats/records?figure=problems.found').expect(200);
      expect(
        drill.body.items.map((f: { targetName: string; roundLabel: string }) => [
          f.targetName,
          f.roundLabel,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [targetA.targetName, '第10轮'],
          [targetB.targetName, '第10轮'],
        ]),
      );
      const overdue = await get('/api/v1/overdue').expect(200);
      expect(overdue.body.clues).toEqual([
        expect.objectContaining({
          _id: ids.c2,
          targetName: targetB.targetName,
          roundLabel: '第10轮',
        }),
      ]);
    });
  });

  describe('analyst questions', () => {
    it('gives a target’s dossier within the caller’s jurisdiction', async () => {
      const res = await get(`/api/v1/targets/${ids.a}/dossier`).expect(200);
      expect(res.body.target).toMatchObject({ _id: ids.a, name: '商洛市财政局' });
      expect(res.body.inspections).toHaveLength(1);
      expect(res.body.findings).toHaveLength(2);
      expect(res.body.clues).toHaveLength(1);
      expect(res.body.cases).toHaveLength(1);
      expect(res.body.immediateItems).toHaveLength(1);
      const county = await harness.token('analyst', '611002');
      const hidden = await get(`/api/v1/targets/${ids.a}/dossier`, county).expect(404);
      expect(hidden.text).not.toMatch(/611000/);
      await get(`/api/v1/targets/${id()}/dossier`).expect(404);
    });

    it('lists what is overdue', async () => {
      const res = await get('/api/v1/overdue').expect(200);
      expect(res.body.clues.map((c: { _id: string }) => c._id)).toEqual([ids.c2]);
      expect(res.body.plans.map((p: { caseId: string }) => p.caseId)).toEqual([ids.caseB]);
      expect(res.body.items).toEqual([expect.objectContaining({ itemId: ids.i2 })]);
      expect(res.body.reports).toEqual([]);
    });

    it('ranks common problems by the targets they were found at', async () => {
      const res = await get('/api/v1/common-problems').expect(200);
      expect(res.body.items).toEqual([
        { catalogVersion: '三个聚焦-2022', focusItem: 'SGJJ-2-07', targets: 2, findings: 2 },
      ]);
      const all = await get('/api/v1/common-problems?minTargets=1').expect(200);
      expect(all.body.items).toHaveLength(2);
    });

    it('distributes clues by rank, with the share of the key few (关键少数)', async () => {
      const res = await get('/api/v1/clue-distribution?by=rank').expect(200);
      expect(res.body).toMatchObject({ total: 2, keyFew: 0.5 });
      expect(res.body.items).toContainEqual({
        value: 'top-leader',
        label: '一把手',
        clues: 1,
        share: 0.5,
      });
      const byMethod = await get('/api/v1/clue-distribution?by=disposition').expect(200);
      expect(byMethod.body.items.map((i: { label: string }) => i.label).sort()).toEqual(
        ['初步核实', '未确定'].sort(),
      );
      await get('/api/v1/clue-distribution?by=age').expect(400);
    });

    it('gives team figures per round', async () => {
      const res = await get(`/api/v1/rounds/${ids.round}/team-figures`).expect(200);
      expect(res.body.items).toEqual([
        {
          teamId: ids.team,
          targets: 2,
          talks: 26,
          talkGroupsNotApplicable: 1,
          findings: 3,
          clues: 2,
          immediateItems: 1,
          fedBack: 2,
          averageDaysToFeedback: 40,
        },
      ]);
    });
  });

  it('answers as its OpenAPI document says: figures, records, ledgers, analyses, audit', async () => {
    const documented = documentedAnswers(harness);
    const admin = await harness.token('admin', '611000');
    const answers = [
      await get('/api/v1/stats'),
      await get('/api/v1/stats/records?figure=problems.unrectified'),
      await get('/api/v1/stats/records?figure=targets.inScope'),
      ...(await Promise.all(
        ['problems', 'clues', 'rectification', 'immediate-items'].map((ledger) =>
          get(`/api/v1/ledgers/${ledger}`),
        ),
      )),
      await get(`/api/v1/targets/${ids.a}/dossier`),
      await get('/api/v1/overdue'),
      await get('/api/v1/common-problems?minTargets=1'),
      await get('/api/v1/clue-distribution?by=rank'),
      await get(`/api/v1/rounds/${ids.round}/team-figures`),
      await get('/api/v1/audit', admin),
      await get('/api/v1/ledgers/problems?sort=title'),
      await get(`/api/v1/targets/${id()}/dossier`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([...Array(13).fill(200), 400, 404]);
    for (const answer of answers) await documented(answer);
  });

  describe('dashboard', () => {
    it('renders the rates as SVG charts for a token holder', async () => {
      const res = await get('/dashboard').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      expect(res.text).toContain('<svg');
      expect(res.text).toContain('巡察覆盖率');
      expect(res.text).toContain('第10轮');
      expect(res.text).toContain('>611002<');
      expect(res.text).not.toContain('<script');
      await harness.http().get('/dashboard').expect(401);
    });
  });

  describe('replay', () => {
    it('rebuilds every projection to the same documents', async () => {
      // The admin of the root jurisdiction (ROOT_JURISDICTION, 全国 by default).
      const admin = await harness.token('admin', '100000');
      const snapshot = async () => {
        const docs: Record<string, unknown[]> = {};
        for (const p of QUERY_PROJECTIONS) {
          for (const c of p.collections) {
            docs[c] = (await harness.readModels.find(c, { limit: 1000 })).items;
          }
        }
        return docs;
      };
      const before = await snapshot();
      expect(before.findings).toHaveLength(3);
      for (const p of QUERY_PROJECTIONS) {
        await harness
          .http()
          .post(`/api/v1/admin/projections/${p.name}/rebuild`)
          .set('authorization', `Bearer ${admin}`)
          .expect(202);
        // One rebuild at a time: the next once this one has caught up.
        await harness.settled();
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
