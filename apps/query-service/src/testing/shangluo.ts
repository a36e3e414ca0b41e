import { randomUUID } from 'node:crypto';
import { EventFeed } from './event-feed';

/** docs/domain.md §6, Shangluo city level, one committee term. */
export const SHANGLUO_CITY = {
  targets: 94,
  problems: 2297,
  rectified: 2256,
  clues: 358,
  concluded: 334,
  cases: 56,
  sanctioned: 71,
  judicial: 4,
  /** Seed 002: 94 = 15 + 3 + 9 + 39 + 21 + 6 + 1. */
  categories: {
    'committee-organ': 15,
    'party-mass-organ': 3,
    'peoples-organization': 9,
    'government-department': 39,
    'government-affiliated': 21,
    'state-owned-enterprise': 6,
    'development-zone': 1,
  },
} as const;

/** Seed 002: the seven counties' 629 targets of the term = 98 + 290 + 195 + 22 + 24. */
export const SHANGLUO_COUNTIES = {
  counties: ['611002', '611021', '611022', '611023', '611024', '611025', '611026'],
  categories: {
    township: 98,
    'party-government-organ': 290,
    'public-institution': 195,
    'state-owned-enterprise': 22,
    other: 24,
  },
} as const;

/** `counts` spread over as many items: category of the i-th, in the order given. */
export function categoriesOf<C extends string>(counts: Readonly<Record<C, number>>): C[] {
  return (Object.entries(counts) as Array<[C, number]>).flatMap(([category, count]) =>
    Array.from({ length: count }, () => category),
  );
}

const FOCUS = ['SGJJ-1-12', 'SGJJ-2-07', 'SGJJ-3-02'];
const RANKS = ['top-leader', 'leadership', 'section', 'below-section'] as const;
const DISCIPLINES = ['political', 'integrity', 'mass', 'work'] as const;

export interface ShangluoTerm {
  termPlanId: string;
  roundId: string;
  targetIds: string[];
  unrectifiedFindingIds: string[];
}

/**
 * The whole term as the other services would publish it: 94 city targets in a
 * plan's scope, one inspection each with feedback, 2297 findings whose case
 * items are signed off but 41, and 358 transferred clues, 334 concluded with
 * outcomes summing to 56 cases filed, 71 sanctioned persons and 4 judicial
 * transfers. Problems and clues spread evenly over the targets.
 */
