import { RuleViolation, isWithinJurisdiction } from '@xuncha/platform-kernel';
import type {
  OverlapOverride,
  RoundCommand,
  RoundState,
  Team,
  TeamFacts,
  TeamInput,
} from './round.decider';

export function cadreIdsOf(team: TeamInput): string[] {
  return [team.leaderId, ...team.deputyIds, team.liaisonId, ...team.memberIds];
}

/** Every rule a team must satisfy (docs/domain.md §1, team rules); answers the team to record. */
export function checkTeam(
  command: Extract<RoundCommand, { type: 'FormTeam' }>,
  state: RoundState,
): Team {
  const { team } = command;
  const known = checkKnown(command, state);
  const otherTeams = state.teams.filter((t) => t.teamId !== team.teamId);
  checkPlacement(command, state, otherTeams);
  checkConflicts(team, state, known);
  const overlapOverride = checkOverlap(command, state, known.cadreIds, otherTeams);
  return {
    teamId: team.teamId,
    leaderId: team.leaderId,
    deputyIds: team.deputyIds,
    liaisonId: team.liaisonId,
    memberIds: team.memberIds,
    targetIds: team.targetIds,
    ...(overlapOverride && { overlapOverride }),
  };
}

interface Known {
  readonly cadreIds: string[];
  readonly cadres: Map<string, TeamFacts['cadres'][number]>;
  readonly targets: Map<string, TeamFacts['targets'][number]>;
}

/** The team's cadres and targets are registered, active, of the round's jurisdiction, and its leader is in the leader pool. */
function checkKnown(
  command: Extract<RoundCommand, { type: 'FormTeam' }>,
  state: RoundState,
): Known {
  const { team, facts } = command;
  const cadreIds = cadreIdsOf(team);
  const repeated = cadreIds.filter((id, index) => cadreIds.indexOf(id) !== index);
  if (repeated.length > 0) {
    throw new RuleViolation('team-cadre-repeated', 'a cadre holds one place in a team', {
      cadreIds: [...new Set(repeated)],
    });
  }
  const cadres = new Map(facts.cadres.map((c) => [c.id, c]));
  const unknownCadres = cadreIds.filter((id) => !cadres.has(id));
  if (unknownCadres.length > 0) {
    throw new RuleViolation('cadre-unknown', 'cadres that are not registered', {
      cadreIds: unknownCadres,
    });
  }
  const targets = new Map(facts.targets.map((t) => [t.id, t]));
  const unknownTargets = team.targetIds.filter((id) => !targets.has(id));
  if (unknownTargets.length > 0) {
    throw new RuleViolation('target-unknown', 'targets that are not registered', {
      targetIds: unknownTargets,
    });
  }
  const retired = team.targetIds.filter((id) => targets.get(id)!.status !== 'active');
  if (retired.length > 0) {
    throw new RuleViolation('target-retired', 'retired targets cannot be inspected', {
      targetIds: retired,
    });
  }
  const outside = team.targetIds.filter(
    (id) => !isWithinJurisdiction(targets.get(id)!.jurisdiction, state.jurisdiction!),
  );
  if (outside.length > 0) {
    throw new RuleViolation(
      'target-outside-jurisdiction',
      `targets outside the round's jurisdiction ${state.jurisdiction}`,
      { targetIds: outside },
    );
  }

  if (!cadres.get(team.leaderId)!.pools.includes('leader')) {
    throw new RuleViolation(
      'team-leader-not-in-leader-pool',
      `cadre ${team.leaderId} is not in the leader pool (组长库)`,
      { cadreIds: [team.leaderId] },
    );
  }
  return { cadreIds, cadres, targets };
}

