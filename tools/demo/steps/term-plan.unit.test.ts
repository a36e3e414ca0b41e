import { ok } from '../../http/fake-client';
import { TARGETS } from '../data';
import { adoptTermPlan } from './term-plan';
import { registered } from './testing';

describe('demo step 2: the term plan', () => {
  it('drafts the plan with every target in scope and adopts it', async () => {
    const t = registered();
    t.api
      .on('POST', 'planning', '/term-plans', ok({ id: 'p1' }))
      .on('POST', 'planning', '/term-plans/p1/adopt', ok());
    expect(await adoptTermPlan(t.run)).toBe('p1');
    expect(t.api.sent()).toEqual(['planning /term-plans', 'planning /term-plans/p1/adopt']);
    expect((t.api.calls[0].body as { targetIds: string[] }).targetIds).toHaveLength(TARGETS.length);
    expect(t.api.calls.map((c) => c.step)).toEqual(['term-plan', 'term-plan:adopt']);
  });
});
