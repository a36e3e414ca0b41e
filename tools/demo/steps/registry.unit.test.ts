import { ok } from '../../http/fake-client';
import { LEADERS, TALENTS, TARGETS } from '../data';
import { registerTargetsAndCadres } from './registry';
import { testRun } from './testing';

describe('demo step 1: targets and cadres', () => {
  it('registers every parent before its children, naming the parent by the id it got, then the cadres', async () => {
    const t = testRun();
    t.api
      .on('POST', 'planning', '/targets', (call) =>
        ok({ id: `id:${call.step!.slice('target:'.length)}` }),
      )
      .on('POST', 'planning', '/cadres', (call) =>
        ok({ id: `id:${call.step!.slice('cadre:'.length)}` }),
      );
    await registerTargetsAndCadres(t.run);
    const posts = t.api.calls.filter((c) => c.path === '/targets');
    expect(posts).toHaveLength(TARGETS.length);
    const child = TARGETS.find((x) => x.parent)!;
    const childPost = posts.findIndex((c) => c.step === `target:${child.key}`);
    expect(posts.findIndex((c) => c.step === `target:${child.parent}`)).toBeLessThan(childPost);
    expect(posts[childPost].body).toMatchObject({
      name: child.name,
      parentId: `id:${child.parent}`,
    });
    expect(t.api.calls.filter((c) => c.path === '/cadres')).toHaveLength(
      LEADERS.length + TALENTS.length,
    );
    expect(t.run.ids.get(LEADERS[0].key)).toBe(`id:${LEADERS[0].key}`);
    expect(t.run.counts).toMatchObject({
      targets: TARGETS.length,
      cadres: LEADERS.length + TALENTS.length,
    });
  });
});
