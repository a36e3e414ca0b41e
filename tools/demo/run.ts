/**
 * runDemo: the whole demo load (see tools/demo.ts). Every step goes through
 * the public HTTP API of the five running services.
 */
import type { TalkGroup } from '@xuncha/contracts';
import { requiredTalks, type TalkRules } from '@xuncha/inspection-domain';
import { DEFAULT_CATALOG_VERSION, shippedCatalog } from '@xuncha/planning-domain';
import { resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import {
  CITY,
  CLUE_NAMES,
  FINDING_TEXTS,
  LEADERS,
  MEASURES,
  POSITIONS,
  ROUNDS,
  TALENTS,
  TARGETS,
  TERM_PLAN,
  type RoundSpec,
  type TargetSpec,
} from './data';
import { Api, SERVICES, pool, portsFromEnv, type Json, type Service } from '../http/client';
import { addDays, at, derivedUuid, rngFor } from './support';

export interface DemoOptions {
  /** Seed of the figures and of the idempotency keys (default 2021). */
  seed?: number;
  /** The system's data directory, for the signing key (default XUNCHA_DATA_DIR or ./data). */
  dataDir?: string;
  /** Where ports and JWT_SECRET come from (default process.env). */
  env?: NodeJS.ProcessEnv;
  host?: string;
  /** How long to wait for each eventually consistent step (default 60 s). */
  settleMs?: number;
  /** Progress lines (default: stdout). */
  log?: (line: string) => void;
}

export interface DemoResult {
  counts: Record<string, number>;
  stats: Json;
  ms: number;
  calls: number;
}

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
type Rank = 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';

/** The case whose plan the office returns once (过筛子), and the one assessed poor (较差). */
const RETURNED_PLAN = { ordinal: 1, target: 'jyj' };
const POOR_CASE = { ordinal: 2, target: 'ln-nyj' };

interface FindingSpec {
  findingId: string;
  title: string;
  focusItem: string;
  rank: Rank;
  amount?: number;
  villageId?: string;
}

interface Inspected {
  round: RoundSpec;
  target: TargetSpec;
  inspectionId: string;
  findings: FindingSpec[];
  immediateVillages: Array<string | undefined>;
  clues: Array<{ clueId: string; discipline: string; finding: FindingSpec }>;
  villageIds: string[];
  deliveredDay: string;
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const started = Date.now();
  const seed = options.seed ?? 2021;
  const env = options.env ?? process.env;
  const dataDir = options.dataDir ?? (env.XUNCHA_DATA_DIR || './data');
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const ports = portsFromEnv(env);
  const host = options.host ?? '127.0.0.1';
  const api = new Api({
    host,
    ports,
    settleMs: options.settleMs ?? 60_000,
    keyOf: (step) => derivedUuid(seed, step),
  });
  const stage = (name: string) =>
    log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${name}`);

  // ── 0. Is the system there? ────────────────────────────────────────────────
  for (const service of Object.keys(SERVICES) as Service[]) {
    const url = api.url(service, '/health');
    if (!(await api.healthy(service))) {
      throw new Error(
        `the ${service} service does not answer on ${url}.\n` +
          `The system is not running: start it with npm start in another terminal ` +
          `(same XUNCHA_DATA_DIR and *_PORT variables), then run npm run demo again.`,
      );
    }
  }
  stage(`the five services answer /health (data directory ${dataDir}, seed ${seed})`);

  const key = resolveSigningKey(dataDir, env.JWT_SECRET);
  const tokens = new Map<string, Promise<string>>();
  const token = (role: Role, sub = `${role}-${CITY.code}`, jurisdiction = CITY.code) => {
    const id = `${role}|${sub}|${jurisdiction}`;
    if (!tokens.has(id)) tokens.set(id, signToken({ sub, roles: [role], jurisdiction }, key));
    return tokens.get(id)!;
  };
  const office = await token('office');
  const analyst = await token('analyst');
  const probe = await api.request('planning', 'GET', '/targets?limit=1', office);
  if (probe.status === 401) {
    throw new Error(
      `the system refused the demo's token: XUNCHA_DATA_DIR (${dataDir}) must be the data ` +
        `directory npm start runs on (or set the same JWT_SECRET).`,
    );
  }
  const post = (
    service: Service,
    path: string,
    as: string,
    body: unknown,
    step: string,
    retry?: string[],
  ) => api.call(service, 'POST', path, as, body, { step, retry });
  const get = (service: Service, path: string, as: string) => api.call(service, 'GET', path, as);

  const counts: Record<string, number> = {
    targets: 0,
    cadres: 0,
    rounds: 0,
    inspectionsFedBack: 0,
    findings: 0,
    immediateItems: 0,
    clues: 0,
    urgentClues: 0,
    cluesConcluded: 0,
    cases: 0,
    itemsSignedOff: 0,
    reports: 0,
    assessments: 0,
  };

  // ── 1. Targets and cadres (巡察对象, 干部库) ───────────────────────────────
  const ids = new Map<string, string>();
  const targetBody = (t: TargetSpec) => ({
    name: t.name,
    category: t.category,
    tier: t.tier,
    jurisdiction: t.jurisdiction,
    headcount: t.headcount,
    partyMemberCount: partyMembersOf(t),
    leader: t.leader,
    ...(t.parent && { parentId: ids.get(t.parent) }),
  });
  for (const group of [TARGETS.filter((t) => !t.parent), TARGETS.filter((t) => t.parent)]) {
    await pool(group, 6, async (t) => {
      const { id } = await post('planning', '/targets', office, targetBody(t), `target:${t.key}`, [
        'target-unknown',
      ]);
      ids.set(t.key, id as string);
    });
  }
  counts.targets = TARGETS.length;
  const byTier = (tier: string) => TARGETS.filter((t) => t.tier === tier).length;
  stage(
    `registered ${TARGETS.length} targets: ${byTier('city')} city units, ` +
      `${byTier('county')} county units and townships, ${byTier('village')} villages`,
  );

  const cadres = [...LEADERS, ...TALENTS];
  await pool(cadres, 6, async (c) => {
    const { id } = await post(
      'planning',
      '/cadres',
      office,
      { name: c.name, jurisdiction: CITY.code, pools: c.pools, expertise: c.expertise },
      `cadre:${c.key}`,
    );
    ids.set(c.key, id as string);
  });
  counts.cadres = cadres.length;
  stage(`registered ${cadres.length} cadres (${LEADERS.length} in the leader pool 组长库)`);

  // ── 2. The term plan (届内巡察规划) ────────────────────────────────────────
  const { id: termPlanId } = await post(
    'planning',
    '/term-plans',
    office,
    { ...TERM_PLAN, jurisdiction: CITY.code, targetIds: TARGETS.map((t) => ids.get(t.key)) },
    'term-plan',
    ['target-unknown', 'target-outside-jurisdiction'],
  );
  await post('planning', `/term-plans/${termPlanId}/adopt`, office, {}, 'term-plan:adopt');
  stage(`term plan ${TERM_PLAN.name} adopted with all ${TARGETS.length} targets in scope`);

  // ── 3. Rounds: plan, teams, approval, launch (轮次) ─────────────────────
  const roundIds = new Map<number, string>();
  const teamOf = (teamIndex: number) => ({
    leaderId: ids.get(LEADERS[teamIndex].key)!,
    deputyIds: [ids.get(TALENTS[teamIndex * 4].key)!],
    liaisonId: ids.get(TALENTS[teamIndex * 4 + 1].key)!,
    memberIds: [ids.get(TALENTS[teamIndex * 4 + 2].key)!, ids.get(TALENTS[teamIndex * 4 + 3].key)!],
  });
  const launch = async (round: RoundSpec) => {
    const o = round.ordinal;
    const { id } = await post(
      'planning',
      '/rounds',
      office,
      {
        termPlanId,
        ordinal: o,
        kind: round.kind,
        modes: round.modes,
        ...(round.theme && { theme: round.theme }),
        window: round.window,
      },
      `round:${o}`,
      ['term-plan-not-adopted'],
    );
    roundIds.set(o, id as string);
    for (const [teamIndex, keys] of round.teams.entries()) {
      await post(
        'planning',
        `/rounds/${id}/teams`,
        office,
        { ...teamOf(teamIndex), targetIds: keys.map((k) => ids.get(k)) },
        `round:${o}:team:${teamIndex}`,
        ['cadre-unknown', 'target-unknown', 'follow-up-target-not-inspected'],
      );
    }
    await post('planning', `/rounds/${id}/approve`, office, {}, `round:${o}:approve`);
    await post('planning', `/rounds/${id}/launch`, office, {}, `round:${o}:launch`, [
      'target-unknown',
    ]);
    counts.rounds++;
    const targets = round.teams.flat().length;
    stage(
      `round ${o} (${round.kind}${round.modes.length ? `, ${round.modes.join('+')}` : ''}` +
        `${round.theme ? `, ${round.theme}` : ''}) launched: ${round.teams.length} team(s), ${targets} target(s)`,
    );
    return id as string;
  };
  const followUp = ROUNDS.find((r) => r.kind === 'follow-up')!;
  for (const round of ROUNDS.filter((r) => r !== followUp)) await launch(round);

  // ── 4. Inspections, clues, rectification (现场巡察 → 线索 → 整改) ─────────
  const keyOf = new Map<string, string>();
  const target = (k: string) => TARGETS.find((t) => t.key === k)!;
  let finished = 0;
  let jobsTotal = 0;

  const inspect = async (round: RoundSpec, teamIndex: number, t: TargetSpec) => {
    const o = round.ordinal;
    const roundId = roundIds.get(o)!;
    const targetId = ids.get(t.key)!;
    const step = (name: string) => `inspection:${o}:${t.key}:${name}`;
    const rng = rngFor(seed, `inspection:${o}:${t.key}`);
    const opened = await api.eventually(`the inspection of ${t.name} in round ${o}`, async () => {
      const { items } = await get(
        'inspection',
        `/inspections?roundId=${roundId}&targetId=${targetId}`,
        office,
      );
      return (items as Json[] | undefined)?.[0];
    });
    const id = opened.id as string;
    const detail = await get('inspection', `/inspections/${id}`, office);
    const villageIds = ((detail.villages ?? []) as Array<{ villageId: string }>).map(
      (v) => v.villageId,
    );
    const team = teamOf(teamIndex);
    const leader = await token('team', team.leaderId);
    const member = await token('team', team.memberIds[0]);
    const deputy = await token('team', team.deputyIds[0]);
    const path = (p: string) => `/inspections/${id}${p}`;

    const stationed = addDays(round.window.from, 5 + teamIndex);
    await post(
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
      'inspection',
      path('/evaluations'),
      member,
      {
        respondents,
        date: addDays(stationed, 9),
      },
      step('evaluations'),
    );

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
      const placeName = villageId ? target(keyOf.get(villageId)!).name : t.name;
      const body = {
        title,
        description: `${placeName}${text.replace('{amount}', amount ? (amount / 10000).toFixed(2) : '')}。`,
        focusItem: item.code,
        involvedRank: rank,
        ...(amount !== undefined && { amount }),
        ...(villageId && { villageId }),
      };
      const { findingId } = await post(
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
      });
    }

    const immediateVillages: Array<string | undefined> = [];
    if (rng.chance(0.45)) {
      const finding = findings[findings.length - 1];
      await post(
        'inspection',
        path('/immediate-items'),
        leader,
        {
          title: `立行立改：${finding.title}`,
          findingId: finding.findingId,
        },
        step('immediate'),
      );
      immediateVillages.push(finding.villageId);
    }

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
        'inspection',
        path('/clues'),
        leader,
        {
          findingId: finding.findingId,
          person: { name: rng.pick(CLUE_NAMES), position, rank },
          allegation: `涉嫌${finding.title}，${finding.amount ? `涉及金额${(finding.amount / 10000).toFixed(2)}万元` : '情节待核实'}`,
          discipline,
          urgent,
        },
        step(`clue:${j}`),
      );
      clues.push({ clueId: clueId as string, discipline, finding });
      if (urgent) counts.urgentClues++;
    }

    await post(
      'inspection',
      path('/report'),
      member,
      {
        summary: `关于对${t.name}党组织巡察情况的报告`,
      },
      step('report'),
    );
    await post(
      'inspection',
      path('/report/revise'),
      deputy,
      {
        summary: `关于对${t.name}党组织巡察情况的报告（修改稿）`,
      },
      step('report:revise'),
    );
    await post('inspection', path('/report/approve'), leader, {}, step('report:approve'));
    await post(
      'inspection',
      path('/report/hearing'),
      office,
      {
        heardAt: at(addDays(round.window.to, -25), '15:00:00'),
        directives: [
          `${t.name}要对照反馈问题逐条整改，主要负责人亲自抓`,
          ...(findings.some((f) => f.amount) ? ['违规资金问题要全部清退，举一反三'] : []),
        ],
      },
      step('hearing'),
    );
    const deliveredDay = addDays(round.window.to, -10);
    await post(
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
    await Promise.all([handleClues(inspected), rectify(inspected)]);
    finished++;
    if (finished % 5 === 0 || finished === jobsTotal) {
      stage(`${finished}/${jobsTotal} inspections through feedback, clues and rectification`);
    }
    return inspected;
  };

  const handleClues = async (inspection: Inspected) => {
    if (inspection.clues.length === 0) return;
    const discipline = await token('discipline');
    const organization = await token('organization');
    await api.eventually(`the clues of the inspection of ${inspection.target.name}`, async () => {
      const { items } = await get('clue', `/clues?inspectionId=${inspection.inspectionId}`, office);
      return (items as Json[]).length >= inspection.clues.length;
    });
    for (const [j, clue] of inspection.clues.entries()) {
      const name = `clue:${inspection.round.ordinal}:${inspection.target.key}:${j}`;
      const rng = rngFor(seed, name);
      const path = (p: string) => `/clues/${clue.clueId}${p}`;
      const toOrganization = clue.discipline === 'organizational' && rng.chance(0.5);
      const recipient = toOrganization ? organization : discipline;
      await post(
        'clue',
        path('/assessment'),
        office,
        {
          recipient: toOrganization ? 'organization-department' : 'discipline-commission',
          note: toOrganization
            ? '经组办会商，涉及选人用人问题，移交市委组织部。'
            : '经与市纪委监委集体会商，建议移交处置。',
        },
        `${name}:assessment`,
      );
      await post('clue', path('/transfer'), office, {}, `${name}:transfer`);
      const fate = rng();
      if (fate < 0.1) continue; // transferred, not signed for yet
      // Signed for as it was transferred: the same body when the demo runs again. The analyst's
      // view is redacted, so this read leaves no audit record (a full read would).
      const view = await get('clue', path(''), analyst);
      const transferred = (view.steps as Array<{ step: string; at: string }>).find(
        (s) => s.step === 'ClueTransferred',
      );
      await post(
        'clue',
        path('/receipt'),
        recipient,
        { receivedAt: transferred!.at },
        `${name}:receipt`,
      );
      if (fate < 0.18) continue; // received, disposition pending
      const roll = rng();
      const method =
        roll < 0.4
          ? 'talk-inquiry'
          : roll < 0.8
            ? 'preliminary-verification'
            : roll < 0.9
              ? 'shelved'
              : 'closed';
      await post('clue', path('/disposition'), recipient, { method }, `${name}:disposition`);
      if (fate < 0.28) continue; // being handled
      const verified = method === 'talk-inquiry' || method === 'preliminary-verification';
      const caseFiled = verified && method === 'preliminary-verification' && rng.chance(0.55);
      await post(
        'clue',
        path('/outcome'),
        recipient,
        {
          caseFiled,
          sanctionedPersons: caseFiled ? rng.int(1, 2) : verified && rng.chance(0.3) ? 1 : 0,
          judicialTransfers: caseFiled && rng.chance(0.15) ? 1 : 0,
          organizationalHandling: verified && rng.chance(0.3) ? 1 : 0,
          fundsRecovered:
            caseFiled && clue.finding.amount ? Math.round(clue.finding.amount * 0.8) : 0,
          final: true,
        },
        `${name}:outcome`,
      );
      counts.cluesConcluded++;
    }
  };

  const rectify = async (inspection: Inspected) => {
    const { round, target: t } = inspection;
    const o = round.ordinal;
    const lists = new Set<string | undefined>([
      ...inspection.findings.map((f) => f.villageId),
      ...inspection.immediateVillages,
    ]);
    const cases = await api.eventually(`the rectification cases of ${t.name}`, async () => {
      const { items } = await get(
        'rectification',
        `/rectification-cases?inspectionId=${inspection.inspectionId}`,
        office,
      );
      return (items as Json[]).length >= lists.size && (items as Json[]);
    });
    for (const summary of cases) {
      const view = await get('rectification', `/rectification-cases/${summary.id}`, office);
      const village = view.village as { villageId: string; jurisdiction?: string } | undefined;
      const org = village ? target(keyOf.get(village.villageId)!) : t;
      const name = `case:${o}:${t.key}:${org.key}`;
      const rng = rngFor(seed, name);
      const inspected = await token('inspected', ids.get(org.key)!, org.jurisdiction);
      const path = (p: string) => `/rectification-cases/${summary.id}${p}`;
      const items = view.items as Array<{ itemId: string; source: string; findingId?: string }>;
      // Server ids differ from one system to the next: name items by what the demo recorded.
      const stable = (item: { source: string; findingId?: string }) =>
        `${item.source}:${inspection.findings.findIndex((f) => f.findingId === item.findingId)}`;
      const plan = (full: boolean) => ({
        principalLeader: {
          name: org.leader,
          position: org.tier === 'village' ? '村党支部书记' : '党组（党委）书记',
        },
        items: items.map((item) => {
          const r = rngFor(seed, `${name}:${stable(item)}`);
          return {
            itemId: item.itemId,
            measures: full
              ? [r.pick(MEASURES.slice(0, 3)), r.pick(MEASURES.slice(3))]
              : ['立即整改'],
            responsible: full
              ? `${r.pick(CLUE_NAMES)}（${r.pick(['分管副职', '财务科科长', '办公室主任'])}）`
              : '相关负责人',
            deadline: addDays(inspection.deliveredDay, r.int(30, 120)),
          };
        }),
      });
      if (o === RETURNED_PLAN.ordinal && t.key === RETURNED_PLAN.target && !village) {
        await post('rectification', path('/plan'), inspected, plan(false), `${name}:plan:1`);
        await post(
          'rectification',
          path('/plan/review'),
          office,
          {
            decision: 'return',
            reasons: ['整改措施不具体', '责任未落实到具体岗位和个人'],
          },
          `${name}:review:1`,
        );
        await post('rectification', path('/plan'), inspected, plan(true), `${name}:plan:2`);
      } else {
        await post('rectification', path('/plan'), inspected, plan(true), `${name}:plan:1`);
      }
      await post(
        'rectification',
        path('/plan/review'),
        office,
        { decision: 'approve', reasons: [] },
        `${name}:review:2`,
      );
      const rate = o <= 4 ? 0.93 : o === 5 ? 0.85 : 0.55;
      let signed = 0;
      for (const item of items) {
        const r = rngFor(seed, `${name}:item:${stable(item)}`);
        if (r.chance(0.5)) {
          await post(
            'rectification',
            path(`/items/${item.itemId}/progress`),
            inspected,
            {
              note: '已制定整改措施并按计划推进',
            },
            `${name}:progress:${item.itemId}`,
          );
        }
        if (r.chance(rate)) {
          await post(
            'rectification',
            path(`/items/${item.itemId}/sign-off`),
            office,
            {
              evidence: r.pick([
                '财务凭证及银行回单',
                '制度文件及会议记录',
                '整改佐证材料及现场核查记录',
              ]),
            },
            `${name}:sign-off:${item.itemId}`,
          );
          signed++;
        }
      }
      counts.cases++;
      counts.itemsSignedOff += signed;
      if (o > 5 || !rng.chance(0.9)) continue; // recent rounds: still rectifying
      const funds = inspection.findings
        .filter((f) => f.villageId === village?.villageId && f.amount)
        .reduce((sum, f) => sum + Math.round(f.amount! * (0.5 + rng() * 0.4)), 0);
      await post(
        'rectification',
        path('/report'),
        inspected,
        {
          summary: `${org.name}关于巡察反馈问题整改情况的报告`,
          rulesEstablished: rng.int(1, 5),
          fundsRecovered: funds,
        },
        `${name}:report`,
      );
      counts.reports++;
      const poor = o === POOR_CASE.ordinal && t.key === POOR_CASE.target && !village;
      const grade = poor ? 'poor' : rng.chance(0.78) ? 'good' : 'fair';
      await post(
        'rectification',
        path('/assessment'),
        office,
        {
          grade,
          ...(poor && { note: '整改不到位，部分问题反弹回潮' }),
        },
        `${name}:assessment`,
      );
      counts.assessments++;
      if (poor) {
        await post(
          'rectification',
          path('/admonishments'),
          office,
          {
            heldOn: addDays(inspection.deliveredDay, 150),
            leaders: [{ name: org.leader, position: '党组书记、局长' }],
            note: '巡察工作领导小组约谈主要负责人',
          },
          `${name}:admonishment`,
        );
      }
    }
  };

  for (const t of TARGETS) keyOf.set(ids.get(t.key)!, t.key);
  const jobs = ROUNDS.filter((r) => r !== followUp).flatMap((round) =>
    round.teams.flatMap((keys, teamIndex) =>
      keys
        // In a township-with-villages round the township's inspection feeds each village back.
        .filter(
          (k) => !(round.modes.includes('township-with-villages') && target(k).tier === 'village'),
        )
        .map((k) => ({ round, teamIndex, t: target(k) })),
    ),
  );
  jobsTotal = jobs.length + followUp.teams.flat().length;
  stage(`inspecting ${jobsTotal} targets (stationing, talks, findings, report, hearing, feedback)`);

  // The follow-up round (回头看) comes back to a target once its first feedback counts.
  const revisited = target(followUp.teams[0][0]);
  const runFollowUp = async () => {
    await api.eventually(`${revisited.name} counted inspected in the term plan`, async () => {
      const coverage = await get('planning', `/term-plans/${termPlanId}/coverage`, office);
      return !JSON.stringify(coverage.missing ?? []).includes(ids.get(revisited.key)!);
    });
    await launch(followUp);
    await pool(followUp.teams, 1, (keys, teamIndex) =>
      pool(keys, 1, (k) => inspect(followUp, teamIndex, target(k))),
    );
  };
  const firstOf = jobs.findIndex((job) => job.t === revisited);
  const ordered = [jobs[firstOf], ...jobs.filter((_, n) => n !== firstOf)];
  let followUpDone: Promise<unknown> | undefined;
  await pool(ordered, 6, async (job, n) => {
    const done = await inspect(job.round, job.teamIndex, job.t);
    if (n === 0) followUpDone = runFollowUp();
    return done;
  });
  await followUpDone;

  // ── 5. The figures (统计) ──────────────────────────────────────────────────
  const villageInspections = ROUNDS.filter((r) => r.modes.includes('township-with-villages'))
    .flatMap((r) => r.teams.flat())
    .filter((k) => target(k).tier === 'village').length;
  const inspectedTargets = new Set(ROUNDS.flatMap((r) => r.teams.flat())).size;
  let previous = '';
  const stats = await api.eventually('the query service to count everything', async () => {
    const body = await get('query', `/stats?jurisdiction=${CITY.code}`, analyst);
    const seen = JSON.stringify(body);
    const settled =
      body.targets?.inspected === inspectedTargets &&
      body.problems?.found === counts.findings &&
      seen === previous;
    previous = seen;
    return settled && body;
  });
  const ms = Date.now() - started;
  stage('done');

  const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  const q = `http://localhost:${ports.query}`;
  log('');
  log(
    `Loaded: ${counts.targets} targets, ${counts.cadres} cadres, 1 term plan, ${counts.rounds} rounds,`,
  );
  log(
    `  ${counts.inspectionsFedBack} inspections fed back (${villageInspections} village inspections of the township-with-villages round stay open: their township's inspection fed each village back),`,
  );
  log(
    `  ${counts.findings} findings, ${counts.immediateItems} immediate items, ${counts.clues} clues (${counts.urgentClues} urgent, ${counts.cluesConcluded} concluded),`,
  );
  log(
    `  ${counts.cases} rectification cases, ${counts.itemsSignedOff} items signed off, ${counts.reports} reports, ${counts.assessments} assessments.`,
  );
  log('');
  log(`GET /api/v1/stats?jurisdiction=${CITY.code} (analyst):`);
  log(
    `  targets   ${stats.targets.inspected}/${stats.targets.inScope} inspected, coverage ${pct(stats.targets.coverageRate)}`,
  );
  log(
    `  problems  ${stats.problems.rectified}/${stats.problems.found} rectified, rate ${pct(stats.problems.rectificationRate)}`,
  );
  log(
    `  clues     ${stats.clues.concluded}/${stats.clues.transferred} concluded, rate ${pct(stats.clues.conclusionRate)}; ` +
      `${stats.clues.casesFiled} cases filed, ${stats.clues.sanctionedPersons} sanctioned, ${stats.clues.judicialTransfers} to judicial organs, ` +
      `${stats.clues.fundsRecovered} yuan recovered`,
  );
  log(`  rules established ${stats.rulesEstablished}, immediate items ${stats.immediateItems}`);
  log('');
  log(`Where to look (every call needs the bearer token):`);
  log(`  TOKEN=$(npm run -s token -- --role analyst --jurisdiction ${CITY.code})`);
  log(`  curl -H "Authorization: Bearer $TOKEN" ${q}/dashboard > dashboard.html   # then open it`);
  log(`  or open ${q}/dashboard in a browser with a header extension (ModHeader …) sending`);
  log(`  Authorization: Bearer <token>`);
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/stats?jurisdiction=${CITY.code}"`);
  log(
    `  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/stats?jurisdiction=611002"   # 商州区`,
  );
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/ledgers/problems?limit=5"`);
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/overdue"`);
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/common-problems"`);
  log(
    `Finished in ${(ms / 1000).toFixed(1)} s with ${api.calls} HTTP calls; a second run with the same seed adds nothing.`,
  );
  return { counts, stats, ms, calls: api.calls };
}

function partyMembersOf(t: TargetSpec): number {
  return Math.round(t.headcount * 0.7);
}
