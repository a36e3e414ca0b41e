import type { TeamRow } from '../cycle-rows';
import { checkTeams } from './teams';
import { pending, testRun } from './testing';

const team = (extra: Partial<TeamRow>) =>
  pending<TeamRow>(3, {
    ordinal: 1,
    leader: '李华',
    deputies: [],
    liaison: '王五',
    members: [],
    targets: ['甲局'],
    ...extra,
  });

describe('巡察组 (checkTeams)', () => {
  const known = {
    targets: [{ id: 't1', name: '甲局', jurisdiction: '611021' }],
    cadres: { 李华: { id: 'c1', pools: ['leader'] }, 王五: { id: 'c2', pools: [] } },
  };

  it('turns the names of a team row into the ids the service takes', () => {
    const t = testRun({}, known);
    expect(checkTeams(t.run, [team({})], '611021')).toEqual([
      {
        pending: team({}),
        body: { leaderId: 'c1', deputyIds: [], liaisonId: 'c2', memberIds: [], targetIds: ['t1'] },
        targetIds: ['t1'],
      },
    ]);
  });

  it('refuses a row naming an unknown cadre or target, with every problem found', () => {
    const t = testRun({}, known);
    expect(checkTeams(t.run, [team({ members: ['张三丰'], targets: ['乙局'] })], '611021')).toEqual(
      [],
    );
    expect(t.refused).toEqual([
      { kind: 'teams', line: 3, reason: "组员 '张三丰' is unknown; 巡察对象 '乙局' is unknown" },
    ]);
  });
});
