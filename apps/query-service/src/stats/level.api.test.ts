import { randomUUID } from 'node:crypto';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { queryService } from '../query.service';
import { EventFeed } from '../testing/event-feed';

type Tier = 'city' | 'county' | 'village';
type Unit = {
  targetId: string;
  targetName: string;
  category: string;
  tier: Tier;
  jurisdiction: string;
  headcount: number;
};

/**
 * One city committee and one county committee, one round each: the city's inspects a city
 * unit and, one level up (提级), a township; the county's a county unit and a village.
 */
function twoCommittees(feed: EventFeed) {
  const unit = (name: string, category: string, tier: Tier, jurisdiction: string): Unit => ({
    targetId: randomUUID(),
    targetName: name,
    category,
    tier,
    jurisdiction,
    headcount: 30,
  });
  const cityUnit = unit('商洛市统计局', 'government-department', 'city', '611000');
  const township = unit('商州区夜村镇', 'township', 'county', '611002100');
  const countyUnit = unit('商州区文旅局', 'government-department', 'county', '611002');
  const village = unit('夜村', 'village', 'village', '611002100201');
  const committees = [
    { jurisdiction: '611000', targets: [cityUnit, township], problems: [2, 3], clues: [1, 1] },
    { jurisdiction: '611002', targets: [countyUnit, village], problems: [4, 5], clues: [0, 2] },
  ];
  feed.at('2024-03-01T09:00:00+08:00');
  for (const t of [cityUnit, township, countyUnit, village]) {
    feed.add('planning.TargetRegistered', t, ['partyMemberCount']);
  }
  for (const committee of committees) {
    const termPlanId = randomUUID();
    const roundId = randomUUID();
    const { jurisdiction, targets } = committee;
    feed.add('planning.TermPlanAdopted', {
      termPlanId,
      title: `${jurisdiction}巡察规划`,
      jurisdiction,
      targetIds: targets.map((t) => t.targetId),
    });
    feed.add('planning.RoundLaunched', {
      roundId,
      termPlanId,
      jurisdiction,
      ordinal: 1,
      kind: 'regular',
      modes: jurisdiction === '611000' ? ['elevated'] : [],
      teams: [
        {
          teamId: randomUUID(),
          leaderId: randomUUID(),
          deputyIds: [],
          liaisonId: randomUUID(),
          memberIds: [],
          targets,
        },
      ],
    });
    targets.forEach((target, i) => {
      const inspectionId = randomUUID();
      feed.add('inspection.InspectionOpened', { inspectionId, roundId, termPlanId, target });
      const findings = Array.from({ length: committee.problems[i] }, (_, n) => ({
        findingId: randomUUID(),
        title: `${target.targetName}问题${n + 1}`,
        focusItem: 'SGJJ-2-07',
        catalogVersion: '三个聚焦-2022',
        involvedRank: 'section',
      }));
      for (const f of findings) {
        feed.add('inspection.FindingRecorded', {
          ...f,
          inspectionId,
          roundId,
          targetId: target.targetId,
          jurisdiction: target.jurisdiction,
          tier: target.tier,
        });
      }
      feed.add('inspection.FeedbackDelivered', {
        feedbackId: randomUUID(),
        inspectionId,
        roundId,
        termPlanId,
        targetId: target.targetId,
        targetName: target.targetName,
        jurisdiction: target.jurisdiction,
        tier: target.tier,
        deliveredAt: '2024-05-20T10:00:00+08:00',
        findings,
        immediateItems: [],
      });
    });
  }
  return committees;
}

describe('counting by the committee that inspects (巡察层级)', () => {
  let harness: ServiceHarness;
  let analyst: string;
  let committees: ReturnType<typeof twoCommittees>;

  beforeAll(async () => {
    harness = await startService(queryService);
    analyst = await harness.token('analyst', '611000');
    const feed = new EventFeed();
    committees = twoCommittees(feed);
    await feed.flush(harness.bus);
    await harness.settled(30_000);
  }, 60_000);
  afterAll(() => harness.close());

  const stats = async (query: string) =>
    (
      await harness
        .http()
        .get(`/api/v1/stats?${query}`)
        .set('authorization', `Bearer ${analyst}`)
        .expect(200)
    ).body;
  const [city, county] = [0, 1];
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

  it('counts the city committee’s elevated inspection of a township as 市委巡察, not in the county row', async () => {
    const byLevel = await stats('level=city');
    expect(byLevel.targets).toMatchObject({ inScope: 2, inspected: 2 });
    expect(byLevel.problems.found).toBe(sum(committees[city].problems));
    // By the target's tier the township lands among the county's.
    const byTier = await stats('tier=county');
    expect(byTier.problems.found).toBe(
      committees[city].problems[1] + committees[county].problems[0],
    );
  });

  it('splits the county committee’s work into 县区党委巡察 and 对村巡察', async () => {
    const countyRow = await stats('level=county');
    expect(countyRow.targets).toMatchObject({ inScope: 1, inspected: 1 });
    expect(countyRow.problems.found).toBe(committees[county].problems[0]);
    const villageRow = await stats('level=village');
    expect(villageRow.targets).toMatchObject({ inScope: 1, inspected: 1 });
    expect(villageRow.problems.found).toBe(committees[county].problems[1]);
    // The three rows add up to the whole.
    const all = await stats('');
    expect(all.problems.found).toBe(
      sum([...committees[city].problems, ...committees[county].problems]),
    );
    // A level and a tier together narrow both ways; the drill-down keeps the level.
    expect((await stats('level=village&tier=county')).problems.found).toBe(0);
    expect(villageRow.links['problems.found']).toContain('level=village');
  });

  it('refuses an unknown level at the field', async () => {
    const res = await harness
      .http()
      .get('/api/v1/stats?level=province')
      .set('authorization', `Bearer ${analyst}`)
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['level']);
  });
});
