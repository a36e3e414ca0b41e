/**
 * The ledger sheets beyond targets and cadres, through the public HTTP API of
 * the five services, in the order the cycle runs: term plans (巡察规划), rounds
 * with their teams (巡察轮次, 巡察组), then per inspection (巡察) its field
 * work, findings (问题), clues (线索), report and feedback, and after it the
 * clues' handling and the rectification cases (整改). Follow-up rounds (回头看)
 * go last: they need the earlier inspections counted.
 *
 * A row is checked against everything known locally before its first command
 * is sent, and its first command is the one the service may refuse; a row
 * that depends on a refused row is refused naming it.
 */
import { TALK_GROUP_LABELS, type TalkGroup } from '@xuncha/contracts';
import {
  focusItem,
  talkCoverage,
  type FocusCatalog,
  type TalkRules,
} from '@xuncha/inspection-domain';
import { isWithinJurisdiction } from '@xuncha/platform-kernel';
import type { Role } from '@xuncha/platform-nest';
import { at } from '../demo/support';
import { ApiError, pool, type ApiClient, type Json, type Service } from '../http/client';
import {
  missingPlan,
  parseOrdinal,
  type CaseRow,
  type ClueRow,
  type FindingRow,
  type InspectionRow,
  type RoundRow,
  type TeamRow,
  type TermPlanRow,
} from './cycle-rows';
import { SHEET_NAMES, type SheetKind } from './read';

export interface Pending<T> {
  line: number;
  /** The row's key; each step's Idempotency-Key derives from it and the step's name. */
  key: string;
  cells: Record<string, string>;
  row: T;
}

export interface CycleRows {
  termPlans: Array<Pending<TermPlanRow>>;
  rounds: Array<Pending<RoundRow>>;
  teams: Array<Pending<TeamRow>>;
  inspections: Array<Pending<InspectionRow>>;
  findings: Array<Pending<FindingRow>>;
  clues: Array<Pending<ClueRow>>;
  cases: Array<Pending<CaseRow>>;
  /** Every sheet's rows the local checks refused, by their cells. */
  refused: Record<SheetKind, Array<{ line: number; cells: Record<string, string> }>>;
}

export interface KnownTarget {
  id: string;
  name: string;
  jurisdiction: string;
}

export interface CycleContext {
  api: ApiClient;
  /** The office's jurisdiction: every row lies under it. */
  jurisdiction: string;
  token: (role: Role, sub?: string, jurisdiction?: string) => Promise<string>;
  /** A target named in a row: from the file or registered (nearest to `code`), or why not. */
  target: (name: string, code: string) => { id?: string; why?: string };
  /** Every active target the import knows: registered before or from this file. */
  targets: KnownTarget[];
  /** A cadre named in a team: its id and pools, or why not. */
  cadre: (name: string) => { id?: string; pools?: string[]; why?: string };
  refuse: (kind: SheetKind, line: number, reason: string, extra?: Json) => void;
  /** A row went in whole: `replayed` when its first command was there from an earlier run. */
  done: (kind: SheetKind, replayed: boolean) => void;
  log: (line: string) => void;
}

type Sent = { ok: true; body: Json } | { ok: false; status: number; body: Json };

/** Why the service refused: `rule: detail` for a 422, the detail and field errors otherwise. */
export function refusalOf(status: number, body: Json): { reason: string; extra: Json } {
  const type = String(body.type ?? '');
  const errors = Array.isArray(body.errors)
    ? (body.errors as Array<{ field: string; messages?: string[] }>)
    : undefined;
  const rule =
    status === 422 && type.includes('/rules/') ? type.slice(type.lastIndexOf('/') + 1) : '';
  const detail = String(body.detail ?? body.title ?? `answered ${status}`);
  const reason = [
    rule && !detail.startsWith(rule) ? `${rule}: ${detail}` : detail,
    ...(errors ?? []).map((e) => `${e.field}: ${(e.messages ?? []).join(', ')}`),
  ].join('; ');
  return { reason, extra: { status, ...(type && { type }), ...(errors && { errors }) } };
}

const roundName = (ordinal: number) => `第${ordinal}轮`;
const line = (kind: SheetKind, n: number) => `${SHEET_NAMES[kind]} line ${n}`;

interface RoundEntry {
  pending: Pending<RoundRow>;
  /** Its term plan's jurisdiction: names of targets resolve nearest to it. */
  code?: string;
  /** Why the round cannot be used (refused, or never launched). */
  why?: string;
  id?: string;
  /** Target id → the team row that put it in the round, once the service accepted it. */
  targets: Map<string, number>;
  /** Target id → the team row (refused) that named it. */
  refusedTargets: Map<string, number>;
}

interface PlanEntry {
  line: number;
  id?: string;
  row?: Pick<TermPlanRow, 'jurisdiction' | 'from' | 'to'>;
  why?: string;
}

interface FindingEntry {
  pending: Pending<FindingRow>;
  findingId?: string;
  /** The finding was there from an earlier run. */
  replayed?: boolean;
  villageId?: string;
  /** The catalog item code 监督重点 names. */
  focusItem?: string;
  why?: string;
}

