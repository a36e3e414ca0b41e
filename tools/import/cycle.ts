/**
 * The ledger sheets beyond targets and cadres, through the public HTTP API of
 * the five services, in the order the cycle runs: term plans (巡察规划), rounds
 * with their teams (巡察轮次, 巡察组), then per inspection (巡察) its field
 * work, findings (问题), clues (线索), report and feedback, and after it the
 * clues' handling and the rectification cases (整改). Follow-up rounds (回头看)
 * go last: they need the earlier inspections counted. One module per sheet in
 * ./sheets; this one only orders them.
 *
 * A row is checked against everything known locally before its first command
 * is sent, and its first command is the one the service may refuse; a row
 * that depends on a refused row is refused naming it.
 */
import { pool } from '../http/client';
import { groupUnits, importInspection } from './sheets/inspections';
import { groupRounds, importRound } from './sheets/rounds';
import { CycleRun, type CycleContext, type CycleRows } from './sheets/run-context';
import { importTermPlans } from './sheets/term-plans';

export {
  refusalOf,
  type CycleContext,
  type CycleRows,
  type KnownTarget,
  type Pending,
} from './sheets/run-context';

export async function runCycle(ctx: CycleContext, rows: CycleRows): Promise<void> {
  const run = new CycleRun(ctx, rows, await ctx.token('office'));
  await importTermPlans(run);
  await groupRounds(run);
  groupUnits(run);

  // Regular rounds and their inspections, then follow-ups.
  const rounds = [...run.rounds.values()];
  const units = [...run.units.values()];
  const phases = [
    rounds.filter((e) => e.pending.row.kind !== 'follow-up'),
    rounds.filter((e) => e.pending.row.kind === 'follow-up'),
  ];
  const orphans = units.filter((u) => !run.rounds.has(u.ordinal));
  for (const [n, phase] of phases.entries()) {
    if (phase.length === 0 && (n === 1 || orphans.length === 0)) continue;
    await pool(phase, 3, (entry) => importRound(run, entry));
    const ordinals = new Set(phase.map((e) => e.pending.row.ordinal));
    if (n === 0) for (const u of orphans) ordinals.add(u.ordinal);
    const work = units.filter((u) => ordinals.has(u.ordinal));
    await pool(work, 6, (unit) => importInspection(run, unit));
    if (phase.length > 0 || work.length > 0) {
      ctx.log(
        `  ${n === 0 ? 'rounds' : 'follow-up rounds'}: ${phase.length} rounds, ${work.length} inspections`,
      );
    }
  }
  // Team rows of rounds the file does not have.
  for (const t of rows.teams.filter((t) => !run.rounds.has(t.row.ordinal))) {
    run.refuse('teams', t.line, run.missingRound(t.row.ordinal));
  }
}
