import { randomUUID } from 'node:crypto';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { queryService } from '../query.service';
import { EventFeed } from '../testing/event-feed';

/** Rounds of one term: which of their feedbacks make a target count as inspected (全覆盖). */
describe('full coverage counts the rounds that count toward it', () => {
  let harness: ServiceHarness;
  let analyst: string;
  const termPlanId = randomUUID();
  const targets = ['商洛市粮食局', '商洛市农业农村局', '商洛市水利局'].map((name) => ({
    targetId: randomUUID(),
    targetName: name,
    category: 'government-department',
    tier: 'city',
    jurisdiction: '611000',
    headcount: 40,
  }));
  // A special round as published before the flag travelled, a special round the city counted
  // at launch, and a regular one.
  const rounds = [
    { kind: 'special', flag: {} },
    { kind: 'special', flag: { countsTowardCoverage: true } },
    { kind: 'regular', flag: {} },
  ];

  beforeAll(async () => {
    harness = await startService(queryService);
    analyst = await harness.token('analyst', '611000');
    const feed = new EventFeed();
    feed.at('2025-03-01T09:00:00+08:00');
    for (const t of targets) feed.add('planning.TargetRegistered', t, ['partyMemberCount']);
    feed.add('planning.TermPlanAdopted', {
      termPlanId,
      jurisdiction: '611000',
      targetIds: targets.map((t) => t.targetId),
    });
    rounds.forEach(({ kind, flag }, i) => {
      const roundId = randomUUID();
      const target = targets[i];
      feed.add('planning.RoundLaunched', {
        roundId,
        termPlanId,
        jurisdiction: '611000',
        ordinal: i + 1,
        kind,
        modes: [],
        ...(kind === 'special' && { theme: '粮食购销' }),
        ...flag,
        teams: [
          {
            teamId: randomUUID(),
            leaderId: randomUUID(),
            deputyIds: [],
            liaisonId: randomUUID(),
            memberIds: [],
            targets: [target],
          },
        ],
      });
      feed.add('inspection.FeedbackDelivered', {
        feedbackId: randomUUID(),
        inspectionId: randomUUID(),
        roundId,
        termPlanId,
        targetId: target.targetId,
        targetName: target.targetName,
        jurisdiction: '611000',
        tier: 'city',
        deliveredAt: '2025-06-20T10:00:00+08:00',
        findings: [],
        immediateItems: [],
      });
    });
    await feed.flush(harness.bus);
    await harness.settled(30_000);
  }, 60_000);
  afterAll(() => harness.close());

  it('leaves out a special round unless its launch said it counts', async () => {
    const res = await harness
      .http()
      .get(`/api/v1/stats?termPlanId=${termPlanId}`)
      .set('authorization', `Bearer ${analyst}`)
      .expect(200);
    expect(res.body.targets).toMatchObject({ inScope: 3, inspected: 2 });
    const missing = await harness
      .http()
      .get(`/api/v1/stats/records?figure=targets.uninspected&termPlanId=${termPlanId}`)
      .set('authorization', `Bearer ${analyst}`)
      .expect(200);
    expect(missing.body.items.map((t: { _id: string }) => t._id)).toEqual([targets[0].targetId]);
  });
});
