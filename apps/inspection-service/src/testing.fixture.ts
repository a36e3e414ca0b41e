import { randomUUID } from 'node:crypto';
import { TOPICS, type FocusCatalogVersion, type RoundLaunched } from '@xuncha/contracts';
import { toBusMessage, type BusMessage } from '@xuncha/platform-bus';

/**
 * A catalog version as planning ships the three focuses: 30, 28 and 22 items
 * (SGJJ-<focus>-<nn>) and ten portrait dimensions, wording left to the office.
 */
export function threeFocusesCatalog(): FocusCatalogVersion {
  const dimensions = [
    'political-quality',
    'organizational-awareness',
    'leadership-ability',
    'duty-performance',
  ];
  return {
    version: 'three-focuses-2022',
    catalogId: 'three-focuses',
    title: '“三个聚焦”监督重点清单',
    label: '三个聚焦',
    focuses: [30, 28, 22].map((count, f) => ({
      code: `SGJJ-${f + 1}`,
      label: `聚焦${f + 1}`,
      placeholder: true,
      items: Array.from({ length: count }, (_, k) => ({
        code: `SGJJ-${f + 1}-${String(k + 1).padStart(2, '0')}`,
        label: `聚焦${f + 1}·第${k + 1}项`,
        placeholder: true,
      })),
    })),
    processes: [],
    portraitDimensions: [
      ...dimensions.map((code) => ({ code, label: code })),
      ...Array.from({ length: 6 }, (_, k) => ({
        code: `dimension-${String(k + 5).padStart(2, '0')}`,
        label: `维度${k + 5}`,
        placeholder: true,
      })),
    ],
  };
}

/**
 * A launched round as the planning service publishes it: team 1 at a city
 * bureau (headcount 40), team 2 at a township inspected with its village (巡镇带村).
 */
export function launchedRound() {
  const ids = {
    round: randomUUID(),
    termPlan: randomUUID(),
    team1: randomUUID(),
    leader1: randomUUID(),
    deputy1: randomUUID(),
    liaison1: randomUUID(),
    member1: randomUUID(),
    team2: randomUUID(),
    leader2: randomUUID(),
    liaison2: randomUUID(),
    bureau: randomUUID(),
    township: randomUUID(),
    village: randomUUID(),
  };
  const round: RoundLaunched = {
    roundId: ids.round,
    termPlanId: ids.termPlan,
    jurisdiction: '611000',
    ordinal: 10,
    kind: 'regular',
    modes: ['township-with-villages'],
    window: { from: '2026-03-09', to: '2026-06-30' },
    teams: [
      {
        teamId: ids.team1,
        leaderId: ids.leader1,
        deputyIds: [ids.deputy1],
        liaisonId: ids.liaison1,
        memberIds: [ids.member1],
        targets: [
          {
            targetId: ids.bureau,
            targetName: '商洛市财政局',
            category: 'government-department',
            tier: 'city',
            jurisdiction: '611000',
            headcount: 40,
            partyMemberCount: 31,
          },
        ],
      },
      {
        teamId: ids.team2,
        leaderId: ids.leader2,
        deputyIds: [],
        liaisonId: ids.liaison2,
        memberIds: [],
        targets: [
          {
            targetId: ids.township,
            targetName: '商州区夜村镇',
            category: 'township',
            tier: 'county',
            jurisdiction: '611002100',
            headcount: 20,
          },
          {
            targetId: ids.village,
            targetName: '夜村',
            category: 'village',
            tier: 'village',
            jurisdiction: '611002100201',
            parentId: ids.township,
            headcount: 6,
          },
        ],
      },
    ],
    deadlines: {
      stationingNoticeDays: 10,
      fieldStageDays: 40,
      reportToSecretaryDays: 30,
      rectificationPlanWorkingDays: 15,
      rectificationReportMonths: 2,
      clueResultMonths: 3,
    },
    catalog: threeFocusesCatalog(),
  };
  return { ids, round };
}

export function roundLaunchedMessage(round: RoundLaunched, messageId = randomUUID()): BusMessage {
  return toBusMessage(TOPICS.planningEvents, {
    id: messageId,
    type: 'xuncha.planning.RoundLaunched.v1',
    source: 'xuncha/planning-service',
    subject: round.roundId,
    time: '2026-03-01T09:00:00+08:00',
    correlationId: randomUUID(),
    data: round,
  });
}
