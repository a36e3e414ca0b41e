import { randomUUID } from 'node:crypto';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { queryService } from '../query.service';
import { EventFeed } from '../testing/event-feed';
import {
  SHANGLUO_CITY as N,
  SHANGLUO_COUNTIES,
  categoriesOf,
  shangluoTerm,
  type ShangluoTerm,
} from '../testing/shangluo';

const rate = (part: number, whole: number) => Math.round((part / whole) * 10_000) / 10_000;

describe('Shangluo city-level figures of docs/domain.md §6 through the public topics', () => {
  let harness: ServiceHarness;
  let analyst: string;
  let term: ShangluoTerm;

  beforeAll(async () => {
    harness = await startService(queryService);
    analyst = await harness.token('analyst', '611000');
    const feed = new EventFeed();
    term = shangluoTerm(feed);
    await feed.flush(harness.bus);
    await harness.settled(30_000);
  }, 60_000);
  afterAll(() => harness.close());

  const get = (path: string) => harness.http().get(path).set('authorization', `Bearer ${analyst}`);

  it('answers the term’s figures and rates from /stats', async () => {
    const res = await get(`/api/v1/stats?termPlanId=${term.termPlanId}&tier=city`).expect(200);
    expect(res.body).toMatchObject({
      targets: { inScope: N.targets, inspected: N.targets, coverageRate: 1 },
      problems: {
        found: N.problems,
        rectified: N.rectified,
        rectificationRate: rate(N.rectified, N.problems),
      },
      clues: {
        transferred: N.clues,
        concluded: N.concluded,
        conclusionRate: rate(N.concluded, N.clues),
        casesFiled: N.cases,
        sanctionedPersons: N.sanctioned,
        judicialTransfers: N.judicial,
        fundsRecovered: N.cases * 10000,
      },
      rulesEstablished: N.targets * 2,
      immediateItems: 0,
    });
    // The rates docs/domain.md §6 reports: 98.2% and 93.3%.
    expect(res.body.problems.rectificationRate).toBe(0.9822);
    expect(res.body.clues.conclusionRate).toBe(0.933);
  });

  it('answers the same for the jurisdiction without a term plan, and for the round', async () => {
    const all = await get('/api/v1/stats').expect(200);
    const round = await get(`/api/v1/stats?roundId=${term.roundId}`).expect(200);
    for (const body of [all.body, round.body]) {
      expect(body.targets).toMatchObject({ inScope: 94, inspected: 94, coverageRate: 1 });
      expect(body.problems).toMatchObject({ found: 2297, rectified: 2256 });
      expect(body.clues).toMatchObject({ transferred: 358, concluded: 334 });
    }
  });

  it('drills down to the 41 problems that keep the rate short of 100%', async () => {
    const stats = await get(`/api/v1/stats?termPlanId=${term.termPlanId}`).expect(200);
    const link: string = stats.body.links['problems.unrectified'];
    expect(link).toMatch(/^\/api\/v1\/stats\/records\?/);
    const ids: string[] = [];
    let next: string | undefined;
    do {
      const page = await get(`${link}&limit=30${next ? `&cursor=${next}` : ''}`).expect(200);
      expect(page.body.label).toBe('未整改到位问题');
      ids.push(...page.body.items.map((f: { _id: string; status: string }) => f._id));
      for (const f of page.body.items) expect(f.status).toBe('rectifying');
      next = page.body.next;
    } while (next);
    expect(ids.sort()).toEqual([...term.unrectifiedFindingIds].sort());
  });

  it('breaks the targets down by category as the seed does (94 = 15 + 3 + 9 + 39 + 21 + 6 + 1)', async () => {
    const res = await get(`/api/v1/stats?termPlanId=${term.termPlanId}`).expect(200);
    const rows = res.body.targets.byCategory as Array<Record<string, unknown>>;
    expect(rows.map(({ category, inScope, inspected }) => [category, inScope, inspected])).toEqual(
      Object.entries(N.categories).map(([category, count]) => [category, count, count]),
    );
    expect(rows.map((row) => row.label)).toEqual([
      '党委工作机关及直属单位',
      '其他党群机关',
      '人民团体',
      '政府工作部门',
      '政府部门下属单位',
      '国有企业',
      '开发区',
    ]);
    // Each count leads to its targets.
    const affiliated = rows.find((row) => row.category === 'government-affiliated')!;
    const links = affiliated.links as { inScope: string };
    const records = await get(`${links.inScope}&limit=100`).expect(200);
    expect(records.body.items).toHaveLength(N.categories['government-affiliated']);
    for (const t of records.body.items) expect(t.category).toBe('government-affiliated');
    await get('/api/v1/stats/records?figure=problems.found&category=township').expect(400);
  });

  it('drills down to targets and clues', async () => {
    const inspected = await get(
      `/api/v1/stats/records?figure=targets.inspected&termPlanId=${term.termPlanId}&limit=100`,
    ).expect(200);
    expect(inspected.body.items).toHaveLength(94);
    expect(inspected.body.next).toBeUndefined();
    const open = await get('/api/v1/stats/records?figure=clues.unconcluded&limit=100').expect(200);
    expect(open.body.items).toHaveLength(N.clues - N.concluded);
    const filed = await get('/api/v1/stats/records?figure=clues.casesFiled&limit=100').expect(200);
    expect(filed.body.items).toHaveLength(56);
    expect(JSON.stringify(filed.body)).not.toMatch(/allegation|person/);
  });

  it('keeps callers to their jurisdiction and roles', async () => {
    await get('/api/v1/stats?jurisdiction=610000').expect(403);
    const county = await harness.token('analyst', '611002');
    const res = await harness
      .http()
      .get('/api/v1/stats')
      .set('authorization', `Bearer ${county}`)
      .expect(200);
    expect(res.body.targets.inScope).toBe(0);
    const team = await harness.token('team', '611000');
    await harness.http().get('/api/v1/stats').set('authorization', `Bearer ${team}`).expect(403);
    await harness.http().get('/api/v1/stats').expect(401);
    await get('/api/v1/stats?tier=town').expect(400);
    await get('/api/v1/stats/records?figure=nothing').expect(400);
  });

  it('breaks a county term down as its ledgers do (629 = 98 + 290 + 195 + 22 + 24)', async () => {
    const feed = new EventFeed();
    const { counties, categories } = SHANGLUO_COUNTIES;
    feed.at('2021-10-10T09:00:00+08:00');
    categoriesOf(categories).forEach((category, i) => {
      feed.add(
        'planning.TargetRegistered',
        {
          targetId: randomUUID(),
          targetName: `县区第${i + 1}单位`,
          category,
          tier: 'county',
          jurisdiction: counties[i % counties.length],
          headcount: 20 + (i % 40),
        },
        ['partyMemberCount'],
      );
    });
    await feed.flush(harness.bus);
    await harness.settled(30_000);
    const res = await get('/api/v1/stats?tier=county').expect(200);
    expect(res.body.targets.inScope).toBe(629);
    const rows = res.body.targets.byCategory as Array<{ category: string; inScope: number }>;
    expect(rows.map(({ category, inScope }) => [category, inScope])).toEqual([
      ['party-government-organ', 290],
      ['public-institution', 195],
      ['state-owned-enterprise', 22],
      ['township', 98],
      ['other', 24],
    ]);
  });
});
