import { randomUUID } from 'node:crypto';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { queryService } from '../query.service';
import { EventFeed } from '../testing/event-feed';

const COUNTY = '611002';
const township = {
  targetId: randomUUID(),
  targetName: '商州区夜村镇',
  category: 'township',
  tier: 'county',
  jurisdiction: '611002100',
  headcount: 40,
};
const villageTarget = (name: string, code: string) => ({
  targetId: randomUUID(),
  targetName: name,
  category: 'village',
  tier: 'village',
  jurisdiction: code,
  headcount: 9,
  parentId: township.targetId,
});

/**
 * Who the findings and clues of one township-with-villages inspection (巡镇带村) are about:
 * the township itself and each of its villages, with how many of each are signed off or
 * transferred. A clue here comes from a finding of its place, or names its village itself.
 */
const places = [
  { target: township, findings: 3, signedOff: 1, findingClues: 1, ownClues: 1 },
  {
    target: villageTarget('夜村', '611002100201'),
    findings: 2,
    signedOff: 1,
    findingClues: 1,
    ownClues: 0,
  },
  {
    target: villageTarget('东岭村', '611002100202'),
    findings: 4,
    signedOff: 3,
    findingClues: 0,
    ownClues: 2,
  },
];
const villages = places.slice(1);

/**
 * The inspection as the inspection, clue and rectification services publish it; the clue
 * service's transfers go to `later`, to arrive after the clues were recorded.
 */
function townshipWithVillages(feed: EventFeed, later: EventFeed): void {
  const termPlanId = randomUUID();
  const roundId = randomUUID();
  const inspectionId = randomUUID();
  const place = (target: (typeof places)[number]['target']) =>
    target === township
      ? {}
      : {
          villageId: target.targetId,
          village: {
            villageId: target.targetId,
            villageName: target.targetName,
            jurisdiction: target.jurisdiction,
          },
        };
  const scope = {
    inspectionId,
    roundId,
    targetId: township.targetId,
    jurisdiction: township.jurisdiction,
    tier: township.tier,
  };
  feed.at('2024-03-01T09:00:00+08:00');
  for (const { target } of places)
    feed.add('planning.TargetRegistered', target, ['partyMemberCount']);
  feed.add('planning.TermPlanAdopted', {
    termPlanId,
    title: '商州区委巡察规划',
    jurisdiction: COUNTY,
    targetIds: places.map((p) => p.target.targetId),
  });
  feed.add('planning.RoundLaunched', {
    roundId,
    termPlanId,
    jurisdiction: COUNTY,
    ordinal: 1,
    kind: 'regular',
    modes: ['township-with-villages'],
    teams: [
      {
        teamId: randomUUID(),
        leaderId: randomUUID(),
        deputyIds: [],
        liaisonId: randomUUID(),
        memberIds: [],
        targets: [township],
      },
    ],
  });
  feed.add('inspection.InspectionOpened', { inspectionId, roundId, termPlanId, target: township });
  for (const p of places) {
    const findings = Array.from({ length: p.findings }, (_, n) => ({
      findingId: randomUUID(),
      title: `${p.target.targetName}问题${n + 1}`,
      focusItem: 'SGJJ-2-07',
      catalogVersion: '三个聚焦-2022',
      involvedRank: 'section',
      ...(p.target !== township && { villageId: p.target.targetId }),
    }));
    for (const f of findings) {
      feed.add('inspection.FindingRecorded', { ...scope, ...f, ...place(p.target) }, ['amount']);
    }
    const clues = [
      ...findings.slice(0, p.findingClues).map((f) => ({ findingId: f.findingId })),
      ...Array.from({ length: p.ownClues }, () => ({})),
    ].map((from) => ({ clueId: randomUUID(), ...from }));
    for (const clue of clues) {
      const ownClue = 'findingId' in clue ? [] : ['findingId'];
      feed.add('inspection.ClueRecorded', { ...scope, ...clue, ...place(p.target) }, ownClue);
      // The clue service knows only the inspected target: the township.
      later.add(
        'clue.ClueStatusChanged',
        {
          ...scope,
          clueId: clue.clueId,
          change: 'transferred',
          status: 'transferred',
          occurredAt: '2024-04-10T10:00:00+08:00',
        },
        ['roundId', 'outcome', 'method'],
      );
    }
    const feedbackId = randomUUID();
    feed.add('inspection.FeedbackDelivered', {
      ...scope,
      feedbackId,
      termPlanId,
      targetName: township.targetName,
      deliveredAt: '2024-05-20T10:00:00+08:00',
      findings,
      immediateItems: [],
      ...(p.target !== township && { village: place(p.target).village }),
    });
    const caseId = randomUUID();
    const items = findings.map((f) => ({
      itemId: randomUUID(),
      source: 'finding',
      findingId: f.findingId,
      title: f.title,
    }));
    feed.add('rectification.RectificationCaseOpened', {
      ...scope,
      caseId,
      feedbackId,
      targetName: township.targetName,
      items,
      ...(p.target !== township && { village: place(p.target).village }),
    });
    for (const item of items.slice(0, p.signedOff)) {
      feed.add('rectification.RectificationItemSignedOff', { caseId, itemId: item.itemId });
    }
  }
}

describe('village findings and clues of a township-with-villages round (巡镇带村)', () => {
  let harness: ServiceHarness;
  let analyst: string;

  beforeAll(async () => {
    harness = await startService(queryService);
    analyst = await harness.token('analyst', COUNTY);
    const [feed, later] = [new EventFeed(), new EventFeed('2024-04-10T10:00:00+08:00')];
    townshipWithVillages(feed, later);
    for (const batch of [feed, later]) {
      await batch.flush(harness.bus);
      await harness.settled(30_000);
    }
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
  const sum = (rows: typeof places, figure: (p: (typeof places)[number]) => number) =>
    rows.reduce((total, p) => total + figure(p), 0);
  const clues = (p: (typeof places)[number]) => p.findingClues + p.ownClues;

  it('counts them in the village row, by tier and by the county committee’s 对村巡察', async () => {
    for (const query of ['tier=village', 'level=village']) {
      const row = await stats(query);
      expect({ query, targets: row.targets }).toMatchObject({
        query,
        targets: { inScope: villages.length, inspected: villages.length },
      });
      expect({ query, problems: row.problems }).toMatchObject({
        query,
        problems: {
          found: sum(villages, (p) => p.findings),
          rectified: sum(villages, (p) => p.signedOff),
        },
      });
      expect({ query, transferred: row.clues.transferred }).toEqual({
        query,
        transferred: sum(villages, clues),
      });
    }
  });

  it('leaves the township row with the township’s own', async () => {
    const row = await stats('level=county');
    expect(row.targets).toMatchObject({ inScope: 1, inspected: 1 });
    expect(row.problems.found).toBe(places[0].findings);
    expect(row.problems.rectified).toBe(places[0].signedOff);
    expect(row.clues.transferred).toBe(clues(places[0]));
  });

  it('counts each village under its own jurisdiction', async () => {
    for (const p of villages) {
      const row = await stats(`jurisdiction=${p.target.jurisdiction}`);
      expect({
        village: p.target.targetName,
        found: row.problems.found,
        clues: row.clues.transferred,
      }).toEqual({ village: p.target.targetName, found: p.findings, clues: clues(p) });
    }
  });
});
