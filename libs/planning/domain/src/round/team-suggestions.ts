import { isWithinJurisdiction } from '@xuncha/platform-kernel';
import type { RoundMode } from '@xuncha/contracts';
import type { CadreFacts } from '../cadre/cadre.decider';
import type { TargetFacts } from '../target/target.decider';

export interface SuggestionRequest {
  readonly modes: readonly RoundMode[];
  readonly targets: ReadonlyArray<TargetFacts & { parentId?: string }>;
  readonly candidates: readonly CadreFacts[];
  /** Cadres on a team whose window overlaps the round's, this round's other teams included. */
  readonly busyCadreIds: readonly string[];
  /** Expertise the office wants on the team (e.g. 财务, 审计), best matches first. */
  readonly expertise: readonly string[];
  readonly members: number;
}

export interface Suggested {
  readonly cadreId: string;
  readonly matchedExpertise: string[];
}

export interface TeamSuggestion {
  readonly leaders: Suggested[];
  readonly members: Suggested[];
  /** Cadres of the pools left out, with the rule that excludes them. */
  readonly excluded: Array<{ cadreId: string; rule: string }>;
}

/**
 * Proposes a team for some targets from the pools (人才库筛选): cadres the
 * round rules would refuse are left out with the reason; the rest are ranked
 * by matching expertise. The office accepts or edits, then forms the team.
 */
export function suggestTeam(request: SuggestionRequest): TeamSuggestion {
  const excluded: TeamSuggestion['excluded'] = [];
  const eligible: Array<CadreFacts & { matched: string[] }> = [];
  for (const cadre of request.candidates) {
    const rule = exclusion(cadre, request);
    if (rule) excluded.push({ cadreId: cadre.id, rule });
    else
      eligible.push({
        ...cadre,
        matched: request.expertise.filter((wanted) => cadre.expertise.includes(wanted)),
      });
  }
  eligible.sort((a, b) => b.matched.length - a.matched.length || a.id.localeCompare(b.id));
  const leaders = eligible.filter((cadre) => cadre.pools.includes('leader')).slice(0, 3);
  const leaderIds = new Set(leaders.slice(0, 1).map((cadre) => cadre.id));
  const members = eligible
    .filter((cadre) => cadre.pools.includes('talent') && !leaderIds.has(cadre.id))
    .slice(0, request.members);
  const view = (cadre: CadreFacts & { matched: string[] }) => ({
    cadreId: cadre.id,
    matchedExpertise: cadre.matched,
  });
  return { leaders: leaders.map(view), members: members.map(view), excluded };
}

function exclusion(cadre: CadreFacts, request: SuggestionRequest): string | undefined {
  if (request.busyCadreIds.includes(cadre.id)) return 'cadre-team-overlap';
  const targetIds = request.targets.map((target) => target.id);
  if (
    cadre.homeUnitId !== undefined &&
    request.targets.some((t) => t.id === cadre.homeUnitId || t.parentId === cadre.homeUnitId)
  ) {
    return 'cadre-home-unit-conflict';
  }
  if (cadre.conflicts.some((conflict) => targetIds.includes(conflict.targetId))) {
    return 'cadre-declared-conflict';
  }
  if (
    request.modes.includes('cross') &&
    request.targets.some((t) => isWithinJurisdiction(t.jurisdiction, cadre.jurisdiction))
  ) {
    return 'cross-inspection-own-jurisdiction';
  }
  return undefined;
}
