/** Unit tests of the demo's steps: a run over a recorded fake client, every key given an id. */
import { FakeApi } from '../../http/fake-client';
import { LEADERS, TALENTS, TARGETS } from '../data';
import { emptyCounts, type DemoRun } from './context';

export function testRun(seed = 2021): { run: DemoRun; api: FakeApi; stages: string[] } {
  const api = new FakeApi();
  const stages: string[] = [];
  const run: DemoRun = {
    api,
    seed,
    token: async (role, sub) => `${role}${sub ? `:${sub}` : ''}`,
    office: 'office',
    analyst: 'analyst',
    ids: new Map(),
    roundIds: new Map(),
    counts: emptyCounts(),
    stage: (name) => stages.push(name),
  };
  return { run, api, stages };
}

/** The run with every target and cadre registered under `id:<key>`. */
export function registered(seed = 2021) {
  const t = testRun(seed);
  for (const { key } of [...TARGETS, ...LEADERS, ...TALENTS]) t.run.ids.set(key, `id:${key}`);
  return t;
}