/** The item (or top-leader manifestation) a 监督重点 cell names, by code or by wording. */
function classified(catalog: FocusCatalog, text: string): string | undefined {
  if (focusItem(catalog, text)) return text;
  const leaves = [
    ...catalog.focuses.flatMap((focus) => focus.items),
    ...catalog.processes.flatMap((p) => p.points.flatMap((point) => point.manifestations)),
  ];
  const byWording = leaves.filter((leaf) => leaf.label === text);
  return byWording.length === 1 ? byWording[0].code : undefined;
}

interface Unit {
  ordinal: number;
  target: string;
  inspection?: Pending<InspectionRow>;
  findings: Array<Pending<FindingRow>>;
  clues: Array<Pending<ClueRow>>;
  cases: Array<Pending<CaseRow>>;
}

export async function runCycle(ctx: CycleContext, rows: CycleRows): Promise<void> {
  const { api, done, log } = ctx;
  const office = await ctx.token('office');
  /** A row is refused once, with the first reason found (its dependents may be refused later). */
  const refusedRows = new Set<string>();
  const refuse = (kind: SheetKind, n: number, reason: string, extra?: Json) => {
    if (refusedRows.has(`${kind}:${n}`)) return;
    refusedRows.add(`${kind}:${n}`);
    ctx.refuse(kind, n, reason, extra);
  };

  const send = async (
    service: Service,
    path: string,
    as: string,
    body: unknown,
    step: string,
    retry: string[] = [],
  ): Promise<Sent> => {
    try {
      return { ok: true, body: await api.call(service, 'POST', path, as, body, { step, retry }) };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      return { ok: false, status: error.status, body: error.body };
    }
  };
  const get = (service: Service, path: string) => api.call(service, 'GET', path, office);
  const list = (service: Service, path: string) => api.list(service, path, office);
  // ── 监督重点清单: the catalogs the office keeps in planning, read as rounds need them ──
  const catalogs = new Map<string, Promise<FocusCatalog | undefined>>();
  /** A catalog version, whole: what a round's findings are classified against. */
  const catalogVersion = (version: string) => {
    if (!catalogs.has(version)) {
      catalogs.set(
        version,
        get('planning', `/focus-catalog-versions/${encodeURIComponent(version)}`).then(
          (body) => body as unknown as FocusCatalog,
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 404) return undefined;
            throw error;
          },
        ),
      );
    }
    return catalogs.get(version)!;
  };
  const usable = new Map<string, Promise<Json[]>>();
  /** 监督重点清单 of a 巡察轮次 row: a version id or label, or the title of a one-version catalog. */
  const chosenCatalog = async (text: string, jurisdiction: string) => {
    if (!usable.has(jurisdiction)) {
      usable.set(
        jurisdiction,
        get('planning', `/focus-catalogs?jurisdiction=${jurisdiction}`).then(
          (body) => body.items as Json[],
        ),
      );
    }
    const bare = (t: string) =>
      t
        .replace(/[“”"']/g, '')
        .replace(/监督重点清单$/, '')
        .trim();
    for (const catalog of await usable.get(jurisdiction)!) {
      const versions = catalog.versions as Array<{ version: string; label: string }>;
      const exact = versions.find((v) => v.version === text || v.label === text);
      if (exact) return exact.version;
      if (bare(String(catalog.title)) === bare(text) && versions.length === 1) {
        return versions[0].version;
      }
    }
    return undefined;
  };

  /** The line of a row the local checks refused, found by its cells: a dependency's name. */
  const refusedLine = (
    kind: SheetKind,
    ordinal: number | undefined,
    cells: Record<string, string>,
  ): string | undefined => {
    const row = rows.refused[kind].find(
      (r) =>
        (ordinal === undefined || parseOrdinal(r.cells['轮次'] ?? '') === ordinal) &&
        Object.entries(cells).every(([header, value]) => (r.cells[header] ?? '') === value),
    );
    return row && `${line(kind, row.line)} was refused`;
  };
  const refuseSent = (kind: SheetKind, n: number, sent: Sent & { ok: false }, what = '') => {
    const { reason, extra } = refusalOf(sent.status, sent.body);
    refuse(kind, n, `${what}${reason}`, extra);
  };

  // ── 巡察规划: term plans, drafted with their scope and adopted ──────────────
  const plans = new Map<string, PlanEntry>();
  const registeredPlans =
    rows.termPlans.length > 0 || rows.rounds.length > 0
      ? await list('planning', `/term-plans?jurisdiction=${ctx.jurisdiction}`)
      : [];
  const knownPlans = new Set(registeredPlans.map((p) => String(p.id)));
  const uniquePlans = rows.termPlans.filter((p) => {
    const first = plans.get(p.row.name);
    if (first) {
      refuse('termPlans', p.line, `名称 '${p.row.name}' is on line ${first.line} already`);
      return false;
    }
    plans.set(p.row.name, { line: p.line, row: p.row });
    return true;
  });
  await pool(uniquePlans, 4, async (p) => {
    const entry = plans.get(p.row.name)!;
    const fail = (reason: string, extra?: Json) => {
      refuse('termPlans', p.line, reason, extra);
      entry.why = `${line('termPlans', p.line)} (${p.row.name}) was refused`;
    };
    const problems: string[] = [];
    let scope: KnownTarget[];
    if (p.row.targets.length > 0) {
      scope = [];
      for (const name of p.row.targets) {
        const found = ctx.target(name, p.row.jurisdiction);
        if (found.id) scope.push(ctx.targets.find((t) => t.id === found.id)!);
        else problems.push(`巡察对象 ${found.why}`);
      }
    } else {
      scope = ctx.targets.filter((t) => isWithinJurisdiction(t.jurisdiction, p.row.jurisdiction));
    }
    const outside = scope.filter((t) => !isWithinJurisdiction(t.jurisdiction, p.row.jurisdiction));
    if (outside.length > 0) {
      problems.push(
        `target-outside-jurisdiction: ${outside.map((t) => t.name).join('、')} lie outside ${p.row.jurisdiction}`,
      );
    }
    if (scope.length === 0) problems.push('term-plan-scope-empty: no target lies in its scope');
    if (problems.length > 0) return fail(problems.join('; '));
    const { name, jurisdiction, from, to } = p.row;
    // Sorted: a re-run must send the very request the key was first used for.
    const targetIds = [...new Set(scope.map((t) => t.id))].sort();
    const body = { name, jurisdiction, from, to, targetIds };
    const created = await send('planning', '/term-plans', office, body, `${p.key}:create`, [
      'target-unknown',
      'target-outside-jurisdiction',
    ]);
    if (!created.ok) {
      const { reason, extra } = refusalOf(created.status, created.body);
      return fail(reason, extra);
    }
    const id = String(created.body.id);
    const adopted = await send('planning', `/term-plans/${id}/adopt`, office, {}, `${p.key}:adopt`);
    if (!adopted.ok) {
      const { reason, extra } = refusalOf(adopted.status, adopted.body);
      return fail(`adopting: ${reason}`, extra);
    }
    entry.id = id;
    done('termPlans', knownPlans.has(id));
  });
  if (rows.termPlans.length > 0) log(`  term plans: ${uniquePlans.length} rows sent`);

  // ── Rows grouped by what they belong to ─────────────────────────────────────
  const rounds = new Map<number, RoundEntry>();
  for (const p of rows.rounds) {
    const first = rounds.get(p.row.ordinal);
    if (first) {
      refuse(
        'rounds',
        p.line,
        `轮次 ${roundName(p.row.ordinal)} is on line ${first.pending.line} already`,
      );
    } else {
      rounds.set(p.row.ordinal, { pending: p, targets: new Map(), refusedTargets: new Map() });
    }
  }
  const missingRound = (ordinal: number) =>
    refusedLine('rounds', ordinal, {})?.replace(' was', ` (${roundName(ordinal)}) was`) ??
    `${roundName(ordinal)} is not in the 巡察轮次 sheet`;
  const units = new Map<string, Unit>();
  const unitOf = (ordinal: number, target: string) => {
    const id = `${ordinal}\u0000${target}`;
    if (!units.has(id)) units.set(id, { ordinal, target, findings: [], clues: [], cases: [] });
    return units.get(id)!;
  };
  for (const p of rows.inspections) {
    const unit = unitOf(p.row.ordinal, p.row.target);
    if (unit.inspection) {
      refuse(
        'inspections',
        p.line,
        `${roundName(p.row.ordinal)} ${p.row.target} is on line ${unit.inspection.line} already`,
      );
    } else unit.inspection = p;
  }
  for (const p of rows.findings) unitOf(p.row.ordinal, p.row.target).findings.push(p);
  for (const p of rows.clues) unitOf(p.row.ordinal, p.row.target).clues.push(p);
  for (const p of rows.cases) unitOf(p.row.ordinal, p.row.target).cases.push(p);

  const knownRounds = new Set(
    rounds.size > 0 ? (await list('planning', '/rounds')).map((r) => String(r.id)) : [],
  );
  /** Targets whose feedback this run delivered: the follow-up rounds may come back to them. */
  const fedBack = new Set<string>();

  // ── 巡察轮次 and 巡察组: plan, teams, approve, launch ──────────────────────────
  const runRound = async (entry: RoundEntry) => {
    const { pending: p } = entry;
    const o = p.row.ordinal;
    const teams = rows.teams.filter((t) => t.row.ordinal === o);
    const fail = (reason: string, extra?: Json) => {
      refuse('rounds', p.line, reason, extra);
      entry.why = `${line('rounds', p.line)} (${roundName(o)}) was refused`;
    };
    const refuseTeams = (why: string, which = teams) => {
      for (const t of which) refuse('teams', t.line, why);
    };
    // The term plan: named (in the file, else an adopted one registered), or the file's only one.
    const planName = p.row.termPlan || (plans.size === 1 ? [...plans.keys()][0] : '');
    const adopted = registeredPlans.filter((d) => d.name === planName && d.status === 'adopted');
    const plan: PlanEntry | undefined =
      plans.get(planName) ??
      (adopted.length === 1
        ? {
            line: 0,
            id: String(adopted[0].id),
            row: { ...adopted[0].window, jurisdiction: String(adopted[0].jurisdiction) },
          }
        : undefined);
    let problem = '';
    if (!planName) {
      problem = `巡察规划 is empty and the file has ${plans.size} term plans: name one`;
    } else if (!plan) {
      problem =
        refusedLine('termPlans', undefined, { 名称: planName }) ??
        `巡察规划 '${planName}' is neither in the 巡察规划 sheet nor an adopted term plan ` +
          `under ${ctx.jurisdiction}` +
          (adopted.length > 1 ? ` (${adopted.length} adopted plans have that name)` : '');
    } else if (plan.why) {
      problem = plan.why;
    } else if (p.row.window.from < plan.row!.from || p.row.window.to > plan.row!.to) {
      problem =
        `round-outside-term: ${p.row.window.from} – ${p.row.window.to} is outside ` +
        `${planName} (${plan.row!.from} – ${plan.row!.to})`;
    }
    if (problem) {
      fail(problem);
      return refuseTeams(entry.why!);
    }
    const code = plan!.row!.jurisdiction;

    // Each team row checked locally before the round is planned.
    const ready: Array<{ pending: Pending<TeamRow>; body: Json; targetIds: string[] }> = [];
    for (const t of teams) {
      const problems: string[] = [];
      const cadre = (name: string, place: string) => {
        const found = ctx.cadre(name);
        if (!found.id) problems.push(`${place} ${found.why}`);
        return found;
      };
      const leader = cadre(t.row.leader, '组长');
      if (leader.pools && !leader.pools.includes('leader')) {
        problems.push(`team-leader-not-in-leader-pool: ${t.row.leader} is not in the 组长库`);
      }
      const deputyIds = t.row.deputies.map((name) => cadre(name, '副组长').id);
      const liaisonId = cadre(t.row.liaison, '联络员').id;
      const memberIds = t.row.members.map((name) => cadre(name, '组员').id);
      const targetIds: string[] = [];
      for (const name of t.row.targets) {
        const found = ctx.target(name, code);
        if (found.id) targetIds.push(found.id);
        else problems.push(`巡察对象 ${found.why}`);
      }
      if (problems.length > 0) {
        refuse('teams', t.line, problems.join('; '));
        continue;
      }
      const body = { leaderId: leader.id, deputyIds, liaisonId, memberIds, targetIds };
      ready.push({ pending: t, body, targetIds });
    }
    if (ready.length === 0) {
      fail(
        teams.length === 0
          ? `round-without-teams: no 巡察组 row names ${roundName(o)}`
          : `round-without-teams: no 巡察组 row of ${roundName(o)} passed its checks ` +
              `(lines ${teams.map((t) => t.line).join(', ')})`,
      );
      return;
    }

    const { kind, modes, theme, window } = p.row;
    const catalog = p.row.catalog && (await chosenCatalog(p.row.catalog, plan!.row!.jurisdiction));
    if (p.row.catalog && !catalog) {
      fail(
        `catalog-version-unknown: 监督重点清单 '${p.row.catalog}' is no catalog version ` +
          `${plan!.row!.jurisdiction} may use (a version id or label, or a one-version catalog's title)`,
      );
      return refuseTeams(entry.why!);
    }
    const planned = await send(
      'planning',
      '/rounds',
      office,
      {
        termPlanId: plan!.id,
        ordinal: o,
        kind,
        modes,
        ...(theme && { theme }),
        window,
        ...(catalog && { catalogVersion: catalog }),
      },
      `${p.key}:create`,
      ['term-plan-not-adopted'],
    );
    if (!planned.ok) {
      const { reason, extra } = refusalOf(planned.status, planned.body);
      fail(reason, extra);
      return refuseTeams(
        entry.why!,
        ready.map((r) => r.pending),
      );
    }
    const id = String(planned.body.id);
    const before = await api.request('planning', 'GET', `/rounds/${id}`, office);
    const teamsBefore = new Set(
      ((before.body.teams as Json[] | undefined) ?? []).map((t) => String(t.teamId)),
    );
    const formed: string[] = [];
    for (const { pending: t, body, targetIds } of ready) {
      const sent = await send('planning', `/rounds/${id}/teams`, office, body, `${t.key}:team`, [
        'cadre-unknown',
        'target-unknown',
        // The planning service counts a target inspected once the feedback event reached it.
        ...(kind === 'follow-up' && targetIds.every((tid) => fedBack.has(tid))
          ? ['follow-up-target-not-inspected']
          : []),
      ]);
      if (!sent.ok) {
        refuseSent('teams', t.line, sent);
        for (const tid of targetIds) entry.refusedTargets.set(tid, t.line);
        continue;
      }
      formed.push(String(sent.body.teamId));
      for (const tid of targetIds) entry.targets.set(tid, t.line);
      done('teams', teamsBefore.has(String(sent.body.teamId)));
    }
    if (formed.length === 0) {
      fail(
        `round-without-teams: every 巡察组 row of ${roundName(o)} was refused; ` +
          `the round stays a draft`,
      );
      return;
    }
    // Launching reads the round's read model: wait until it holds every team.
    await api.eventually(`the teams of ${roundName(o)}`, async () => {
      const view = await get('planning', `/rounds/${id}`);
      const ids = new Set(((view.teams as Json[]) ?? []).map((t) => String(t.teamId)));
      return formed.every((teamId) => ids.has(teamId));
    });
    for (const step of ['approve', 'launch'] as const) {
      const sent = await send(
        'planning',
        `/rounds/${id}/${step}`,
        office,
        {},
        `${p.key}:${step}`,
        step === 'launch' ? ['target-unknown'] : [],
      );
      if (!sent.ok) {
        const { reason, extra } = refusalOf(sent.status, sent.body);
        return fail(`${step}: ${reason}`, extra);
      }
    }
    entry.id = id;
    entry.code = code;
    done('rounds', knownRounds.has(id));
  };

  // ── One inspection (巡察) and everything recorded at it ───────────────────
  const runUnit = async (unit: Unit) => {
    const insp = unit.inspection;
    const title = `${roundName(unit.ordinal)} ${unit.target}`;
    /** The rows recorded at the inspection, refused with it. */
    const refuseAll = (why: string) => {
      for (const f of unit.findings) refuse('findings', f.line, why);
      for (const c of unit.clues) refuse('clues', c.line, why);
      for (const c of unit.cases) refuse('cases', c.line, why);
    };
    if (!insp) {
      return refuseAll(
        refusedLine('inspections', unit.ordinal, { 巡察对象: unit.target }) ??
          `${title} has no row in the 巡察 sheet`,
      );
    }
    const round = rounds.get(unit.ordinal);
    const inspWhy = `${line('inspections', insp.line)} (${title}) was refused`;
    const failInspection = (reason: string, extra?: Json) => {
      refuse('inspections', insp.line, reason, extra);
      refuseAll(inspWhy);
    };
    if (!round) return failInspection(missingRound(unit.ordinal));
    if (round.why) return failInspection(round.why);
    const found = ctx.target(unit.target, round.code!);
    if (!found.id) return failInspection(`巡察对象 ${found.why}`);
    const targetId = found.id;
    if (!round.targets.has(targetId)) {
      const teamLine = round.refusedTargets.get(targetId);
      return failInspection(
        teamLine
          ? `${line('teams', teamLine)} (its team in ${roundName(unit.ordinal)}) was refused`
          : `${unit.target} is in no team of ${roundName(unit.ordinal)} (巡察组)`,
      );
    }
    const opened = await api.eventually(`the inspection ${title}`, async () => {
      const page = await get('inspection', `/inspections?roundId=${round.id}&targetId=${targetId}`);
      return (page.items as Json[] | undefined)?.[0];
    });
    const id = String(opened.id);
    const path = (p: string) => `/inspections/${id}${p}`;
    const view = await get('inspection', path(''));
    const r = insp.row;

    // The rules the report will be held to, checked before anything is sent.
    if (r.report) {
      const coverage = talkCoverage(view.target, r.talks, view.talkRules as TalkRules);
      const groups = (gs: TalkGroup[]) => gs.map((g) => TALK_GROUP_LABELS[g]).join('、');
      if (coverage.talked < coverage.required) {
        return failInspection(
          `talk-coverage-not-met: ${coverage.talked} talks for a headcount of ` +
            `${coverage.headcount}: ${coverage.required} needed before the report (巡察报告)`,
        );
      }
      if (coverage.missingGroups.length > 0) {
        return failInspection(
          `must-talk-groups-missing: no talks with ${groups(coverage.missingGroups)} (必谈对象)`,
        );
      }
      const members = coverage.partyMembers;
      if (members && members.talked < members.required) {
        return failInspection(
          `party-member-talks-short: ${members.talked} party-member talks for ` +
            `${members.required} party members (全体党员)`,
        );
      }
    }

    // Findings: checked against the inspection's catalog and villages, then their cases.
    const findings = new Map<string, FindingEntry>(); // by 编号
    const entries: FindingEntry[] = [];
    const villages = (view.villages as Array<{ villageId: string; villageName: string }>) ?? [];
    const catalog = await catalogVersion(String(view.catalogVersion));
    for (const f of unit.findings) {
      const entry: FindingEntry = { pending: f };
      const problems: string[] = [];
      const item = catalog && classified(catalog, f.row.focusItem);
      if (item) entry.focusItem = item;
      else {
        problems.push(
          `unknown-focus-item: 监督重点 '${f.row.focusItem}' is no item code or wording of ` +
            `catalog ${view.catalogVersion}`,
        );
      }
      if (f.row.village) {
        const village = villages.find((v) => v.villageName === f.row.village);
        if (village) entry.villageId = village.villageId;
        else {
          problems.push(
            `unknown-village: 村 '${f.row.village}' is not a village of this inspection` +
              (villages.length ? ` (${villages.map((v) => v.villageName).join('、')})` : ''),
          );
        }
      }
      if (f.row.ref && findings.has(f.row.ref)) {
        problems.push(
          `编号 '${f.row.ref}' is on line ${findings.get(f.row.ref)!.pending.line} already`,
        );
      }
      if (problems.length > 0) {
        refuse('findings', f.line, problems.join('; '));
        entry.why = `${line('findings', f.line)} was refused`;
      }
      if (f.row.ref && !findings.has(f.row.ref)) findings.set(f.row.ref, entry);
      entries.push(entry);
    }
    // A case's plan lists every item of it: each of its findings needs the plan columns.
    const caseRows = new Map<string, { pending: Pending<CaseRow>; why?: string }>();
    for (const c of unit.cases) {
      const list = c.row.village ?? '';
      const refuseCase = (reason: string) => {
        refuse('cases', c.line, reason);
        if (!caseRows.has(list)) caseRows.set(list, { pending: c, why: reason });
      };
      if (caseRows.has(list)) {
        refuseCase(`${title} ${list} is on line ${caseRows.get(list)!.pending.line} already`);
        continue;
      }
      const items = entries.filter((e) => !e.why && (e.pending.row.village ?? '') === list);
      const unplanned = items.filter((e) => !e.pending.row.plan);
      if (!r.deliveredOn) {
        refuseCase(
          `${line('inspections', insp.line)} has no 反馈日期: a case opens with the feedback`,
        );
      } else if (items.length === 0) {
        refuseCase(`case-without-items: no 问题 row of ${title}${list && ` ${list}`} went in`);
      } else if (unplanned.length > 0) {
        refuseCase(
          `plan-incomplete: ${unplanned
            .map(
              (e) => `问题 line ${e.pending.line} lacks ${missingPlan(e.pending.cells).join('、')}`,
            )
            .join('; ')} (every item needs measures, a responsible person and a deadline)`,
        );
      } else caseRows.set(list, { pending: c });
    }
    for (const entry of entries.filter((e) => !e.why && e.pending.row.state === 'rectified')) {
      const list = entry.pending.row.village ?? '';
      const caseRow = caseRows.get(list);
      if (!caseRow || caseRow.why) {
        const refused = refusedLine('cases', unit.ordinal, { 巡察对象: unit.target, 村: list });
        const reason = caseRow
          ? `整改状态 已整改 needs the plan of ${line('cases', caseRow.pending.line)}, which was refused`
          : refused
            ? `整改状态 已整改 needs the plan of ${refused.replace(' was refused', '')}, which was refused`
            : `整改状态 已整改 needs the rectification plan: no 整改 row for ${title}${list && ` ${list}`}`;
        refuse('findings', entry.pending.line, reason);
        entry.why = `${line('findings', entry.pending.line)} was refused`;
      }
    }

    // Field work: stationing (the first command, the one that may be refused), talks, surveys.
    const day = (d: string) => at(d, '09:00:00');
    const stationed = await send(
      'inspection',
      path('/stationing'),
      office,
      { announcedAt: day(r.stationedOn), channels: r.channels },
      `${insp.key}:stationing`,
    );
    if (!stationed.ok) {
      const { reason, extra } = refusalOf(stationed.status, stationed.body);
      return failInspection(reason, extra);
    }
    const steps = Object.entries(r.talks).map(([group, count]): [string, string, Json] => [
      `talks:${group}`,
      '/talks',
      { group, count, date: r.talkedOn },
    ]);
    const surveyed = (respondents: number) => ({ respondents, date: r.talkedOn });
    if (r.questionnaires) {
      steps.push(['questionnaires', '/questionnaires', surveyed(r.questionnaires)]);
    }
    if (r.evaluations) steps.push(['evaluations', '/evaluations', surveyed(r.evaluations)]);
    for (const [step, p, body] of steps) {
      const sent = await send('inspection', path(p), office, body, `${insp.key}:${step}`);
      if (!sent.ok) {
        const { reason, extra } = refusalOf(sent.status, sent.body);
        return failInspection(`${step}: ${reason}`, extra);
      }
    }

    // 问题: each finding, and its immediate item (立行立改).
    const findingsBefore = new Set(
      ((view.findings as Json[]) ?? []).map((f) => String(f.findingId)),
    );
    for (const entry of entries.filter((e) => !e.why)) {
      const { pending: f } = entry;
      const sent = await send(
        'inspection',
        path('/findings'),
        office,
        {
          title: f.row.title,
          description: f.row.description,
          focusItem: entry.focusItem,
          involvedRank: f.row.rank,
          ...(f.row.amount !== undefined && { amount: f.row.amount }),
          ...(entry.villageId && { villageId: entry.villageId }),
        },
        `${f.key}:finding`,
      );
      if (!sent.ok) {
        refuseSent('findings', f.line, sent);
        entry.why = `${line('findings', f.line)} was refused`;
        continue;
      }
      entry.findingId = String(sent.body.findingId);
      entry.replayed = findingsBefore.has(entry.findingId);
      if (f.row.immediate) {
        const item = await send(
          'inspection',
          path('/immediate-items'),
          office,
          { title: `立行立改：${f.row.title}`.slice(0, 300), findingId: entry.findingId },
          `${f.key}:immediate`,
        );
        if (!item.ok) {
          refuseSent('findings', f.line, item, '立行立改: ');
          entry.why = `${line('findings', f.line)} was refused`;
          continue;
        }
      }
      // A finding to sign off counts as in once its sign-off went in too.
      if (f.row.state !== 'rectified') done('findings', entry.replayed);
    }

    // 线索: recorded at the inspection (non-urgent ones go out with the approved report).
    const cluesBefore = new Set(((view.clues as Json[]) ?? []).map((c) => String(c.clueId)));
    const recorded: Array<{ pending: Pending<ClueRow>; clueId: string; replayed: boolean }> = [];
    for (const c of unit.clues) {
      let findingId: string | undefined;
      if (c.row.findingRef) {
        const entry = findings.get(c.row.findingRef);
        if (!entry) {
          const refused = refusedLine('findings', unit.ordinal, {
            巡察对象: unit.target,
            编号: c.row.findingRef,
          });
          refuse(
            'clues',
            c.line,
            `问题编号 '${c.row.findingRef}'` +
              (refused ? `: ${refused}` : ` names no 问题 row of ${title}`),
          );
          continue;
        }
        if (entry.why || !entry.findingId) {
          refuse('clues', c.line, `问题编号 '${c.row.findingRef}': ${entry.why}`);
          continue;
        }
        findingId = entry.findingId;
      }
      if (c.row.recipient && !c.row.urgent && !r.report) {
        refuse(
          'clues',
          c.line,
          `移交对象 needs the clue at the clue service: a clue that is not 紧急 goes out with ` +
            `the approved report, and ${line('inspections', insp.line)} has no 巡察报告`,
        );
        continue;
      }
      const sent = await send(
        'inspection',
        path('/clues'),
        office,
        {
          ...(findingId && { findingId }),
          person: c.row.person,
          allegation: c.row.allegation,
          discipline: c.row.discipline,
          urgent: c.row.urgent,
          // Found during the field work: on its day, else the day the team stationed.
          identifiedAt: day(c.row.identifiedOn ?? r.stationedOn),
        },
        `${c.key}:clue`,
      );
      if (!sent.ok) {
        refuseSent('clues', c.line, sent);
        continue;
      }
      const clueId = String(sent.body.clueId);
      recorded.push({ pending: c, clueId, replayed: cluesBefore.has(clueId) });
    }

    const cases = [...caseRows.values()].filter((c) => !c.why);

    // Report, approval, hearing, feedback, as far as the ledger goes.
    const villageIds = villages.map((v) => v.villageId);
    const later: Array<[string, string, Json]> = [];
    if (r.report) {
      later.push(['report', '/report', { summary: r.report }]);
      later.push(['report:approve', '/report/approve', {}]);
    }
    if (r.heardOn) {
      const heardAt = at(r.heardOn, '15:00:00');
      later.push(['hearing', '/report/hearing', { heardAt, directives: r.directives }]);
    }
    if (r.deliveredOn) {
      const deliveredAt = at(r.deliveredOn);
      const lists = villageIds.length > 0 ? { villageIds } : {};
      later.push(['feedback', '/feedback', { deliveredAt, copiedTo: r.copiedTo, ...lists }]);
    }
    for (const [name, p, body] of later) {
      const sent = await send('inspection', path(p), office, body, `${insp.key}:${name}`);
      if (!sent.ok) {
        const { reason, extra } = refusalOf(sent.status, sent.body);
        refuse('inspections', insp.line, `${name}: ${reason}`, extra);
        for (const c of recorded) {
          if (c.pending.row.recipient) refuse('clues', c.pending.line, inspWhy);
          else done('clues', c.replayed);
        }
        for (const c of cases) failCase(c.pending, inspWhy, entries);
        return;
      }
    }
    if (r.deliveredOn) fedBack.add(targetId);
    done('inspections', view.stationing !== null);

    await Promise.all([
      pool(recorded, 2, (clue) => handleClue(id, clue)),
      pool(cases, 1, async (c) => {
        // Findings the service refused are no items: a list left without any opens no case.
        const list = entries.filter(
          (e) => e.findingId && e.pending.row.village === c.pending.row.village,
        );
        if (list.length > 0) await rectify(id, c.pending, entries);
        else refuse('cases', c.pending.line, `case-without-items: no 问题 row of ${title} went in`);
      }),
    ]);
  };

  /** A case refused: its findings waiting to be signed off are refused with it. */
  const failCase = (c: Pending<CaseRow>, reason: string, entries: FindingEntry[], extra?: Json) => {
    refuse('cases', c.line, reason, extra);
    for (const e of entries) {
      if (
        e.findingId &&
        e.pending.row.village === c.row.village &&
        e.pending.row.state === 'rectified'
      ) {
        refuse('findings', e.pending.line, `its case (${line('cases', c.line)}) was refused`);
      }
    }
  };

  // ── 线索: joint review, transfer, receipt, disposition, outcome ────────────
  const handleClue = async (
    inspectionId: string,
    {
      pending: c,
      clueId,
      replayed,
    }: { pending: Pending<ClueRow>; clueId: string; replayed: boolean },
  ) => {
    const { recipient, receivedOn, method, outcome } = c.row;
    // A ledger that has only a later step's day bounds the earlier ones: a clue is transferred
    // at the latest when it is signed for, and assessed at the latest when it is transferred.
    const transferredOn = c.row.transferredOn ?? receivedOn;
    const assessedOn = c.row.assessedOn ?? transferredOn;
    const when = (field: string, day?: string) => (day ? { [field]: at(day) } : {});
    if (!recipient) return done('clues', replayed);
    await api.eventually(`clue ${clueId} at the clue service`, async () => {
      const items = await list('clue', `/clues?inspectionId=${inspectionId}`);
      return items.some((item) => String(item.id) === clueId);
    });
    const handler =
      recipient === 'discipline-commission'
        ? await ctx.token('discipline')
        : recipient === 'organization-department'
          ? await ctx.token('organization')
          : office;
    const steps: Array<[string, string, Json] | false> = [
      ['assessment', office, { recipient, note: c.row.note, ...when('assessedAt', assessedOn) }],
      ['transfer', office, when('transferredAt', transferredOn)],
      !!receivedOn && ['receipt', handler, { receivedAt: at(receivedOn!) }],
      !!method && ['disposition', handler, { method, ...when('decidedAt', c.row.decidedOn) }],
      !!outcome && ['outcome', handler, { ...outcome!, ...when('reportedAt', c.row.reportedOn) }],
    ];
    for (const step of steps) {
      if (!step) continue;
      const [name, as, body] = step;
      // The content is part of the key: figures reported again as they grew go in as new reports.
      const key =
        name === 'outcome' ? `${c.key}:outcome:${JSON.stringify(body)}` : `${c.key}:${name}`;
      const sent = await send('clue', `/clues/${clueId}/${name}`, as, body, key);
      if (!sent.ok) return refuseSent('clues', c.line, sent, `${name}: `);
    }
    done('clues', replayed);
  };

  // ── 整改: plan (approved), sign-offs, report, assessment ───────────────────
  const rectify = async (inspectionId: string, c: Pending<CaseRow>, entries: FindingEntry[]) => {
    const village = c.row.village;
    const view = await api.eventually(`the rectification case of line ${c.line}`, async () => {
      const cases = await list(
        'rectification',
        `/rectification-cases?inspectionId=${inspectionId}`,
      );
      for (const summary of cases) {
        const one = await get('rectification', `/rectification-cases/${summary.id}`);
        if ((one.village?.villageName ?? undefined) === village) return one;
      }
      return undefined;
    });
    const caseId = String(view.id);
    const items = view.items as Array<{ itemId: string; findingId?: string; title: string }>;
    const byFinding = new Map(entries.filter((e) => e.findingId).map((e) => [e.findingId!, e]));
    const unknown = items.filter((item) => !item.findingId || !byFinding.has(item.findingId));
    if (unknown.length > 0) {
      return failCase(
        c,
        `plan-incomplete: items of the case are no 问题 row of this file: ` +
          unknown.map((item) => item.title).join('、'),
        entries,
      );
    }
    const replayed = view.plan?.status === 'approved';
    // The rectifying organization (the village for per-village feedback) acts within the case's
    // jurisdiction.
    const inspected = await ctx.token(
      'inspected',
      String(view.village?.villageId ?? view.targetId),
      String(view.jurisdiction),
    );
    const plan = {
      items: items.map((item) => ({
        itemId: item.itemId,
        ...byFinding.get(item.findingId!)!.pending.row.plan!,
      })),
    };
    const casePath = (p: string) => `/rectification-cases/${caseId}${p}`;
    const planned = await send(
      'rectification',
      casePath('/plan'),
      inspected,
      plan,
      `${c.key}:plan`,
    );
    if (!planned.ok) {
      const { reason, extra } = refusalOf(planned.status, planned.body);
      return failCase(c, reason, entries, extra);
    }
    const approved = await send(
      'rectification',
      casePath('/plan/review'),
      office,
      { decision: 'approve', reasons: [] },
      `${c.key}:plan:approve`,
    );
    if (!approved.ok) {
      const { reason, extra } = refusalOf(approved.status, approved.body);
      return failCase(c, `plan review: ${reason}`, entries, extra);
    }

    const signed = entries.filter(
      (e) => e.findingId && !e.why && e.pending.row.village === village,
    );
    for (const entry of signed.filter((e) => e.pending.row.state === 'rectified')) {
      const f = entry.pending;
      let ok = true;
      for (const item of items.filter((i) => i.findingId === entry.findingId)) {
        const sent = await send(
          'rectification',
          casePath(`/items/${item.itemId}/sign-off`),
          office,
          { evidence: f.row.signOff!.evidence },
          `${f.key}:sign-off:${item.itemId}`,
        );
        if (!sent.ok) {
          refuseSent('findings', f.line, sent, '销号: ');
          ok = false;
          break;
        }
      }
      if (ok) done('findings', entry.replayed!);
    }

    if (c.row.report) {
      const sent = await send(
        'rectification',
        casePath('/report'),
        inspected,
        c.row.report,
        `${c.key}:report`,
      );
      if (!sent.ok) return refuseSent('cases', c.line, sent, '整改报告: ');
    }
    if (c.row.grade) {
      const sent = await send(
        'rectification',
        casePath('/assessment'),
        office,
        { grade: c.row.grade },
        `${c.key}:assessment`,
      );
      if (!sent.ok) return refuseSent('cases', c.line, sent, '成效评价: ');
    }
    done('cases', replayed);
  };

  // ── The order: regular rounds and their inspections, then follow-ups ───────
  const unitsOf = (ordinals: Set<number>) =>
    [...units.values()].filter((u) => ordinals.has(u.ordinal));
  const entriesAll = [...rounds.values()];
  const phases = [
    entriesAll.filter((e) => e.pending.row.kind !== 'follow-up'),
    entriesAll.filter((e) => e.pending.row.kind === 'follow-up'),
  ];
  const orphans = [...units.values()].filter((u) => !rounds.has(u.ordinal));
  for (const [n, phase] of phases.entries()) {
    if (phase.length === 0 && (n === 1 || orphans.length === 0)) continue;
    await pool(phase, 3, runRound);
    const ordinals = new Set(phase.map((e) => e.pending.row.ordinal));
    if (n === 0) for (const u of orphans) ordinals.add(u.ordinal);
    const work = unitsOf(ordinals);
    await pool(work, 6, runUnit);
    if (phase.length > 0 || work.length > 0) {
      log(
        `  ${n === 0 ? 'rounds' : 'follow-up rounds'}: ${phase.length} rounds, ${work.length} inspections`,
      );
    }
  }
  // Team rows of rounds the file does not have.
  for (const t of rows.teams.filter((t) => !rounds.has(t.row.ordinal))) {
    refuse('teams', t.line, missingRound(t.row.ordinal));
  }
}
