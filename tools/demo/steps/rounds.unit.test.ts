import { ok } from '../../http/fake-client';
import { LEADERS, ROUNDS } from '../data';
import { launchRound } from './rounds';
import { registered } from './testing';

describe('demo step 3: a round', () => {
  it('plans the round, forms its teams from the pools, approves and launches it', async () => {
    const t = registered();
    const round = ROUNDS[0];
    t.api
      .on('POST', 'planning', '/rounds', ok({ id: 'r1' }))
      .on('POST', 'planning', '/rounds/r1/teams', ok({ teamId: 'team' }))
      .on('POST', 'planning', '/rounds/r1/approve', ok())
      .on('POST', 'planning', '/rounds/r1/launch', ok());
    expect(await launchRound(t.run, 'p1', round)).toBe('r1');
    expect(t.api.sent()).toEqual([
      'planning /rounds',
      ...round.teams.map(() => 'planning /rounds/r1/teams'),
      'planning /rounds/r1/approve',
      'planning /rounds/r1/launch',
    ]);
    expect(t.api.calls[0].body).toMatchObject({
      termPlanId: 'p1',
      ordinal: round.ordinal,
      window: round.window,
    });
    expect(t.api.calls[1].body).toMatchObject({
      leaderId: `id:${LEADERS[0].key}`,
      targetIds: round.teams[0].map((k) => `id:${k}`),
    });
    expect(t.run.roundIds.get(round.ordinal)).toBe('r1');
    expect(t.run.counts.rounds).toBe(1);
    expect(t.stages[0]).toMatch(
      new RegExp(`^round ${round.ordinal} .* launched: ${round.teams.length} team`),
    );
  });
});
