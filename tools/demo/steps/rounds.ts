/** Step 3: a round planned in the term plan, its teams formed, approved and launched (轮次). */
import type { RoundSpec } from '../data';
import { post, teamOf, type DemoRun } from './context';

/** Answers the round's id. */
export async function launchRound(
  run: DemoRun,
  termPlanId: string,
  round: RoundSpec,
): Promise<string> {
  const { ids, counts, office, roundIds, stage } = run;
  const o = round.ordinal;
  const { id } = await post(
    run,
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
      run,
      'planning',
      `/rounds/${id}/teams`,
      office,
      { ...teamOf(run, teamIndex), targetIds: keys.map((k) => ids.get(k)) },
      `round:${o}:team:${teamIndex}`,
      ['cadre-unknown', 'target-unknown', 'follow-up-target-not-inspected'],
    );
  }
  await post(run, 'planning', `/rounds/${id}/approve`, office, {}, `round:${o}:approve`);
  await post(run, 'planning', `/rounds/${id}/launch`, office, {}, `round:${o}:launch`, [
    'target-unknown',
  ]);
  counts.rounds++;
  const targets = round.teams.flat().length;
  stage(
    `round ${o} (${round.kind}${round.modes.length ? `, ${round.modes.join('+')}` : ''}` +
      `${round.theme ? `, ${round.theme}` : ''}) launched: ${round.teams.length} team(s), ${targets} target(s)`,
  );
  return id as string;
}
