import type request from 'supertest';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { inspectionIdOf } from '../consumers/inspection-id';
import { inspectionService } from '../inspection.service';
import { launchedRound, roundLaunchedMessage } from '../testing.fixture';

jest.setTimeout(30000);

/** Two must-talk groups, half the staff above 10: a city's own rules for its units. */
const cityRules = {
  mustTalkGroups: ['leadership', 'party-member'],
  everyoneUpTo: 10,
  minimumPercent: 50,
  allPartyMembers: false,
};

describe('talk rules over HTTP (谈话要求)', () => {
  let harness: ServiceHarness;
  const { ids, round } = launchedRound();
  const bureau = inspectionIdOf(ids.round, ids.team1, ids.bureau);
  const tokens: Record<string, string> = {};
  const allEvents = () => harness.eventStore.readAll({ after: 0, maxCount: 10000 });
  const as = (call: request.Test, token: string) => call.set('authorization', `Bearer ${token}`);
  const put = (path: string, body: object, token = tokens.office) =>
    as(harness.http().put(`/api/v1/talk-rules/${path}`).send(body), token);
  const inspection = (path: string, body: object) =>
    as(harness.http().post(`/api/v1/inspections/${bureau}/${path}`).send(body), tokens.leader1);

  async function refused(call: request.Test, status: number, type: RegExp) {
    const before = (await allEvents()).length;
    const response = await call.expect(status).expect('content-type', /application\/problem\+json/);
    expect(response.body.type).toMatch(type);
    expect((await allEvents()).length).toBe(before);
    return response.body;
  }

  beforeAll(async () => {
    harness = await startService(inspectionService);
    tokens.office = await harness.token('office', '611000');
    tokens.countyOffice = await harness.token('office', '611002');
    tokens.analyst = await harness.token('analyst', '611000');
    tokens.leader1 = await harness.token('team', '611000', ids.leader1);
  });
  afterAll(() => harness.close());

  it('are set per jurisdiction and tier, and read with where they come from', async () => {
    await put('611000/city', cityRules).expect(200);
    const { body } = await as(
      harness.http().get('/api/v1/talk-rules/611000'),
      tokens.analyst,
    ).expect(200);
    expect(body.jurisdiction).toBe('611000');
    expect(body.tiers).toEqual([
      { tier: 'city', rules: cityRules, source: '611000' },
      { tier: 'county', rules: expect.objectContaining({ everyoneUpTo: 30 }), source: 'default' },
      {
        tier: 'village',
        rules: expect.objectContaining({
          mustTalkGroups: ['village-cadre', 'party-member', 'resident'],
        }),
        source: 'default',
      },
    ]);
    // A county below inherits the city's setting of a tier it has not set itself.
    const county = await as(
      harness.http().get('/api/v1/talk-rules/611002'),
      tokens.countyOffice,
    ).expect(200);
    expect(county.body.tiers[0]).toEqual({ tier: 'city', rules: cityRules, source: '611000' });
  });

  it('refuses bad input at the field, a contradiction by its rule, and another office', async () => {
    const fields = async (call: request.Test) =>
      (await refused(call, 400, /invalid-input$/)).errors.map((e: { field: string }) => e.field);
    expect(await fields(put('611000/township', cityRules))).toEqual(['tier']);
    expect(await fields(put('611000/city', { ...cityRules, mustTalkGroups: [] }))).toEqual([
      'mustTalkGroups',
    ]);
    expect(await fields(put('611000/city', { ...cityRules, minimumPercent: 120 }))).toEqual([
      'minimumPercent',
    ]);
    await refused(
      put('611000/city', { ...cityRules, mustTalkGroups: ['leadership'], allPartyMembers: true }),
      422,
      /\/rules\/party-members-not-a-must-talk-group$/,
    );
    await refused(put('611000/city', cityRules, tokens.countyOffice), 403, /forbidden$/);
  });

  it('hold an inspection to the rules in force when it opened, with groups marked not applicable', async () => {
    await harness.bus.publish([roundLaunchedMessage(round)]);
    let view: request.Response | undefined;
    for (let tries = 0; tries < 200 && view?.status !== 200; tries++) {
      view = await as(harness.http().get(`/api/v1/inspections/${bureau}`), tokens.office);
      if (view.status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(view!.body.talkRules).toEqual(cityRules);
    expect(view!.body.coverage).toMatchObject({ headcount: 40, required: 20 });

    await inspection('stationing', {
      announcedAt: '2026-03-10T09:00:00+08:00',
      channels: ['phone'],
    }).expect(200);
    await inspection('talks', { group: 'leadership', count: 20, date: '2026-03-12' }).expect(200);
    await refused(
      inspection('report', { summary: '初稿' }),
      422,
      /\/rules\/must-talk-groups-missing$/,
    );
    await refused(
      inspection('talks/not-applicable', { group: 'minority', reason: '本单位无少数民族职工' }),
      422,
      /\/rules\/talk-group-not-required$/,
    );
    await refused(
      inspection('talks/not-applicable', { group: 'party-member', reason: ' ' }),
      422,
      /\/rules\/not-applicable-reason-required$/,
    );
    const missing = await refused(
      inspection('talks/not-applicable', { group: 'party-member' }),
      400,
      /invalid-input$/,
    );
    expect(missing.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    await inspection('talks/not-applicable', {
      group: 'party-member',
      reason: '党员均在外地学习，另行谈话',
    }).expect(200);
    const { body } = await as(
      harness.http().get(`/api/v1/inspections/${bureau}`),
      tokens.office,
    ).expect(200);
    expect(body.coverage).toMatchObject({
      missingGroups: [],
      notApplicable: { 'party-member': '党员均在外地学习，另行谈话' },
      met: true,
    });
    await inspection('report', { summary: '初稿' }).expect(200);

    // The list, folded from the published events, agrees.
    await harness.settled();
    const list = await as(
      harness.http().get(`/api/v1/inspections?roundId=${ids.round}&targetId=${ids.bureau}`),
      tokens.office,
    ).expect(200);
    expect(list.body.items[0].coverage).toEqual({ talked: 20, required: 20, rate: 0.5, met: true });
  });
});