/** A target is in one team of the round; a follow-up round re-inspects. */
function checkPlacement(
  command: Extract<RoundCommand, { type: 'FormTeam' }>,
  state: RoundState,
  otherTeams: Team[],
): void {
  const { team, facts } = command;
  const twice = team.targetIds.filter((id) => otherTeams.some((t) => t.targetIds.includes(id)));
  if (twice.length > 0) {
    throw new RuleViolation('target-already-in-round', 'another team of this round has them', {
      targetIds: twice,
    });
  }

  if (state.kind === 'follow-up') {
    const inspected = new Set(facts.inspectedInTerm);
    const never = team.targetIds.filter((id) => !inspected.has(id));
    if (never.length > 0) {
      throw new RuleViolation(
        'follow-up-target-not-inspected',
        'a follow-up round (回头看) re-inspects targets already inspected this term',
        { targetIds: never },
      );
    }
  }
}

/** No cadre inspects their own unit, a target they declared a conflict with, or (cross) their own jurisdiction. */
function checkConflicts(
  team: TeamInput,
  state: RoundState,
  { cadreIds, cadres, targets }: Known,
): void {
  for (const cadreId of cadreIds) {
    const cadre = cadres.get(cadreId)!;
    const own = team.targetIds.filter((id) => {
      const target = targets.get(id)!;
      return cadre.homeUnitId !== undefined && [id, target.parentId].includes(cadre.homeUnitId);
    });
    if (own.length > 0) {
      throw new RuleViolation(
        'cadre-home-unit-conflict',
        `cadre ${cadreId} would inspect their own unit`,
        { cadreIds: [cadreId], targetIds: own },
      );
    }
    const declared = cadre.conflicts
      .map((conflict) => conflict.targetId)
      .filter((id) => team.targetIds.includes(id));
    if (declared.length > 0) {
      throw new RuleViolation(
        'cadre-declared-conflict',
        `cadre ${cadreId} declared a conflict (回避) with targets of the team`,
        { cadreIds: [cadreId], targetIds: declared },
      );
    }
  }

  if (state.modes?.includes('cross')) {
    for (const cadreId of cadreIds) {
      const home = cadres.get(cadreId)!.jurisdiction;
      const own = team.targetIds.filter((id) =>
        isWithinJurisdiction(targets.get(id)!.jurisdiction, home),
      );
      if (own.length > 0) {
        throw new RuleViolation(
          'cross-inspection-own-jurisdiction',
          `in a cross inspection (交叉巡察) cadre ${cadreId} would inspect their own jurisdiction ${home}`,
          { cadreIds: [cadreId], targetIds: own },
        );
      }
    }
  }
}

/** No cadre on two overlapping teams; a target in an overlapping round only with a written reason. */
function checkOverlap(
  command: Extract<RoundCommand, { type: 'FormTeam' }>,
  state: RoundState,
  cadreIds: string[],
  otherTeams: Team[],
): OverlapOverride | undefined {
  const { team, facts } = command;
  const otherRounds = facts.overlappingRounds.filter((round) => round.roundId !== state.id);
  const busy = cadreIds.filter(
    (id) =>
      otherTeams.some((t) => cadreIdsOf(t).includes(id)) ||
      otherRounds.some((round) => round.cadreIds.includes(id)),
  );
  if (busy.length > 0) {
    throw new RuleViolation(
      'cadre-team-overlap',
      'cadres already on a team whose window overlaps this one',
      { cadreIds: busy },
    );
  }

  const clashing = otherRounds.filter((round) =>
    round.targetIds.some((id) => team.targetIds.includes(id)),
  );
  if (clashing.length > 0) {
    const reason = command.overlapOverride?.reason.trim();
    if (!reason) {
      throw new RuleViolation(
        'round-window-overlap',
        'targets already in another round whose window overlaps; override only with a written reason',
        {
          targetIds: team.targetIds.filter((id) => clashing.some((r) => r.targetIds.includes(id))),
          roundIds: clashing.map((round) => round.roundId),
        },
      );
    }
    return { reason, roundIds: clashing.map((round) => round.roundId) };
  }
  return undefined;
}
