import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { TOPICS, validateIntegrationPayload } from '@xuncha/contracts';
import { toBusMessage, type DeliveredMessage } from '@xuncha/platform-bus';
import {
  documentedAnswers,
  startService,
  type ServiceHarness,
} from '@xuncha/platform-nest/testing';
import { planningService } from './planning.service';

describe('planning service over HTTP', () => {
  let harness: ServiceHarness;
  let office: string;
  let analyst: string;
  let countyOffice: string;
  const allEvents = () => harness.eventStore.readAll({ after: 0, maxCount: 10_000 });

  beforeAll(async () => {
    harness = await startService(planningService);
    office = await harness.token('office', '611000');
    analyst = await harness.token('analyst', '611000');
    countyOffice = await harness.token('office', '611002');
  });
  afterAll(() => harness.close());

  const post = (
    path: string,
    body: unknown,
    token = office,
    headers: Record<string, string> = {},
  ) =>
    harness
      .http()
      .post(`/api/v1${path}`)
      .set({ authorization: `Bearer ${token}`, ...headers })
      .send(body as object);
  const get = (path: string, token = office) =>
    harness.http().get(`/api/v1${path}`).set('authorization', `Bearer ${token}`);
  const put = (path: string, body: object, token = office) =>
    harness.http().put(`/api/v1${path}`).set('authorization', `Bearer ${token}`).send(body);

  async function expectProblem(call: request.Test, status: number, type: RegExp) {
    const before = (await allEvents()).length;
    const response = await call.expect(status).expect('content-type', /application\/problem\+json/);
    expect(response.body.type).toMatch(type);
    expect(await allEvents()).toHaveLength(before);
    return response.body;
  }
  const rule = (name: string) => new RegExp(`/rules/${name}$`);

  let n = 0;
  const target = async (extra: Record<string, unknown> = {}) => {
    n += 1;
    const response = await post('/targets', {
      name: `单位${n}`,
      category: 'government-department',
      tier: 'city',
      jurisdiction: '611000',
      headcount: 40,
      ...extra,
    }).expect(201);
    return response.body.id as string;
  };
  const cadre = async (extra: Record<string, unknown> = {}) => {
    const response = await post('/cadres', {
      name: '干部',
      jurisdiction: '611000',
      pools: ['leader', 'talent'],
      expertise: ['财务'],
      ...extra,
    }).expect(201);
    return response.body.id as string;
  };
  const adoptedPlan = async (
    targetIds: string[],
    window = { from: '2021-09-01', to: '2026-08-31' },
  ) => {
    const { body } = await post('/term-plans', {
      name: '四届市委巡察规划',
      jurisdiction: '611000',
      ...window,
      targetIds,
    }).expect(201);
    await post(`/term-plans/${body.id}/adopt`, {}).expect(200);
    return body.id as string;
  };
  const round = async (termPlanId: string, extra: Record<string, unknown> = {}) => {
    const { body } = await post('/rounds', {
      termPlanId,
      ordinal: 10,
      kind: 'regular',
      modes: [],
      window: { from: '2026-03-09', to: '2026-06-30' },
      ...extra,
    }).expect(201);
    return body.id as string;
  };
  const team = async () => ({
    leaderId: await cadre(),
    deputyIds: [await cadre()],
    liaisonId: await cadre(),
    memberIds: [await cadre()],
  });

  it('runs the planning flow: targets, cadres, term plan, round, team, approve, launch, coverage', async () => {
    const finance = await target({ name: '商洛市财政局', leader: '张三', partyMemberCount: 30 });
    const town = await target({
      name: '某镇',
      category: 'township',
      tier: 'county',
      jurisdiction: '611002001',
    });
    const village = await target({
      name: '某村',
      category: 'village',
      tier: 'village',
      jurisdiction: '611002001001',
      parentId: town,
    });
    const planId = await adoptedPlan([finance, town, village]);
    const roundId = await round(planId);
    const members = await team();
    const formed = await post(`/rounds/${roundId}/teams`, {
      ...members,
      targetIds: [finance, village],
    }).expect(200);
    expect(formed.body).toEqual({ id: roundId, revision: 1, teamId: expect.any(String) });
    await post(`/rounds/${roundId}/approve`, {}).expect(200, { id: roundId, revision: 2 });
    await post(`/rounds/${roundId}/launch`, {}).expect(200, { id: roundId, revision: 3 });

    // A jurisdiction below the committee's narrows the list to the rounds held there.
    const ids = async (query: string) =>
      (await get(`/rounds?${query}`).expect(200)).body.items.map((r: { id: string }) => r.id);
    expect(await ids('jurisdiction=611000')).toContain(roundId);
    expect(await ids('jurisdiction=611002')).not.toContain(roundId);

    const shown = await get(`/rounds/${roundId}`, analyst).expect(200);
    expect(shown.body).toMatchObject({
      id: roundId,
      status: 'launched',
      teams: [{ teamId: formed.body.teamId, ...members, targetIds: [finance, village] }],
    });

    await harness.settled();
    const published: DeliveredMessage[] = [];
    await harness.bus.replay([TOPICS.planningEvents], async (message) => {
      published.push(message);
    });
    const types = published.map((m) => m.headers.ce_type);
    expect(types).toEqual(
      expect.arrayContaining([
        'xuncha.planning.TargetRegistered.v1',
        'xuncha.planning.TermPlanAdopted.v1',
        'xuncha.planning.TermPlanCoverageChanged.v1',
        'xuncha.planning.RoundLaunched.v1',
      ]),
    );
    for (const message of published) {
      expect(
        validateIntegrationPayload(message.headers.ce_type, JSON.parse(message.value)),
      ).toEqual([]);
    }
    const launched = JSON.parse(
      published.find((m) => m.headers.ce_type.includes('RoundLaunched'))!.value,
    );
    expect(launched.teams[0].targets.map((t: { targetId: string }) => t.targetId)).toEqual([
      finance,
      village,
    ]);
    expect(launched.deadlines).toMatchObject({ stationingNoticeDays: 10, fieldStageDays: 40 });
    expect(JSON.stringify(launched)).not.toContain('张三');

    await get(`/term-plans/${planId}/coverage`, analyst).expect(200, {
      inScope: 3,
      inspected: 0,
      rate: 0,
      missing: [finance, town, village],
      covered: [],
    });
    await harness.bus.publish([
      toBusMessage(TOPICS.inspectionEvents, {
        id: randomUUID(),
        type: 'xuncha.inspection.FeedbackDelivered.v1',
        source: 'xuncha/inspection-service',
        subject: randomUUID(),
        time: '2026-06-16T10:00:00+08:00',
        correlationId: randomUUID(),
        data: feedback(planId, roundId, finance),
      }),
    ]);
    await eventually(async () => {
      const { body } = await get(`/term-plans/${planId}/coverage`).expect(200);
      expect(body).toMatchObject({
        inScope: 3,
        inspected: 1,
        rate: 0.3333,
        missing: [town, village],
      });
      expect(body.covered).toEqual([
        expect.objectContaining({ targetId: finance, roundId: roundId }),
      ]);
    });
    const warnings = await get(`/term-plans/${planId}/warnings?asOf=2026-07-01`).expect(200);
    expect(warnings.body).toMatchObject({ missing: 2 });

    await post(`/rounds/${roundId}/close`, {}).expect(200);
  });

  it('counts toward full coverage the rounds its jurisdiction says, fixed at launch (regular by default)', async () => {
    const [a, b] = [await target(), await target()];
    const planId = await adoptedPlan([a, b]);
    const launched = async (targetId: string, ordinal: number) => {
      const roundId = await round(planId, {
        kind: 'special',
        theme: '粮食购销',
        ordinal,
        window: { from: `2025-0${ordinal}-01`, to: `2025-0${ordinal}-20` },
      });
      await post(`/rounds/${roundId}/teams`, { ...(await team()), targetIds: [targetId] }).expect(
        200,
      );
      await post(`/rounds/${roundId}/approve`, {}).expect(200);
      await post(`/rounds/${roundId}/launch`, {}).expect(200);
      return roundId;
    };
    const deliver = async (roundId: string, targetId: string) => {
      await harness.bus.publish([
        toBusMessage(TOPICS.inspectionEvents, {
          id: randomUUID(),
          type: 'xuncha.inspection.FeedbackDelivered.v1',
          source: 'xuncha/inspection-service',
          subject: randomUUID(),
          time: '2026-06-16T10:00:00+08:00',
          correlationId: randomUUID(),
          data: feedback(planId, roundId, targetId),
        }),
      ]);
      await harness.settled();
    };
    // A special round's feedback does not make its target inspected.
    await deliver(await launched(a, 1), a);
    expect((await get(`/term-plans/${planId}/coverage`).expect(200)).body).toMatchObject({
      inspected: 0,
      covered: [],
    });
    // The city says special rounds count: the rounds it launches from then on do.
    await expectProblem(
      put('/coverage-rules/611000', { coveringKinds: ['special'] }),
      422,
      rule('regular-rounds-must-cover'),
    );
    await expectProblem(
      put('/coverage-rules/611000', { coveringKinds: ['regular', 'secret'] }),
      400,
      /invalid-input$/,
    );
    await put('/coverage-rules/611000', { coveringKinds: ['regular', 'special'] }).expect(200);
    expect((await get('/coverage-rules/611002', analyst).expect(200)).body).toEqual({
      jurisdiction: '611002',
      coveringKinds: ['regular', 'special'],
      source: '611000',
    });
    const counted = await launched(b, 2);
    await deliver(counted, b);
    const { body } = await get(`/term-plans/${planId}/coverage`).expect(200);
    expect(body).toMatchObject({ inspected: 1, missing: [a] });
    expect(body.covered).toEqual([expect.objectContaining({ targetId: b, roundId: counted })]);
    await put('/coverage-rules/611000', { coveringKinds: ['regular'] }).expect(200);
  });

  describe('targets', () => {
    it('lists by jurisdiction subtree, tier, category and status, in pages', async () => {
      const county = await target({ jurisdiction: '611021', tier: 'county', name: '县单位' });
      const retired = await target({ jurisdiction: '611021', tier: 'county', name: '县单位乙' });
      await post(`/targets/${retired}/retire`, {
        reason: '机构改革',
        effectiveOn: '2019-01-31',
      }).expect(200);
      const under = await get('/targets?jurisdiction=611021&status=active').expect(200);
      expect(under.body.items.map((t: { id: string }) => t.id)).toEqual([county]);
      const first = await get('/targets?jurisdiction=611021&limit=1').expect(200);
      expect(first.body.items).toHaveLength(1);
      const second = await get(
        `/targets?jurisdiction=611021&limit=1&cursor=${encodeURIComponent(first.body.next)}`,
      ).expect(200);
      expect(second.body.items).toHaveLength(1);
      expect(
        (
          await get(
            '/targets?tier=county&category=government-department&jurisdiction=611021',
          ).expect(200)
        ).body.items,
      ).toHaveLength(2);
      await expectProblem(get('/targets?cursor=garbage'), 400, /invalid-input$/);
      await expectProblem(get('/targets?jurisdiction=611000', countyOffice), 403, /forbidden$/);
    });

    it('updates a profile, merges and splits by reform, refusing a retired target', async () => {
      const a = await target();
      await harness
        .http()
        .patch(`/api/v1/targets/${a}`)
        .set('authorization', `Bearer ${office}`)
        .send({ headcount: 99, leader: '李四' })
        .expect(200, { id: a, revision: 1 });
      expect((await get(`/targets/${a}`).expect(200)).body).toMatchObject({
        headcount: 99,
        leader: '李四',
        status: 'active',
      });
      const b = await target();
      const c = await target();
      await post(`/targets/${a}/merge`, {
        mergedTargetIds: [b, c],
        reason: '组建市场监管局',
        effectiveOn: '2019-01-31',
      }).expect(200);
      expect((await get(`/targets/${b}`).expect(200)).body.status).toBe('retired');
      await expectProblem(
        post(`/targets/${b}/retire`, { reason: 'x', effectiveOn: '2019-01-31' }),
        422,
        rule('target-retired'),
      );
      const split = await post(`/targets/${a}/split`, {
        reason: '分设',
        effectiveOn: '2019-02-01',
        successors: [
          {
            name: '文化和旅游局',
            category: 'government-department',
            tier: 'city',
            jurisdiction: '611000',
            headcount: 50,
          },
          {
            name: '广播电视台',
            category: 'public-institution',
            tier: 'city',
            jurisdiction: '611000',
            headcount: 30,
          },
        ],
      }).expect(200);
      expect(split.body.successorIds).toHaveLength(2);
      expect((await get(`/targets/${a}`).expect(200)).body.status).toBe('retired');
      await expectProblem(
        post(`/targets/${a}/split`, {
          reason: '再拆',
          effectiveOn: '2019-02-01',
          successors: [
            { name: 'x', category: 'other', tier: 'city', jurisdiction: '611000', headcount: 1 },
            { name: 'y', category: 'other', tier: 'city', jurisdiction: '611000', headcount: 1 },
          ],
        }),
        422,
        rule('target-retired'),
      );
    });

    it('refuses bad input with 400 and stores nothing', async () => {
      const valid = {
        name: 'x',
        category: 'university',
        tier: 'city',
        jurisdiction: '611000',
        headcount: 1,
      };
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ ...valid, headcount: 'many' }, 'headcount'],
        [{ ...valid, colour: 'red' }, 'colour'],
        [{ ...valid, jurisdiction: '61100' }, 'jurisdiction'],
        [{ ...valid, jurisdiction: '000000' }, 'jurisdiction'],
        [{ ...valid, category: 'church' }, 'category'],
        [{ ...valid, parentId: 'not-a-uuid' }, 'parentId'],
        // Numbers past any real organization (1e308 was stored once).
        [{ ...valid, headcount: 1e308 }, 'headcount'],
        [{ ...valid, headcount: 1_000_001 }, 'headcount'],
        [{ ...valid, partyMemberCount: 2 ** 53 }, 'partyMemberCount'],
      ];
      for (const [body, field] of cases) {
        const problem = await expectProblem(post('/targets', body), 400, /invalid-input$/);
        expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      await expectProblem(
        post('/targets', { ...valid, parentId: randomUUID() }),
        422,
        rule('target-unknown'),
      );
    });

    it('401 without a token, 403 for a reader or outside the jurisdiction, 404 for a record out of reach', async () => {
      const body = {
        name: 'x',
        category: 'university',
        tier: 'city',
        jurisdiction: '611000',
        headcount: 1,
      };
      await expectProblem(harness.http().post('/api/v1/targets').send(body), 401, /unauthorized$/);
      await expectProblem(post('/targets', body, analyst), 403, /forbidden$/);
      await expectProblem(post('/targets', body, countyOffice), 403, /forbidden$/);
      const cityTarget = await target();
      // A record out of reach answers as one that does not exist, naming no jurisdiction.
      const hidden = await expectProblem(
        get(`/targets/${cityTarget}`, countyOffice),
        404,
        /not-found$/,
      );
      expect(JSON.stringify(hidden)).not.toMatch(/611000/);
      await expectProblem(get(`/targets/${randomUUID()}`), 404, /not-found$/);
    });

    it('answers a repeated Idempotency-Key like the first time, and 409 for a stale If-Match', async () => {
      const key = randomUUID();
      const body = {
        name: '重复',
        category: 'university',
        tier: 'city',
        jurisdiction: '611000',
        headcount: 1,
      };
      const first = await post('/targets', body, office, { 'idempotency-key': key }).expect(201);
      const before = (await allEvents()).length;
      const again = await post('/targets', body, office, { 'idempotency-key': key }).expect(201);
      expect(again.body).toEqual(first.body);
      expect(await allEvents()).toHaveLength(before);
      // The same key for another body or on another route is a mistake, not a repeat.
      const reused = [
        post('/targets', { ...body, headcount: 2 }, office, { 'idempotency-key': key }),
        post(
          '/cadres',
          { name: '张三', jurisdiction: '611000', pools: ['talent'], expertise: ['财务'] },
          office,
          { 'idempotency-key': key },
        ),
      ];
      for (const call of reused) {
        const problem = await expectProblem(call, 422, rule('idempotency-key-reused'));
        expect(problem.idempotencyKey).toBe(key);
        expect(problem.detail).toContain(key);
      }
      // A split under a reused key registers no successor either.
      await expectProblem(
        post(
          `/targets/${first.body.id}/split`,
          {
            successors: ['甲', '乙'].map((name) => ({ ...body, name })),
            reason: '机构改革',
            effectiveOn: '2026-01-01',
          },
          office,
          { 'idempotency-key': key },
        ),
        422,
        rule('idempotency-key-reused'),
      );
      const patch = (ifMatch: string) =>
        harness
          .http()
          .patch(`/api/v1/targets/${first.body.id}`)
          .set({ authorization: `Bearer ${office}`, 'if-match': ifMatch })
          .send({ headcount: 5 });
      // The record answers its revision, what a client sends back as If-Match.
      expect((await get(`/targets/${first.body.id}`).expect(200)).body.revision).toBe(0);
      await patch('0').expect(200);
      expect((await get(`/targets/${first.body.id}`).expect(200)).body.revision).toBe(1);
      await expectProblem(patch('0'), 409, /concurrency-conflict$/);
    });
  });

  describe('cadres', () => {
    it('keeps pools, expertise, home unit and declared conflicts', async () => {
      const home = await target();
      const id = await cadre({ homeUnitId: home, expertise: ['审计'] });
      const other = await target();
      await post(`/cadres/${id}/conflicts`, { targetId: other, reason: '曾在该单位任职' }).expect(
        200,
        { id, revision: 1 },
      );
      expect((await get(`/cadres/${id}`).expect(200)).body).toMatchObject({
        homeUnitId: home,
        pools: ['leader', 'talent'],
        expertise: ['审计'],
        conflicts: [{ targetId: other, reason: '曾在该单位任职' }],
      });
      const auditors = await get(
        '/cadres?pool=leader&expertise=审计'.replace('审计', encodeURIComponent('审计')),
      ).expect(200);
      expect(auditors.body.items.map((c: { id: string }) => c.id)).toContain(id);
      await expectProblem(
        post('/cadres', { name: 'x', jurisdiction: '611000', pools: ['boss'], expertise: [] }),
        400,
        /invalid-input$/,
      );
      await expectProblem(
        post(`/cadres/${id}/conflicts`, { targetId: randomUUID(), reason: 'x' }),
        422,
        rule('target-unknown'),
      );
    });
  });

  describe('term plans', () => {
    it('refuses a window that ends before it starts, bad dates, unknown targets', async () => {
      const a = await target();
      const valid = {
        name: '规划',
        jurisdiction: '611000',
        from: '2021-09-01',
        to: '2026-08-31',
        targetIds: [a],
      };
      await expectProblem(
        post('/term-plans', { ...valid, to: '2020-01-01' }),
        400,
        /invalid-input$/,
      );
      await expectProblem(
        post('/term-plans', { ...valid, from: '2021-02-30' }),
        400,
        /invalid-input$/,
      );
      await expectProblem(
        post('/term-plans', { ...valid, from: '2021/09/01' }),
        400,
        /invalid-input$/,
      );
      await expectProblem(
        post('/term-plans', { ...valid, targetIds: [randomUUID()] }),
        422,
        rule('target-unknown'),
      );
    });

    it('adjusts the scope with a reason and keeps annual plans', async () => {
      const [a, b, c] = [await target(), await target(), await target()];
      const planId = await adoptedPlan([a, b]);
      await post(`/term-plans/${planId}/scope`, {
        addedTargetIds: [c],
        droppedTargetIds: [b],
        reason: '机构改革',
      }).expect(200);
      await harness
        .http()
        .put(`/api/v1/term-plans/${planId}/annual-plans/2026`)
        .set('authorization', `Bearer ${office}`)
        .send({ title: '2026年度计划', targetIds: [a] })
        .expect(200);
      const plan = await get(`/term-plans/${planId}`).expect(200);
      expect(plan.body).toMatchObject({
        targetIds: [a, c],
        annualPlans: [{ year: 2026, targetIds: [a] }],
        inScope: 2,
      });
      await expectProblem(
        post(`/term-plans/${planId}/scope`, {
          addedTargetIds: [],
          droppedTargetIds: [b],
          reason: 'x',
        }),
        422,
        rule('target-not-in-scope'),
      );
      await expectProblem(
        post(`/term-plans/${planId}/adopt`, {}),
        422,
        rule('term-plan-already-adopted'),
      );
    });
  });

  describe('round rules: 422 with the rule named, nothing stored', () => {
    it('the same target in two rounds whose windows overlap, unless overridden with a written reason', async () => {
      const a = await target();
      const planId = await adoptedPlan([a]);
      const first = await round(planId);
      await post(`/rounds/${first}/teams`, { ...(await team()), targetIds: [a] }).expect(200);
      const second = await round(planId, {
        ordinal: 11,
        kind: 'special',
        theme: '粮食购销',
        window: { from: '2026-06-01', to: '2026-07-31' },
      });
      const members = await team();
      const refused = await expectProblem(
        post(`/rounds/${second}/teams`, { ...members, targetIds: [a] }),
        422,
        rule('round-window-overlap'),
      );
      expect(refused.roundIds).toEqual([first]);
      await post(`/rounds/${second}/teams`, {
        ...members,
        targetIds: [a],
        overlapOverride: { reason: '统筹安排，经书记专题会同意' },
      }).expect(200);
      const shown = await get(`/rounds/${second}`).expect(200);
      expect(shown.body.teams[0].overlapOverride).toEqual({
        reason: '统筹安排，经书记专题会同意',
        roundIds: [first],
      });
    });

    it('a cadre on a team for their home unit or a declared conflict', async () => {
      const a = await target();
      const planId = await adoptedPlan([a]);
      const roundId = await round(planId);
      const members = await team();
      const home = await cadre({ homeUnitId: a });
      await expectProblem(
        post(`/rounds/${roundId}/teams`, { ...members, memberIds: [home], targetIds: [a] }),
        422,
        rule('cadre-home-unit-conflict'),
      );
      const conflicted = await cadre();
      await post(`/cadres/${conflicted}/conflicts`, { targetId: a, reason: '亲属任职' }).expect(
        200,
      );
      await expectProblem(
        post(`/rounds/${roundId}/teams`, { ...members, memberIds: [conflicted], targetIds: [a] }),
        422,
        rule('cadre-declared-conflict'),
      );
    });

    it('a cadre on two teams whose windows overlap, and a leader outside the leader pool', async () => {
      const [a, b] = [await target(), await target()];
      const planId = await adoptedPlan([a, b]);
      const first = await round(planId);
      const members = await team();
      await post(`/rounds/${first}/teams`, { ...members, targetIds: [a] }).expect(200);
      const second = await round(planId, {
        ordinal: 12,
        window: { from: '2026-05-01', to: '2026-05-31' },
      });
      await expectProblem(
        post(`/rounds/${second}/teams`, {
          ...(await team()),
          leaderId: members.leaderId,
          targetIds: [b],
        }),
        422,
        rule('cadre-team-overlap'),
      );
      const talent = await cadre({ pools: ['talent'] });
      await expectProblem(
        post(`/rounds/${second}/teams`, { ...(await team()), leaderId: talent, targetIds: [b] }),
        422,
        rule('team-leader-not-in-leader-pool'),
      );
    });

    it('a cross-inspection team inspecting its own jurisdiction', async () => {
      const local = await target({ jurisdiction: '611002', tier: 'county' });
      const planId = await adoptedPlan([local]);
      const roundId = await round(planId, { modes: ['cross'] });
      const countyCadre = await cadre({ jurisdiction: '611002' });
      await expectProblem(
        post(`/rounds/${roundId}/teams`, {
          ...(await team()),
          leaderId: countyCadre,
          targetIds: [local],
        }),
        422,
        rule('cross-inspection-own-jurisdiction'),
      );
    });

    it('a follow-up round on a target not inspected in the term', async () => {
      const a = await target();
      const planId = await adoptedPlan([a]);
      const roundId = await round(planId, { kind: 'follow-up' });
      await expectProblem(
        post(`/rounds/${roundId}/teams`, { ...(await team()), targetIds: [a] }),
        422,
        rule('follow-up-target-not-inspected'),
      );
    });

    it('launching an unapproved round, editing a launched one', async () => {
      const a = await target();
      const planId = await adoptedPlan([a]);
      const roundId = await round(planId);
      await post(`/rounds/${roundId}/teams`, { ...(await team()), targetIds: [a] }).expect(200);
      await expectProblem(post(`/rounds/${roundId}/launch`, {}), 422, rule('round-not-approved'));
      await post(`/rounds/${roundId}/approve`, {}).expect(200);
      await post(`/rounds/${roundId}/launch`, {}).expect(200);
      const b = await target();
      await expectProblem(
        post(`/rounds/${roundId}/teams`, { ...(await team()), targetIds: [b] }),
        422,
        rule('round-already-launched'),
      );
    });

    it('400 for a window from after to, unknown fields and wrong types', async () => {
      const planId = await adoptedPlan([await target()]);
      const valid = {
        termPlanId: planId,
        ordinal: 1,
        kind: 'regular',
        modes: [],
        window: { from: '2026-03-09', to: '2026-06-30' },
      };
      const after = await expectProblem(
        post('/rounds', { ...valid, window: { from: '2026-07-01', to: '2026-06-30' } }),
        400,
        /invalid-input$/,
      );
      expect(after.errors[0].field).toBe('window.to');
      await expectProblem(post('/rounds', { ...valid, ordinal: '1' }), 400, /invalid-input$/);
      await expectProblem(post('/rounds', { ...valid, modes: ['secret'] }), 400, /invalid-input$/);
      await expectProblem(post('/rounds', { ...valid, extra: true }), 400, /invalid-input$/);
      const roundId = await round(planId);
      await expectProblem(
        post(`/rounds/${roundId}/teams`, {
          ...(await team()),
          targetIds: [],
          overlapOverride: { reason: '' },
        }),
        400,
        /invalid-input$/,
      );
    });
  });

  it('answers as its OpenAPI document says: views, pages, outcomes and refusals', async () => {
    const documented = documentedAnswers(harness);
    const finance = await target({ leader: '李四', partyMemberCount: 12 });
    const town = await target({ category: 'township', tier: 'county', jurisdiction: '611002001' });
    const planId = await adoptedPlan([finance, town]);
    const roundId = await round(planId, { kind: 'special', theme: '粮食购销' });
    const members = await team();
    await post(`/cadres/${members.leaderId}/conflicts`, { targetId: town, reason: '配偶任职' })
      .expect(200)
      .then(documented);
    const formed = await post(`/rounds/${roundId}/teams`, { ...members, targetIds: [finance] });
    await documented(formed);
    const answers = [
      await get(`/targets/${finance}`),
      await get('/targets?limit=1'),
      await get(`/cadres/${members.leaderId}`),
      await get('/cadres'),
      await get(`/term-plans/${planId}`),
      await get('/term-plans'),
      await get(`/term-plans/${planId}/coverage`),
      await get(`/term-plans/${planId}/warnings?asOf=2026-07-01`),
      await get(`/rounds/${roundId}`),
      await get('/rounds'),
      await get('/deadlines/611000'),
      await post(`/rounds/${roundId}/suggestions`, { targetIds: [finance], expertise: ['财务'] }),
      await post(`/rounds/${roundId}/approve`, {}),
      await post('/targets', { name: '' }),
      await post(`/rounds/${roundId}/teams`, { ...members, targetIds: [town] }),
      await get(`/rounds/${randomUUID()}`),
      await get('/rounds/not-a-uuid'),
      await get('/targets', 'not-a-token'),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      ...Array(11).fill(200),
      200,
      200,
      400,
      422,
      404,
      400,
      401,
    ]);
    for (const answer of answers) await documented(answer);
  });

  it('suggests a team from the pools for a round’s targets', async () => {
    const a = await target({ jurisdiction: '611002', tier: 'county' });
    const planId = await adoptedPlan([a]);
    const roundId = await round(planId, {
      modes: ['cross'],
      ordinal: 30,
      window: { from: '2021-10-01', to: '2021-10-31' },
    });
    const leader = await cadre({ jurisdiction: '611021', pools: ['leader'], expertise: ['审计'] });
    const own = await cadre({ jurisdiction: '611002', pools: ['talent'] });
    const { body } = await post(`/rounds/${roundId}/suggestions`, {
      targetIds: [a],
      expertise: ['审计'],
    }).expect(200);
    expect(body.leaders[0]).toEqual({ cadreId: leader, matchedExpertise: ['审计'] });
    expect(body.excluded).toEqual(
      expect.arrayContaining([{ cadreId: own, rule: 'cross-inspection-own-jurisdiction' }]),
    );
  });

  it('configures deadlines per jurisdiction, with the documented defaults', async () => {
    const defaults = await get('/deadlines/611002').expect(200);
    expect(defaults.body).toMatchObject({
      source: 'default',
      deadlines: { rectificationReportMonths: 2 },
    });
    const configured = {
      stationingNoticeDays: 10,
      fieldStageDays: 45,
      reportToSecretaryDays: 30,
      rectificationPlanWorkingDays: 15,
      rectificationReportMonths: 3,
      clueResultMonths: 3,
    };
    await harness
      .http()
      .put('/api/v1/deadlines/611002')
      .set('authorization', `Bearer ${countyOffice}`)
      .send(configured)
      .expect(200);
    const township = await get('/deadlines/611002001').expect(200);
    expect(township.body).toEqual({
      jurisdiction: '611002001',
      source: '611002',
      deadlines: configured,
    });
    await expectProblem(
      harness
        .http()
        .put('/api/v1/deadlines/611000')
        .set('authorization', `Bearer ${countyOffice}`)
        .send(configured),
      403,
      /forbidden$/,
    );
    await expectProblem(
      harness
        .http()
        .put('/api/v1/deadlines/611002')
        .set('authorization', `Bearer ${office}`)
        .send({ ...configured, fieldStageDays: 0 }),
      400,
      /invalid-input$/,
    );
  });
});

function feedback(termPlanId: string, roundId: string, targetId: string) {
  const data = {
    feedbackId: randomUUID(),
    inspectionId: randomUUID(),
    roundId,
    termPlanId,
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
  return data;
}

async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
