import type { TalkGroup } from '@xuncha/contracts';
import type { TalkRules } from './talk-rules';

/** A must-talk group the team found absent at the target, and why (e.g. no minority staff). */
export type NotApplicableGroups = Readonly<Partial<Record<TalkGroup, string>>>;

export interface TalkCoverage {
  readonly headcount: number;
  readonly required: number;
  readonly talked: number;
  /** talked / headcount as a fraction, 1 when the headcount is 0. */
  readonly rate: number;
  /** Must-talk groups with no talk and not marked not applicable. */
  readonly missingGroups: TalkGroup[];
  readonly notApplicable: NotApplicableGroups;
  /** Where the rules ask for 全体党员 and the target's party-member number is known. */
  readonly partyMembers?: { readonly required: number; readonly talked: number };
  /** The headcount share, every must-talk group and the party members all hold. */
  readonly met: boolean;
}

export function requiredTalks(headcount: number, rules: TalkRules): number {
  // Integer arithmetic: 0.7 * 110 is 77.00000000000001 in floating point.
  return headcount <= rules.everyoneUpTo
    ? headcount
    : Math.ceil((headcount * rules.minimumPercent) / 100);
}

export function talkCoverage(
  target: { readonly headcount: number; readonly partyMemberCount?: number },
  talks: Readonly<Partial<Record<TalkGroup, number>>>,
  rules: TalkRules,
  notApplicable: NotApplicableGroups = {},
): TalkCoverage {
  const { headcount, partyMemberCount } = target;
  const talked = Object.values(talks).reduce((sum, count) => sum + (count ?? 0), 0);
  const required = requiredTalks(headcount, rules);
  const missingGroups = rules.mustTalkGroups.filter(
    (group) => !talks[group] && notApplicable[group] === undefined,
  );
  const partyMembers =
    rules.allPartyMembers &&
    partyMemberCount !== undefined &&
    notApplicable['party-member'] === undefined
      ? { required: partyMemberCount, talked: talks['party-member'] ?? 0 }
      : undefined;
  return {
    headcount,
    required,
    talked,
    rate: headcount === 0 ? 1 : Math.round((talked / headcount) * 10000) / 10000,
    missingGroups,
    notApplicable,
    ...(partyMembers && { partyMembers }),
    met:
      talked >= required &&
      missingGroups.length === 0 &&
      (!partyMembers || partyMembers.talked >= partyMembers.required),
  };
}
