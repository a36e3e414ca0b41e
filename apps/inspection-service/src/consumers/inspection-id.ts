import { derivedUuid } from '@xuncha/platform-kernel';

/** One inspection per (round, team, target), whichever message opens it. */
export function inspectionIdOf(roundId: string, teamId: string, targetId: string): string {
  return derivedUuid('inspection', roundId, teamId, targetId);
}
