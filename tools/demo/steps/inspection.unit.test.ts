import { ok } from '../../http/fake-client';
import { ROUNDS } from '../data';
import { partyMembersOf, target } from './context';
import { inspect } from './inspection';
import { registered } from './testing';

const round = ROUNDS[0];
const t = target(round.teams[0][0]);
const rules = {
  mustTalkGroups: ['leadership', 'middle-manager', 'party-member'],
  everyoneUpTo: 30,
  minimumPercent: 70,
  allPartyMembers: true,
};

function opened() {
  const run = registered();
  run.run.roundIds.set(round.ordinal, 'r1');
  let findings = 0;
  let clues = 0;
  run.api
    .on(
      'GET',
      'inspection',
      `/inspections?roundId=r1&targetId=id:${t.key}`,
      ok({ items: [{ id: 'i1' }] }),
    )
    .on('GET', 'inspection', '/inspections/i1', ok({ villages: [], talkRules: rules }))
    .on('POST', 'inspection', '/inspections/i1/findings', () => ok({ findingId: `f${++findings}` }))
    .on('POST', 'inspection', '/inspections/i1/clues', () => ok({ clueId: `c${++clues}` }));
  for (const step of [
    'stationing',
    'talks',
    'questionnaires',
    'evaluations',
    'immediate-items',
    'report',
    'report/revise',
    'report/approve',
    'report/hearing',
    'feedback',
  ]) {
    run.api.on('POST', 'inspection', `/inspections/i1/${step}`, ok());
  }
  return run;
}

describe('demo step 4: one inspection through its feedback', () => {
  it('stations, talks as the rules ask, records findings and clues, reports, is heard and feeds back', async () => {
    const { run, api } = opened();
    const inspected = await inspect(run, round, 0, t);
    const steps = api.sent().map((s) => s.replace('inspection /inspections/i1/', ''));
    expect(steps[0]).toBe('stationing');
    expect(steps.filter((s) => s === 'talks')).toHaveLength(rules.mustTalkGroups.length);
    expect(steps.slice(-5)).toEqual([
      'report',
      'report/revise',
      'report/approve',
      'report/hearing',
      'feedback',
    ]);
    // Every party member is talked to where the rules say 全体党员.
    const partyTalks = api.calls.find(
      (c) => (c.body as { group?: string })?.group === 'party-member',
    );
    expect((partyTalks!.body as { count: number }).count).toBeGreaterThanOrEqual(partyMembersOf(t));
    expect(inspected.findings.length).toBeGreaterThanOrEqual(3);
    expect(inspected.findings.map((f) => f.findingId)).toEqual(
      inspected.findings.map((_, i) => `f${i + 1}`),
    );
    expect(run.counts).toMatchObject({
      inspectionsFedBack: 1,
      findings: inspected.findings.length,
      clues: inspected.clues.length,
    });
    // The team's own members act, each with a token of their own.
    expect(api.calls.find((c) => c.path.endsWith('/stationing'))!.token).toMatch(/^team:/);
  });

  it('is the same inspection for the same seed: the run can be repeated', async () => {
    const first = opened();
    const second = opened();
    await inspect(first.run, round, 0, t);
    await inspect(second.run, round, 0, t);
    expect(second.api.calls.map((c) => [c.path, c.step, c.body])).toEqual(
      first.api.calls.map((c) => [c.path, c.step, c.body]),
    );
  });
});
