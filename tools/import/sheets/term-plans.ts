/** 巡察规划: each term plan drafted with its scope, then adopted. */
import { isWithinJurisdiction } from '@xuncha/platform-kernel';
import { pool, type Json } from '../../http/client';
import { termPlanScopeProblems } from './checks';
import { line, refusalOf, type CycleRun, type KnownTarget } from './run-context';

export async function importTermPlans(run: CycleRun): Promise<void> {
  const { ctx, rows, plans, office } = run;
  run.registeredPlans =
    rows.termPlans.length > 0 || rows.rounds.length > 0
      ? await run.list('planning', `/term-plans?jurisdiction=${ctx.jurisdiction}`)
      : [];
  const knownPlans = new Set(run.registeredPlans.map((p) => String(p.id)));
  const uniquePlans = rows.termPlans.filter((p) => {
    const first = plans.get(p.row.name);
    if (first) {
      run.refuse('termPlans', p.line, `名称 '${p.row.name}' is on line ${first.line} already`);
      return false;
    }
    plans.set(p.row.name, { line: p.line, row: p.row });
    return true;
  });
  await pool(uniquePlans, 4, async (p) => {
    const entry = plans.get(p.row.name)!;
    const fail = (reason: string, extra?: Json) => {
      run.refuse('termPlans', p.line, reason, extra);
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
    problems.push(...termPlanScopeProblems(scope, p.row.jurisdiction));
    if (problems.length > 0) return fail(problems.join('; '));
    const { name, jurisdiction, from, to } = p.row;
    // Sorted: a re-run must send the very request the key was first used for.
    const targetIds = [...new Set(scope.map((t) => t.id))].sort();
    const body = { name, jurisdiction, from, to, targetIds };
    // Targets registered moments ago may not be known to the check yet.
    const created = await run.send('planning', '/term-plans', office, body, `${p.key}:create`, [
      'target-unknown',
      'target-outside-jurisdiction',
    ]);
    if (!created.ok) {
      const { reason, extra } = refusalOf(created.status, created.body);
      return fail(reason, extra);
    }
    const id = String(created.body.id);
    const adopted = await run.send(
      'planning',
      `/term-plans/${id}/adopt`,
      office,
      {},
      `${p.key}:adopt`,
    );
    if (!adopted.ok) {
      const { reason, extra } = refusalOf(adopted.status, adopted.body);
      return fail(`adopting: ${reason}`, extra);
    }
    entry.id = id;
    run.done('termPlans', knownPlans.has(id));
  });
  if (rows.termPlans.length > 0) ctx.log(`  term plans: ${uniquePlans.length} rows sent`);
}
