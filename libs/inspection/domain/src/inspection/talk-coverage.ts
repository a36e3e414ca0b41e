import type { TalkGroup } from '@xuncha/contracts';

/** The five groups every inspection must talk to (五必谈). */
export const MUST_TALK_GROUPS: readonly TalkGroup[] = [
  'leadership',
  'party-member',
  'middle-manager',
  'minority',
  'generational',
];

/** Below this headcount everyone is talked to; from it on, at least 70% (the seeds' rule). */
export const FULL_COVERAGE_BELOW = 30;

export interface TalkCoverage {
  readonly headcount: number;
  readonly required: number;
  readonly talked: number;
  /** talked / headcount as a fraction, 1 when the headcount is 0. */
  readonly rate: number;
  readonly met: boolean;
  readonly missingGroups: TalkGroup[];
}

export function requiredTalks(headcount: number): number {
  // Integer arithmetic: 0.7 * 110 is 77.00000000000001 in floating point.
  return headcount < FULL_COVERAGE_BELOW ? headcount : Math.ceil((headcount * 7) / 10);
}

export function talkCoverage(
  headcount: number,
  talks: Partial<Record<TalkGroup, number>>,
): TalkCoverage {
  const talked = Object.values(talks).reduce((sum, count) => sum + (count ?? 0), 0);
  const required = requiredTalks(headcount);
  return {
    headcount,
    required,
    talked,
    rate: headcount === 0 ? 1 : Math.round((talked / headcount) * 10000) / 10000,
    met: talked >= required,
    missingGroups: MUST_TALK_GROUPS.filter((group) => !talks[group]),
  };
}
