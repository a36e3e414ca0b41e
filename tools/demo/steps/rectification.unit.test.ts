import { ok } from '../../http/fake-client';
import { ROUNDS } from '../data';
import { target, type Inspected } from './context';
import { rectify } from './rectification';
import { registered } from './testing';

const finding = {
  findingId: 'f1',
  title: '问题',
  focusItem: 'SGJJ-2-1',
  rank: 'section' as const,
  foundOn: '2022-03-10',
};
const inspection = (ordinal: number, key: string): Inspected => ({
  round: ROUNDS.find((r) => r.ordinal === ordinal)!,
  target: target(key),
  inspectionId: 'i1',
  findings: [finding],
  immediateVillages: [],
  clues: [],
  villageIds: [],
  deliveredDay: '2022-06-20',
});

function withCase() {
  const t = registered();
  const path = '/rectification-cases/k1';
  t.api
    .on(
      'GET',
      'rectification',
      '/rectification-cases?inspectionId=i1',
      ok({ items: [{ id: 'k1' }] }),
    )
    .on(
      'GET',
      'rectification',
      path,
      ok({ items: [{ itemId: 'it1', source: 'finding', findingId: 'f1' }] }),
    );
  for (const p of [
    '/plan',
    '/plan/review',
    '/items/it1/progress',
    '/items/it1/sign-off',
    '/report',
    '/assessment',
    '/admonishments',
  ]) {
    t.api.on('POST', 'rectification', `${path}${p}`, ok());
  }
  const sent = () =>
    t.api.calls
      .filter((c) => c.method === 'POST')
      .map((c) => [c.path.slice(path.length), c.step!.split(':').slice(-2).join(':')]);
  return { ...t, sent };
}

describe('demo step 4: the rectification after the feedback', () => {
  it('plans as the inspected organization and has the office approve it', async () => {
    const t = withCase();
    const key = ROUNDS[2].teams[0][0];
    await rectify(t.run, inspection(ROUNDS[2].ordinal, key));
    expect(t.sent().slice(0, 2)).toEqual([
      ['/plan', 'plan:1'],
      ['/plan/review', 'review:2'],
    ]);
    const plan = t.api.calls.find((c) => c.path.endsWith('/plan'))!;
    expect(plan.token).toBe(`inspected:id:${key}`);
    expect(plan.body).toMatchObject({
      items: [{ itemId: 'it1', deadline: expect.stringMatching(/^2022-/) }],
    });
    expect(t.run.counts.cases).toBe(1);
  });

  it('returns one plan once (过筛子) before approving the second', async () => {
    const t = withCase();
    await rectify(t.run, inspection(1, 'jyj'));
    expect(t.sent().slice(0, 4)).toEqual([
      ['/plan', 'plan:1'],
      ['/plan/review', 'review:1'],
      ['/plan', 'plan:2'],
      ['/plan/review', 'review:2'],
    ]);
    expect(t.api.calls[3].body).toMatchObject({ decision: 'return' });
  });

  it('assesses one case poor and admonishes its leader', async () => {
    const t = withCase();
    await rectify(t.run, inspection(2, 'ln-nyj'));
    const assessment = t.api.calls.find((c) => c.path.endsWith('/assessment'));
    expect(assessment?.body).toMatchObject({ grade: 'poor' });
    expect(t.sent().at(-1)![0]).toBe('/admonishments');
  });
});
