import type { Team } from './inspection.events';

/** Every cadre of a team: leader, deputies, liaison and members. */
export function cadresOf(team: Team): string[] {
  return [team.leaderId, ...team.deputyIds, team.liaisonId, ...team.memberIds];
}

/** Who the caller is, as far as reading an inspection goes. */
export interface InspectionCaller {
  readonly roles: readonly string[];
  /** The caller's subject: a team cadre's cadre id. */
  readonly sub: string;
}

/**
 * A petition's summary names people and what they are accused of: the office and the
 * inspection's own team read it; the analyst, who reads every inspection for its figures,
 * never does. Each role answers for itself, so an analyst who is also some other team's
 * cadre reads no more than an analyst.
 */
export function readsPetitionText(caller: InspectionCaller, team: Team): boolean {
  return (
    caller.roles.includes('office') ||
    (caller.roles.includes('team') && cadresOf(team).includes(caller.sub))
  );
}
