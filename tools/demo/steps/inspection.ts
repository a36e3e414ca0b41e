/**
 * Step 4: one inspection (现场巡察) of a launched round from the stationing to
 * the feedback: talks as its rules ask, surveys, findings against the three
 * focuses, an immediate item, clues, the report, its revision, approval and
 * hearing.
 */
import type { TalkGroup } from '@xuncha/contracts';
import { requiredTalks, type TalkRules } from '@xuncha/inspection-domain';
import { DEFAULT_CATALOG_VERSION, shippedCatalog } from '@xuncha/planning-domain';
import type { Json } from '../../http/client';
import { CLUE_NAMES, FINDING_TEXTS, POSITIONS, type RoundSpec, type TargetSpec } from '../data';
import { addDays, at, rngFor, type Rng } from '../support';
import {
  get,
  keyOfId,
  partyMembersOf,
  post,
  target,
  teamOf,
  type DemoRun,
  type FindingSpec,
  type Inspected,
  type Rank,
} from './context';

/** The shipped three focuses: the catalog a round uses where the office keeps none. */
const CATALOG = shippedCatalog(DEFAULT_CATALOG_VERSION)!;

/** How a demo inspection's talks spread over the groups, beside the party members. */
const TALK_SHARES: Partial<Record<TalkGroup, number>> = {
  leadership: 0.15,
  'middle-manager': 0.2,
  generational: 0.1,
  'village-cadre': 0.2,
  resident: 0.3,
};

/** An inspection opened for the demo: who acts in it, its seeded generator, its paths. */
interface At {
  run: DemoRun;
  round: RoundSpec;
  t: TargetSpec;
  detail: Json;
  villageIds: string[];
  /** One generator for the whole inspection, drawn from in the order of its steps. */
  rng: Rng;
  step: (name: string) => string;
  path: (p: string) => string;
  leader: string;
  member: string;
  deputy: string;
  stationed: string;
}

export async function inspect(
  run: DemoRun,
  round: RoundSpec,
  teamIndex: number,
  t: TargetSpec,
): Promise<Inspected> {
  const { api, seed, counts, office, roundIds, ids, token } = run;
  const o = round.ordinal;
  const roundId = roundIds.get(o)!;
  const targetId = ids.get(t.key)!;
  const step = (name: string) => `inspection:${o}:${t.key}:${name}`;
  const rng = rngFor(seed, `inspection:${o}:${t.key}`);
  const opened = await api.eventually(`the inspection of ${t.name} in round ${o}`, async () => {
    const { items } = await get(
      run,
      'inspection',
      `/inspections?roundId=${roundId}&targetId=${targetId}`,
      office,
    );
    return (items as Json[] | undefined)?.[0];
  });
  const id = opened.id as string;
  const detail = await get(run, 'inspection', `/inspections/${id}`, office);
  const villageIds = ((detail.villages ?? []) as Array<{ villageId: string }>).map(
    (v) => v.villageId,
  );
  const team = teamOf(run, teamIndex);
  const leader = await token('team', team.leaderId);
  const member = await token('team', team.memberIds[0]);
  const deputy = await token('team', team.deputyIds[0]);
  const path = (p: string) => `/inspections/${id}${p}`;
  const here: At = {
    run,
    round,
    t,
    detail,
    villageIds,
    rng,
    step,
    path,
    leader,
    member,
    deputy,
    stationed: addDays(round.window.from, 5 + teamIndex),
  };
  await fieldWork(here);
  const { findings, immediateVillages } = await recordFindings(here);
  const clues = await recordClues(here, findings);
  const deliveredDay = await reportAndFeedback(here, findings);

  counts.inspectionsFedBack++;
  counts.findings += findings.length;
  counts.immediateItems += immediateVillages.length;
  counts.clues += clues.length;
  const inspected: Inspected = {
    round,
    target: t,
    inspectionId: id,
    findings,
    immediateVillages,
    clues,
    villageIds,
    deliveredDay,
  };
  return inspected;
}

