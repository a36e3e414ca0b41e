import { RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import { DEFAULT_TALK_RULES, effectiveTalkRules } from './talk-rules';
import { talkRulesDecider, type TalkRulesCommand } from './talk-rules.decider';

const at = '2026-01-05T09:00:00+08:00';
const given = givenDecider(talkRulesDecider).given;
const villageRules = {
  mustTalkGroups: ['village-cadre', 'party-member', 'resident'] as const,
  everyoneUpTo: 20,
  minimumPercent: 60,
  allPartyMembers: false,
};
const set = (rules: Partial<typeof villageRules> = {}): TalkRulesCommand => ({
  type: 'SetTalkRules',
  jurisdiction: '370281',
  tier: 'village',
  rules: {
    ...villageRules,
    ...rules,
    mustTalkGroups: [...(rules.mustTalkGroups ?? villageRules.mustTalkGroups)],
  },
  at,
});
const wasSet = {
  type: 'TalkRulesSet' as const,
  data: {
    jurisdiction: '370281',
    tier: 'village' as const,
    setAt: at,
    ...villageRules,
    mustTalkGroups: [...villageRules.mustTalkGroups],
  },
};

describe('talk rules', () => {
  it('are set per jurisdiction and tier; the same again changes nothing', () => {
    given().when(set()).then(wasSet);
    given(wasSet).when(set()).then();
    given(wasSet)
      .when(set({ minimumPercent: 70 }))
      .then({ ...wasSet, data: { ...wasSet.data, minimumPercent: 70 } });
  });

  it('must-talk-groups-empty, must-talk-group-repeated', () => {
    given()
      .when(set({ mustTalkGroups: [] as never }))
      .thenThrows(RuleViolation, 'must-talk-groups-empty');
    given()
      .when(set({ mustTalkGroups: ['resident', 'resident'] as never }))
      .thenThrows(RuleViolation, 'must-talk-group-repeated');
  });

  it('party-members-not-a-must-talk-group: 全体党员 needs party members among the groups', () => {
    given()
      .when(set({ mustTalkGroups: ['village-cadre', 'resident'] as never, allPartyMembers: true }))
      .thenThrows(RuleViolation, 'party-members-not-a-must-talk-group');
  });

  it('in force: the nearest jurisdiction that set the tier, else the defaults of seeds 003 and 004', () => {
    const state = talkRulesDecider.evolve(talkRulesDecider.initialState(), wasSet);
    expect(
      effectiveTalkRules('village', [
        { jurisdiction: '370281', rules: state.rules },
        { jurisdiction: '370200', rules: { village: DEFAULT_TALK_RULES.village } },
      ]),
    ).toEqual({ rules: state.rules.village, source: '370281' });
    expect(effectiveTalkRules('county', [{ jurisdiction: '370281', rules: state.rules }])).toEqual({
      rules: DEFAULT_TALK_RULES.county,
      source: 'default',
    });
    expect(DEFAULT_TALK_RULES.county).toEqual({
      mustTalkGroups: ['leadership', 'party-member', 'middle-manager', 'minority', 'generational'],
      everyoneUpTo: 30,
      minimumPercent: 70,
      allPartyMembers: true,
    });
    expect(DEFAULT_TALK_RULES.village.mustTalkGroups).toEqual([
      'village-cadre',
      'party-member',
      'resident',
    ]);
  });
});
