import type { TargetTier } from '@xuncha/contracts';
import { RuleViolation, type Decider, type DomainEvent } from '@xuncha/platform-kernel';
import type { TalkRules } from './talk-rules';

/** One jurisdiction's talk rules, tier by tier (a tier not set falls back to the ancestors'). */
export interface TalkRulesState {
  readonly rules: Partial<Readonly<Record<TargetTier, TalkRules>>>;
}

export type TalkRulesCommand = {
  type: 'SetTalkRules';
  jurisdiction: string;
  tier: TargetTier;
  rules: TalkRules;
  at: string;
};

export type TalkRulesEvent = DomainEvent<
  'TalkRulesSet',
  { jurisdiction: string; tier: TargetTier; setAt: string } & TalkRules
>;

export const talkRulesDecider: Decider<TalkRulesState, TalkRulesCommand, TalkRulesEvent> = {
  initialState: () => ({ rules: {} }),
  evolve(state, { data }) {
    const { mustTalkGroups, everyoneUpTo, minimumPercent, allPartyMembers } = data;
    return {
      rules: {
        ...state.rules,
        [data.tier]: { mustTalkGroups, everyoneUpTo, minimumPercent, allPartyMembers },
      },
    };
  },
  decide({ jurisdiction, tier, rules, at }, state) {
    const groups = rules.mustTalkGroups;
    if (groups.length === 0) {
      throw new RuleViolation('must-talk-groups-empty', 'name at least one group to talk to', {
        tier,
      });
    }
    if (new Set(groups).size !== groups.length) {
      throw new RuleViolation('must-talk-group-repeated', 'a group is named twice', { groups });
    }
    if (rules.allPartyMembers && !groups.includes('party-member')) {
      throw new RuleViolation(
        'party-members-not-a-must-talk-group',
        '全体党员 needs party members among the must-talk groups',
        { groups },
      );
    }
    if (sameRules(state.rules[tier], rules)) return [];
    return [{ type: 'TalkRulesSet', data: { jurisdiction, tier, setAt: at, ...rules } }];
  },
};

function sameRules(current: TalkRules | undefined, next: TalkRules): boolean {
  return (
    current !== undefined &&
    current.everyoneUpTo === next.everyoneUpTo &&
    current.minimumPercent === next.minimumPercent &&
    current.allPartyMembers === next.allPartyMembers &&
    current.mustTalkGroups.join() === next.mustTalkGroups.join()
  );
}
