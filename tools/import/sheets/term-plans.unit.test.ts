import { ok, rule } from '../../http/fake-client';
import { importTermPlans } from './term-plans';
import { pending, testRun } from './testing';

const targets = [
  { id: 't1', name: '甲局', jurisdiction: '611021' },
  { id: 't2', name: '乙局', jurisdiction: '611022' },
];
const plan = (line: number, name: string, names: string[] = []) =>
  pending(line, {
    name,
    jurisdiction: '611021',
    from: '2022-01-01',
    to: '2026-12-31',
    targets: names,
  });

describe('巡察规划 (importTermPlans)', () => {
  it('drafts each plan with its scope, adopts it, and counts a plan registered before as there', async () => {
    const t = testRun({ termPlans: [plan(2, '十四届')] }, { targets });
    t.api
      .on('GET', 'planning', '/term-plans?jurisdiction=611021', ok({ items: [{ id: 'p1' }] }))
      .on('POST', 'planning', '/term-plans', ok({ id: 'p1' }))
      .on('POST', 'planning', '/term-plans/p1/adopt', ok());
    await importTermPlans(t.run);
    expect(t.api.sent()).toEqual(['planning /term-plans', 'planning /term-plans/p1/adopt']);
    // The scope by default: the known targets within the plan's jurisdiction.
    expect(t.api.calls[1].body).toMatchObject({ targetIds: ['t1'] });
    expect(t.api.calls.map((c) => c.step).filter(Boolean)).toEqual(['row-2:create', 'row-2:adopt']);
    expect(t.done).toEqual([{ kind: 'termPlans', replayed: true }]);
    expect(t.run.plans.get('十四届')).toMatchObject({ id: 'p1' });
  });

  it('refuses a second row of one name, and a scope outside the plan, before sending anything', async () => {
    const t = testRun({ termPlans: [plan(2, '十四届', ['乙局']), plan(3, '十四届')] }, { targets });
    t.api.on('GET', 'planning', '/term-plans?jurisdiction=611021', ok({ items: [] }));
    await importTermPlans(t.run);
    expect(t.api.sent()).toEqual([]);
    expect(t.refused).toEqual([
      { kind: 'termPlans', line: 3, reason: "名称 '十四届' is on line 2 already" },
      {
        kind: 'termPlans',
        line: 2,
        reason: expect.stringMatching(/^target-outside-jurisdiction: 乙局/),
      },
    ]);
    expect(t.run.plans.get('十四届')!.why).toBe('巡察规划 line 2 (十四届) was refused');
  });

  it('keeps the service’s rule and status when it refuses the adoption', async () => {
    const t = testRun({ termPlans: [plan(2, '十四届')] }, { targets });
    t.api
      .on('GET', 'planning', '/term-plans?jurisdiction=611021', ok({ items: [] }))
      .on('POST', 'planning', '/term-plans', ok({ id: 'p1' }))
      .on('POST', 'planning', '/term-plans/p1/adopt', rule('term-plan-already-adopted', 'adopted'));
    await importTermPlans(t.run);
    expect(t.refused).toEqual([
      {
        kind: 'termPlans',
        line: 2,
        reason: 'adopting: term-plan-already-adopted: adopted',
        extra: { status: 422, type: 'https://xuncha.example/rules/term-plan-already-adopted' },
      },
    ]);
    expect(t.done).toEqual([]);
  });
});