export function shangluoTerm(feed: EventFeed, jurisdiction = '611000'): ShangluoTerm {
  const n = SHANGLUO_CITY;
  const termPlanId = randomUUID();
  const roundId = randomUUID();
  const categories = categoriesOf(n.categories);
  const targets = Array.from({ length: n.targets }, (_, i) => ({
    targetId: randomUUID(),
    targetName: `商洛市第${i + 1}单位`,
    category: categories[i],
    tier: 'city',
    jurisdiction,
    headcount: 40 + i,
  }));
  const targetIds = targets.map((t) => t.targetId);
  feed.at('2021-09-10T09:00:00+08:00');
  for (const t of targets) feed.add('planning.TargetRegistered', t, ['partyMemberCount']);
  feed.add('planning.TermPlanAdopted', {
    termPlanId,
    title: '中共商洛市委四届巡察工作规划',
    jurisdiction,
    targetIds,
  });
  feed.add('planning.RoundLaunched', {
    roundId,
    termPlanId,
    jurisdiction,
    ordinal: 1,
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

  const unrectifiedFindingIds: string[] = [];
  const inspectionOf = new Map<string, string>();
  let findingNo = 0;
  targets.forEach((target, i) => {
    const inspectionId = randomUUID();
    inspectionOf.set(target.targetId, inspectionId);
    // 2297 = 94 × 24 + 41: the first 41 targets get one problem more, left unrectified.
    const count = Math.floor(n.problems / n.targets) + (i < n.problems % n.targets ? 1 : 0);
    feed.at('2022-03-01T09:00:00+08:00');
    feed.add('inspection.InspectionOpened', {
      inspectionId,
      roundId,
      termPlanId,
      target,
    });
    feed.add('inspection.InspectionStationed', { inspectionId });
    const findings = Array.from({ length: count }, () => {
      findingNo += 1;
      return {
        findingId: randomUUID(),
        title: `问题${findingNo}`,
        focusItem: FOCUS[findingNo % FOCUS.length],
        catalogVersion: '三个聚焦-2022',
        involvedRank: RANKS[findingNo % RANKS.length],
      };
    });
    for (const f of findings) {
      feed.add('inspection.FindingRecorded', {
        ...f,
        inspectionId,
        roundId,
        targetId: target.targetId,
        jurisdiction,
        tier: 'city',
      });
    }
    feed.at('2022-05-20T10:00:00+08:00');
    const feedbackId = randomUUID();
    feed.add('inspection.FeedbackDelivered', {
      feedbackId,
      inspectionId,
      roundId,
      termPlanId,
      targetId: target.targetId,
      targetName: target.targetName,
      jurisdiction,
      deliveredAt: '2022-05-20T10:00:00+08:00',
      findings,
      immediateItems: [],
    });
    feed.add('inspection.InspectionClosed', {
      inspectionId,
      roundId,
      termPlanId,
      targetId: target.targetId,
      inspectedTargetIds: [target.targetId],
    });
    const caseId = randomUUID();
    const items = findings.map((f) => ({
      itemId: randomUUID(),
      source: 'finding',
      findingId: f.findingId,
      title: f.title,
    }));
    feed.add('rectification.RectificationCaseOpened', {
      caseId,
      feedbackId,
      inspectionId,
      roundId,
      targetId: target.targetId,
      targetName: target.targetName,
      jurisdiction,
      items,
    });
    feed.at('2022-09-01T10:00:00+08:00');
    items.forEach((item, k) => {
      if (i < n.problems % n.targets && k === items.length - 1) {
        unrectifiedFindingIds.push(item.findingId);
        return;
      }
      feed.add('rectification.RectificationItemSignedOff', { caseId, itemId: item.itemId });
    });
    feed.add('rectification.RectificationReportSubmitted', {
      caseId,
      rulesEstablished: 2,
      fundsRecovered: 0,
    });
  });

  for (let c = 0; c < n.clues; c++) {
    const target = targets[c % n.targets];
    const clueId = randomUUID();
    const facts = {
      clueId,
      inspectionId: inspectionOf.get(target.targetId),
      targetId: target.targetId,
      jurisdiction,
      tier: 'city',
      involvedRank: RANKS[c % RANKS.length],
      discipline: DISCIPLINES[c % DISCIPLINES.length],
    };
    feed.at('2022-04-01T10:00:00+08:00');
    feed.add('inspection.ClueRecorded', { ...facts, roundId }, ['findingId']);
    feed.add(
      'clue.ClueStatusChanged',
      {
        ...facts,
        change: 'transferred',
        status: 'transferred',
        transferNumber: `商巡移〔2022〕${c + 1}号`,
        dueBy: '2022-07-01',
        occurredAt: '2022-04-01T10:00:00+08:00',
      },
      ['method', 'outcome'],
    );
    if (c >= n.concluded) continue;
    // Clues 0–55 filed a case; 0–14 sanctioned two persons, 15–55 one: 71; 0–3 judicial: 4.
    feed.at('2022-08-01T10:00:00+08:00');
    feed.add('clue.ClueStatusChanged', {
      ...facts,
      change: 'concluded',
      status: 'concluded',
      transferNumber: `商巡移〔2022〕${c + 1}号`,
      dueBy: '2022-07-01',
      method: c < n.cases ? 'preliminary-verification' : 'closed',
      outcome: {
        caseFiled: c < n.cases,
        sanctionedPersons: c < 15 ? 2 : c < n.cases ? 1 : 0,
        judicialTransfers: c < n.judicial ? 1 : 0,
        organizationalHandling: 0,
        fundsRecovered: c < n.cases ? 10000 : 0,
      },
      occurredAt: '2022-08-01T10:00:00+08:00',
    });
  }
  return { termPlanId, roundId, targetIds, unrectifiedFindingIds };
}
