/** 巡察轮次: each round planned in its term plan with its teams (./teams), approved, launched. */
import type { Json } from '../../http/client';
import { catalogVersionUnknown, roundWithoutTeams } from './checks';
import {
  line,
  refusalOf,
  roundName,
  type CycleRun,
  type PlanEntry,
  type RoundEntry,
} from './run-context';
import { checkTeams, formTeams } from './teams';

/** The file's rounds by ordinal (a second row of one is refused), and the ones registered. */
export async function groupRounds(run: CycleRun): Promise<void> {
  for (const p of run.rows.rounds) {
    const first = run.rounds.get(p.row.ordinal);
    if (first) {
      run.refuse(
        'rounds',
        p.line,
        `轮次 ${roundName(p.row.ordinal)} is on line ${first.pending.line} already`,
      );
    } else {
      run.rounds.set(p.row.ordinal, { pending: p, targets: new Map(), refusedTargets: new Map() });
    }
  }
  if (run.rounds.size > 0) {
    run.knownRounds = new Set((await run.list('planning', '/rounds')).map((r) => String(r.id)));
  }
}

/** The term plan a round row names (in the file, else an adopted one registered), or the only one. */
function planOf(run: CycleRun, named: string): { name: string; plan?: PlanEntry; adopted: number } {
  const name = named || (run.plans.size === 1 ? [...run.plans.keys()][0] : '');
  const adopted = run.registeredPlans.filter((d) => d.name === name && d.status === 'adopted');
  const plan: PlanEntry | undefined =
    run.plans.get(name) ??
    (adopted.length === 1
      ? {
          line: 0,
          id: String(adopted[0].id),
          row: { ...adopted[0].window, jurisdiction: String(adopted[0].jurisdiction) },
        }
      : undefined);
  return { name, plan, adopted: adopted.length };
}

export async function importRound(run: CycleRun, entry: RoundEntry): Promise<void> {
  const { pending: p } = entry;
  const o = p.row.ordinal;
  const teams = run.rows.teams.filter((t) => t.row.ordinal === o);
  const fail = (reason: string, extra?: Json) => {
    run.refuse('rounds', p.line, reason, extra);
    entry.why = `${line('rounds', p.line)} (${roundName(o)}) was refused`;
  };
  const refuseTeams = (why: string, which = teams) => {
    for (const t of which) run.refuse('teams', t.line, why);
  };
  const { name: planName, plan, adopted } = planOf(run, p.row.termPlan);
  let problem: string | undefined;
  if (!planName) {
    problem = `巡察规划 is empty and the file has ${run.plans.size} term plans: name one`;
  } else if (!plan) {
    problem =
      run.refusedLine('termPlans', undefined, { 名称: planName }) ??
      `巡察规划 '${planName}' is neither in the 巡察规划 sheet nor an adopted term plan ` +
        `under ${run.ctx.jurisdiction}` +
        (adopted > 1 ? ` (${adopted} adopted plans have that name)` : '');
  } else if (plan.why) {
    problem = plan.why;
  }
  if (problem) {
    fail(problem);
    return refuseTeams(entry.why!);
  }
  const code = plan!.row!.jurisdiction;
  const catalog = p.row.catalog && (await run.chosenCatalog(p.row.catalog, code));
  if (p.row.catalog && !catalog) {
    fail(catalogVersionUnknown(p.row.catalog, code));
    return refuseTeams(entry.why!);
  }
  const { kind, modes, theme, window } = p.row;
  const body = {
    termPlanId: plan!.id,
    ordinal: o,
    kind,
    modes,
    ...(theme && { theme }),
    window,
    ...(catalog && { catalogVersion: catalog }),
  };
  // The term plan adopted moments ago may not be known to the check yet.
  const retry = ['term-plan-not-adopted'];
  // The service's rules for the round (its window, its theme…), before its team rows are checked.
  const acceptable = await run.wouldAccept(
    'planning',
    '/rounds',
    run.office,
    body,
    `${p.key}:create`,
    retry,
  );
  if (!acceptable.ok) {
    const { reason, extra } = refusalOf(acceptable.status, acceptable.body);
    fail(reason, extra);
    return refuseTeams(entry.why!);
  }

  // Each team row checked locally before the round is planned.
  const ready = checkTeams(run, teams, code);
  if (ready.length === 0) {
    return fail(
      roundWithoutTeams(
        roundName(o),
        teams.map((t) => t.line),
      ),
    );
  }

  const planned = await run.send('planning', '/rounds', run.office, body, `${p.key}:create`, retry);
  if (!planned.ok) {
    const { reason, extra } = refusalOf(planned.status, planned.body);
    fail(reason, extra);
    return refuseTeams(
      entry.why!,
      ready.map((r) => r.pending),
    );
  }
  const id = String(planned.body.id);
  const formed = await formTeams(run, entry, id, ready);
  if (formed.length === 0) {
    return fail(
      roundWithoutTeams(
        roundName(o),
        teams.map((t) => t.line),
        true,
      ),
    );
  }
  // Launching reads the round's read model: wait until it holds every team.
  await run.api.eventually(`the teams of ${roundName(o)}`, async () => {
    const view = await run.get('planning', `/rounds/${id}`);
    const ids = new Set(((view.teams as Json[]) ?? []).map((t) => String(t.teamId)));
    return formed.every((teamId) => ids.has(teamId));
  });
  for (const step of ['approve', 'launch'] as const) {
    const sent = await run.send(
      'planning',
      `/rounds/${id}/${step}`,
      run.office,
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
  run.done('rounds', run.knownRounds.has(id));
}