/** Stationing, then talks as the inspection's rules ask, questionnaires and evaluations. */
async function fieldWork(here: At): Promise<void> {
  const { run, t, rng, step, path, leader, member, detail, stationed } = here;
  await post(
    run,
    'inspection',
    path('/stationing'),
    leader,
    {
      announcedAt: at(stationed, '09:00:00'),
      channels: ['phone', 'mailbox', 'box', ...(rng.chance(0.6) ? ['online'] : [])],
    },
    step('stationing'),
  );

  // Talks as the inspection's rules ask (谈话要求): the share of the headcount, every
  // must-talk group, and every party member where the rules say 全体党员.
  const rules = detail.talkRules as TalkRules;
  const required = requiredTalks(t.headcount, rules);
  const extra = rng.int(0, Math.max(0, Math.min(3, t.headcount - required)));
  const total = required + extra;
  const split: Partial<Record<TalkGroup, number>> = {};
  for (const group of rules.mustTalkGroups) {
    split[group] = Math.max(1, Math.round(total * (TALK_SHARES[group] ?? 0)));
  }
  if (rules.mustTalkGroups.includes('party-member')) {
    const others = Object.values(split).reduce((a, b) => a + b, 0) - (split['party-member'] ?? 0);
    const allMembers = rules.allPartyMembers ? partyMembersOf(t) : 1;
    split['party-member'] = Math.max(allMembers, total - others);
  }
  for (const [n, group] of rules.mustTalkGroups.entries()) {
    await post(
      run,
      'inspection',
      path('/talks'),
      member,
      {
        group,
        count: split[group],
        date: addDays(stationed, 3 + n * 3),
      },
      step(`talks:${group}`),
    );
  }
  const respondents = Math.max(5, Math.round(t.headcount * (0.7 + rng() * 0.25)));
  await post(
    run,
    'inspection',
    path('/questionnaires'),
    member,
    {
      respondents,
      date: addDays(stationed, 8),
    },
    step('questionnaires'),
  );
  await post(
    run,
    'inspection',
    path('/evaluations'),
    member,
    {
      respondents,
      date: addDays(stationed, 9),
    },
    step('evaluations'),
  );
}

/** Findings (发现问题) against the three focuses, one of them rectified at once (立行立改). */
async function recordFindings(
  here: At,
): Promise<{ findings: FindingSpec[]; immediateVillages: Array<string | undefined> }> {
  const { run, round, t, rng, step, path, leader, villageIds, stationed } = here;
  // Findings (发现问题) against the "three focuses" catalog.
  const count = Math.max(rng.int(3, 8), villageIds.length + 2);
  const findings: FindingSpec[] = [];
  for (let i = 0; i < count; i++) {
    const focus =
      round.kind === 'special' && rng.chance(0.7)
        ? 'SGJJ-2'
        : rng.pick(['SGJJ-1', 'SGJJ-1', 'SGJJ-2', 'SGJJ-2', 'SGJJ-2', 'SGJJ-3', 'SGJJ-3']);
    const item = rng.pick(CATALOG.focuses.find((f) => f.code === focus)!.items);
    const [title, text] = rng.pick(FINDING_TEXTS[focus]);
    const roll = rng();
    const rank: Rank =
      roll < 0.06
        ? 'top-leader'
        : roll < 0.26
          ? 'leadership'
          : roll < 0.56
            ? 'section'
            : roll < 0.95
              ? 'below-section'
              : 'none';
    const amount = focus === 'SGJJ-2' ? rng.int(20, 1800) * 500 : undefined;
    const villageId =
      i < villageIds.length
        ? villageIds[i]
        : villageIds.length && rng.chance(0.3)
          ? rng.pick(villageIds)
          : undefined;
    const placeName = villageId ? target(keyOfId(run, villageId)!).name : t.name;
    // Found during the field stage, a day or so apart; entered now.
    const foundOn = addDays(stationed, 4 + (i % 10));
    const body = {
      title,
      description: `${placeName}${text.replace('{amount}', amount ? (amount / 10000).toFixed(2) : '')}。`,
      focusItem: item.code,
      involvedRank: rank,
      ...(amount !== undefined && { amount }),
      ...(villageId && { villageId }),
      foundAt: at(foundOn),
    };
    const { findingId } = await post(
      run,
      'inspection',
      path('/findings'),
      leader,
      body,
      step(`finding:${i}`),
    );
    findings.push({
      findingId: findingId as string,
      title,
      focusItem: item.code,
      rank,
      amount,
      villageId,
      foundOn,
    });
  }

  const immediateVillages: Array<string | undefined> = [];
  if (rng.chance(0.45)) {
    const finding = findings[findings.length - 1];
    await post(
      run,
      'inspection',
      path('/immediate-items'),
      leader,
      {
        title: `立行立改：${finding.title}`,
        findingId: finding.findingId,
        assignedAt: at(finding.foundOn, '16:00:00'),
      },
      step('immediate'),
    );
    immediateVillages.push(finding.villageId);
  }
  return { findings, immediateVillages };
}

