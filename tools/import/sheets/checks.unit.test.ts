import type { FocusCatalog, TalkRules } from '@xuncha/inspection-domain';
import {
  caseWithoutItems,
  classified,
  leaderPoolProblem,
  planIncomplete,
  roundWithoutTeams,
  talkProblem,
  termPlanScopeProblems,
  unknownVillage,
} from './checks';

const rules: TalkRules = {
  mustTalkGroups: ['leadership'],
  everyoneUpTo: 10,
  minimumPercent: 70,
  allPartyMembers: true,
};

describe('the importer’s row checks', () => {
  it('a term plan’s scope lies within its jurisdiction and is not empty', () => {
    const inside = { id: 'a', name: '甲局', jurisdiction: '611021' };
    const outside = { id: 'b', name: '乙局', jurisdiction: '611022' };
    expect(termPlanScopeProblems([inside], '611021')).toEqual([]);
    expect(termPlanScopeProblems([inside, outside], '611021')).toEqual([
      'target-outside-jurisdiction: 乙局 lie outside 611021',
    ]);
    expect(termPlanScopeProblems([], '611021')).toEqual([
      'term-plan-scope-empty: no target lies in its scope',
    ]);
  });

  it('a team leader comes from the leader pool; a cadre of unknown pools is left to the service', () => {
    expect(leaderPoolProblem('赵敏', ['talent'])).toMatch(/^team-leader-not-in-leader-pool: 赵敏/);
    expect(leaderPoolProblem('赵敏', ['leader', 'talent'])).toBeUndefined();
    expect(leaderPoolProblem('赵敏', undefined)).toBeUndefined();
  });

  it('a round without a team says whether none was named, none passed, or the service refused all', () => {
    expect(roundWithoutTeams('第2轮', [])).toMatch(/no 巡察组 row names 第2轮/);
    expect(roundWithoutTeams('第2轮', [3, 4])).toMatch(/passed its checks \(lines 3, 4\)/);
    expect(roundWithoutTeams('第2轮', [3], true)).toMatch(/every 巡察组 row of 第2轮 was refused/);
  });

  it('the talks the report is held to: headcount share, must-talk groups, party members', () => {
    const target = { headcount: 40, partyMemberCount: 5 };
    expect(talkProblem(target, { leadership: 24 }, rules)).toBe(
      'talk-coverage-not-met: 24 talks for a headcount of 40: 28 needed before the report (巡察报告)',
    );
    expect(talkProblem(target, { staff: 30 }, rules)).toMatch(/^must-talk-groups-missing: /);
    expect(talkProblem(target, { leadership: 28, 'party-member': 2 }, rules)).toMatch(
      /^party-member-talks-short: 2 party-member talks for 5/,
    );
    expect(talkProblem(target, { leadership: 23, 'party-member': 5 }, rules)).toBeUndefined();
  });

  it('a 监督重点 cell names an item by code or by its one wording', () => {
    const catalog = {
      focuses: [
        {
          items: [
            { code: 'A-1', label: '落实决策部署' },
            { code: 'A-2', label: '重复' },
            { code: 'A-3', label: '重复' },
          ],
        },
      ],
      processes: [],
    } as unknown as FocusCatalog;
    expect(classified(catalog, '落实决策部署')).toBe('A-1');
    expect(classified(catalog, '重复')).toBeUndefined();
    expect(classified(catalog, '没有')).toBeUndefined();
  });

  it('names the villages an unknown one could have been, and a case’s missing plan columns', () => {
    expect(unknownVillage('杨峪河村', ['东村', '西村'])).toBe(
      "unknown-village: 村 '杨峪河村' is not a village of this inspection (东村、西村)",
    );
    expect(caseWithoutItems('第1轮 甲局')).toBe(
      'case-without-items: no 问题 row of 第1轮 甲局 went in',
    );
    expect(planIncomplete([])).toBeUndefined();
    expect(
      planIncomplete([{ line: 13, cells: { 整改措施: '', 责任人: '', 整改时限: '' } }]),
    ).toMatch(/^plan-incomplete: 问题 line 13 lacks 整改措施、责任人、整改时限/);
  });
});
