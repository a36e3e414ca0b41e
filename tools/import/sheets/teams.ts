/** 巡察组: a round's team rows, checked locally, then formed in the planned round. */
import type { Json } from '../../http/client';
import type { TeamRow } from '../cycle-rows';
import { leaderPoolProblem } from './checks';
import type { CycleRun, Pending, RoundEntry } from './run-context';

export interface ReadyTeam {
  pending: Pending<TeamRow>;
  body: Json;
  targetIds: string[];
}

/** The team rows whose cadres and targets are known (targets resolve nearest to `code`). */
export function checkTeams(
  run: CycleRun,
  teams: Array<Pending<TeamRow>>,
  code: string,
): ReadyTeam[] {
  const ready: ReadyTeam[] = [];
  for (const t of teams) {
    const problems: string[] = [];
    const cadre = (name: string, place: string) => {
      const found = run.ctx.cadre(name);
      if (!found.id) problems.push(`${place} ${found.why}`);
      return found;
    };
    const leader = cadre(t.row.leader, '组长');
    const notLeader = leaderPoolProblem(t.row.leader, leader.pools);
    if (notLeader) problems.push(notLeader);
    const deputyIds = t.row.deputies.map((name) => cadre(name, '副组长').id);
    const liaisonId = cadre(t.row.liaison, '联络员').id;
    const memberIds = t.row.members.map((name) => cadre(name, '组员').id);
    const targetIds: string[] = [];
    for (const name of t.row.targets) {
      const found = run.ctx.target(name, code);
      if (found.id) targetIds.push(found.id);
      else problems.push(`巡察对象 ${found.why}`);
    }
    if (problems.length > 0) {
      run.refuse('teams', t.line, problems.join('; '));
      continue;
    }
    const body = { leaderId: leader.id, deputyIds, liaisonId, memberIds, targetIds };
    ready.push({ pending: t, body, targetIds });
  }
  return ready;
}

/** Forms the ready teams in the round `id`; answers the ids of those the service accepted. */
export async function formTeams(
  run: CycleRun,
  entry: RoundEntry,
  id: string,
  ready: ReadyTeam[],
): Promise<string[]> {
  const before = await run.api.request('planning', 'GET', `/rounds/${id}`, run.office);
  const teamsBefore = new Set(
    ((before.body.teams as Json[] | undefined) ?? []).map((t) => String(t.teamId)),
  );
  const followUp = entry.pending.row.kind === 'follow-up';
  const formed: string[] = [];
  for (const { pending: t, body, targetIds } of ready) {
    const sent = await run.send(
      'planning',
      `/rounds/${id}/teams`,
      run.office,
      body,
      `${t.key}:team`,
      [
        'cadre-unknown',
        'target-unknown',
        // The planning service counts a target inspected once the feedback event reached it.
        ...(followUp && targetIds.every((tid) => run.fedBack.has(tid))
          ? ['follow-up-target-not-inspected']
          : []),
      ],
    );
    if (!sent.ok) {
      run.refuseSent('teams', t.line, sent);
      for (const tid of targetIds) entry.refusedTargets.set(tid, t.line);
      continue;
    }
    formed.push(String(sent.body.teamId));
    for (const tid of targetIds) entry.targets.set(tid, t.line);
    run.done('teams', teamsBefore.has(String(sent.body.teamId)));
  }
  return formed;
}