/** Clues (问题线索) from the findings, a few of them urgent. */
async function recordClues(here: At, findings: FindingSpec[]): Promise<Inspected['clues']> {
  const { run, rng, step, path, leader } = here;
  const { counts } = run;
  const clues: Inspected['clues'] = [];
  const clueCount = rng.chance(0.6) ? rng.int(1, 2) : 0;
  for (let j = 0; j < clueCount; j++) {
    const finding =
      findings.find((f, n) => n >= j && f.focusItem.startsWith('SGJJ-2')) ?? findings[j];
    const [position, rank] =
      rng.pick(POSITIONS.filter(([, r]) => r === finding.rank)) ?? rng.pick(POSITIONS);
    const discipline = finding.focusItem.startsWith('SGJJ-2')
      ? 'integrity'
      : finding.focusItem.startsWith('SGJJ-3')
        ? 'organizational'
        : 'work';
    const urgent = rng.chance(0.2);
    const { clueId } = await post(
      run,
      'inspection',
      path('/clues'),
      leader,
      {
        findingId: finding.findingId,
        person: { name: rng.pick(CLUE_NAMES), position, rank },
        allegation: `涉嫌${finding.title}，${finding.amount ? `涉及金额${(finding.amount / 10000).toFixed(2)}万元` : '情节待核实'}`,
        discipline,
        urgent,
        identifiedAt: at(finding.foundOn, '17:00:00'),
      },
      step(`clue:${j}`),
    );
    clues.push({ clueId: clueId as string, discipline, finding });
    if (urgent) counts.urgentClues++;
  }
  return clues;
}

/** The report, its revision and approval, the hearing and the feedback; answers its day. */
async function reportAndFeedback(here: At, findings: FindingSpec[]): Promise<string> {
  const { run, round, t, step, path, leader, member, deputy, villageIds } = here;
  const { office } = run;
  await post(
    run,
    'inspection',
    path('/report'),
    member,
    {
      summary: `关于对${t.name}党组织巡察情况的报告`,
      draftedAt: at(addDays(round.window.to, -32)),
    },
    step('report'),
  );
  await post(
    run,
    'inspection',
    path('/report/revise'),
    deputy,
    {
      summary: `关于对${t.name}党组织巡察情况的报告（修改稿）`,
      revisedAt: at(addDays(round.window.to, -30)),
    },
    step('report:revise'),
  );
  const approval = { approvedAt: at(addDays(round.window.to, -28)) };
  await post(run, 'inspection', path('/report/approve'), leader, approval, step('report:approve'));
  await post(
    run,
    'inspection',
    path('/report/hearing'),
    office,
    {
      heardAt: at(addDays(round.window.to, -25), '15:00:00'),
      directives: [
        {
          pointsAt: 'person',
          subject: `${t.name}主要负责人对照反馈问题逐条整改，亲自抓`,
          owner: '市委巡察办',
          dueBy: addDays(round.window.to, 35),
        },
        ...(findings.some((f) => f.amount)
          ? [
              {
                pointsAt: 'problem',
                subject: '违规资金问题要全部清退，举一反三',
                owner: '市财政局',
                dueBy: addDays(round.window.to, 65),
              },
            ]
          : []),
      ],
    },
    step('hearing'),
  );
  const deliveredDay = addDays(round.window.to, -10);
  await post(
    run,
    'inspection',
    path('/feedback'),
    leader,
    {
      deliveredAt: at(deliveredDay),
      copiedTo: ['分管市领导', '派驻纪检监察组'],
      ...(villageIds.length && { villageIds }),
    },
    step('feedback'),
  );
  return deliveredDay;
}
