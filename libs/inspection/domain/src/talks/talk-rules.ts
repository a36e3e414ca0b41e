import type { TalkGroup, TargetTier } from '@xuncha/contracts';

/**
 * How many and whom an inspection must talk to before its report is drafted.
 * Offices set them per jurisdiction and tier; an inspection keeps the rules in
 * force when it opened.
 */
export interface TalkRules {
  /** 必谈对象: every one of them talked to, or marked not applicable with a reason. */
  readonly mustTalkGroups: readonly TalkGroup[];
  /** Up to and including this headcount everyone is talked to (30人以下: 以下 includes 30). */
  readonly everyoneUpTo: number;
  /** Above it, at least this share of the headcount, in percent (70%以上). */
  readonly minimumPercent: number;
  /** 全体党员: the party-member talks reach the target's party-member number where it is known. */
  readonly allPartyMembers: boolean;
}

/** Seed 003: 五必谈, 30人以下全覆盖, above 30 at least 70%. */
const UNIT_RULES: TalkRules = {
  mustTalkGroups: ['leadership', 'party-member', 'middle-manager', 'minority', 'generational'],
  everyoneUpTo: 30,
  minimumPercent: 70,
  allPartyMembers: true,
};

/** Seed 004, 胶州's 三必谈 for villages: 社区干部、普通党员、普通居民. */
const VILLAGE_RULES: TalkRules = {
  mustTalkGroups: ['village-cadre', 'party-member', 'resident'],
  everyoneUpTo: 30,
  minimumPercent: 70,
  allPartyMembers: false,
};

export const DEFAULT_TALK_RULES: Readonly<Record<TargetTier, TalkRules>> = {
  city: UNIT_RULES,
  county: UNIT_RULES,
  village: VILLAGE_RULES,
};

/**
 * The rules in force for a tier: the nearest configured jurisdiction's (nearest
 * first), else the defaults.
 */
export function effectiveTalkRules(
  tier: TargetTier,
  configured: ReadonlyArray<{
    jurisdiction: string;
    rules: Partial<Readonly<Record<TargetTier, TalkRules>>>;
  }>,
): { rules: TalkRules; source: string } {
  const nearest = configured.find((settings) => settings.rules[tier]);
  return nearest
    ? { rules: nearest.rules[tier]!, source: nearest.jurisdiction }
    : { rules: DEFAULT_TALK_RULES[tier], source: 'default' };
}
