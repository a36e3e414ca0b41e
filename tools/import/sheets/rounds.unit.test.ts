import { ok, rule } from '../../http/fake-client';
import { groupRounds, importRound } from './rounds';
import { pending, testRun } from './testing';

const targets = [{ id: 't1', name: '甲局', jurisdiction: '611021' }];
const cadres = {
  赵敏: { id: 'c1', pools: ['talent'] },
  李华: { id: 'c2', pools: ['leader'] },
  王五: { id: 'c3', pools: ['talent'] },
};
const round = (line: number, ordinal: number, window = { from: '2022-03-01', to: '2022-05-31' }) =>
  pending(line, {
    termPlan: '十四届',
    ordinal,
    kind: 'regular' as const,
    modes: [],
    window,
  });
const team = (line: number, leader: string) =>
  pending(line, {
    ordinal: 1,
    leader,
    deputies: [],
    liaison: '王五',
    members: [],
    targets: ['甲局'],
  });

function planned(rounds: ReturnType<typeof round>[], teams: ReturnType<typeof team>[]) {
  const t = testRun({ rounds, teams }, { targets, cadres });
  t.run.plans.set('十四届', {
    line: 2,
    id: 'p1',
    row: { jurisdiction: '611021', from: '2022-01-01', to: '2026-12-31' },
  });
  t.api
    .on('GET', 'planning', '/rounds', ok({ items: [] }))
    .on(
      'POST',
      'planning',
      '/rounds?dryRun=true',
      ok({ dryRun: true, wouldRecord: ['RoundPlanned'] }),
    );
  return t;
}

describe('巡察轮次 and 巡察组 (importRound)', () => {
  it('plans the round, forms the teams that pass their checks, approves and launches it', async () => {
    const t = planned([round(2, 1)], [team(2, '李华'), team(3, '赵敏')]);
    t.api
      .on('POST', 'planning', '/rounds', ok({ id: 'r1' }))
      .on('GET', 'planning', '/rounds/r1', ok({ teams: [{ teamId: 'team-1' }] }))
      .on('POST', 'planning', '/rounds/r1/teams', ok({ teamId: 'team-1' }))
      .on('POST', 'planning', '/rounds/r1/approve', ok())
      .on('POST', 'planning', '/rounds/r1/launch', ok());
    await groupRounds(t.run);
    await importRound(t.run, t.run.rounds.get(1)!);
    expect(t.api.sent()).toEqual([
      'planning /rounds?dryRun=true',
      'planning /rounds',
      'planning /rounds/r1/teams',
      'planning /rounds/r1/approve',
      'planning /rounds/r1/launch',
    ]);
    expect(t.api.calls.find((c) => c.path === '/rounds/r1/teams')!.body).toEqual({
      leaderId: 'c2',
      deputyIds: [],
      liaisonId: 'c3',
      memberIds: [],
      targetIds: ['t1'],
    });
    expect(t.refused).toEqual([
      {
        kind: 'teams',
        line: 3,
        reason: 'team-leader-not-in-leader-pool: 赵敏 is not in the 组长库',
      },
    ]);
    expect(t.done).toEqual([
      { kind: 'teams', replayed: true },
      { kind: 'rounds', replayed: false },
    ]);
    expect(t.run.rounds.get(1)).toMatchObject({ id: 'r1', code: '611021' });
    expect(t.run.rounds.get(1)!.targets.get('t1')).toBe(2);
  });

  it('asks the service whether it would plan the round, and refuses it and its teams when not', async () => {
    const t = planned([round(2, 1, { from: '2027-01-01', to: '2027-02-01' })], [team(2, '李华')]);
    t.api.on(
      'POST',
      'planning',
      '/rounds?dryRun=true',
      rule('round-outside-term', 'the window 2027-01-01 – 2027-02-01 is outside the term'),
    );
    await groupRounds(t.run);
    await importRound(t.run, t.run.rounds.get(1)!);
    expect(t.api.sent()).toEqual(['planning /rounds?dryRun=true']);
    expect(t.api.calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      termPlanId: 'p1',
      ordinal: 1,
      window: { from: '2027-01-01', to: '2027-02-01' },
    });
    expect(t.refused).toEqual([
      {
        kind: 'rounds',
        line: 2,
        reason: 'round-outside-term: the window 2027-01-01 – 2027-02-01 is outside the term',
        extra: { status: 422, type: 'https://xuncha.example/rules/round-outside-term' },
      },
      { kind: 'teams', line: 2, reason: '巡察轮次 line 2 (第1轮) was refused' },
    ]);
  });

  it('leaves the round a draft when the service refuses every team', async () => {
    const t = planned([round(2, 1)], [team(2, '李华')]);
    t.api
      .on('POST', 'planning', '/rounds', ok({ id: 'r1' }))
      .on('GET', 'planning', '/rounds/r1', ok({ teams: [] }))
      .on('POST', 'planning', '/rounds/r1/teams', rule('cadre-home-unit-conflict', 'home unit'));
    await groupRounds(t.run);
    await importRound(t.run, t.run.rounds.get(1)!);
    expect(t.api.sent()).toEqual([
      'planning /rounds?dryRun=true',
      'planning /rounds',
      'planning /rounds/r1/teams',
    ]);
    expect(t.refused.map((r) => [r.kind, r.line, r.reason])).toEqual([
      ['teams', 2, 'cadre-home-unit-conflict: home unit'],
      ['rounds', 2, expect.stringMatching(/every 巡察组 row of 第1轮 was refused/)],
    ]);
    expect(t.run.rounds.get(1)!.refusedTargets.get('t1')).toBe(2);
  });

  it('refuses a second row of one ordinal', async () => {
    const t = planned([round(2, 1), round(3, 1)], []);
    await groupRounds(t.run);
    expect(t.refused).toEqual([
      { kind: 'rounds', line: 3, reason: '轮次 第1轮 is on line 2 already' },
    ]);
  });
});
