import { ok, rule } from '../../http/fake-client';
import type { FindingRow } from '../cycle-rows';
import { checkFindings, recordFindings } from './findings';
import type { OpenInspection } from './run-context';
import { pending, testRun } from './testing';

const finding = (line: number, extra: Partial<FindingRow> = {}) =>
  pending<FindingRow>(line, {
    ordinal: 1,
    target: '甲局',
    ref: 'F1',
    title: `问题${line}`,
    description: '',
    focusItem: 'A-1',
    rank: 'section',
    immediate: false,
    state: 'open',
    ...extra,
  } as FindingRow);
const open = (findings: ReturnType<typeof finding>[]): OpenInspection => ({
  unit: { ordinal: 1, target: '甲局', findings, clues: [], cases: [] },
  row: pending(2, { stationedOn: '2022-03-08' } as never),
  id: 'i1',
  title: '第1轮 甲局',
  view: {
    catalogVersion: 'v1',
    villages: [{ villageId: 'v-east', villageName: '东村' }],
    findings: [],
  },
});

function withCatalog() {
  const t = testRun();
  t.api.on(
    'GET',
    'planning',
    '/focus-catalog-versions/v1',
    ok({ focuses: [{ items: [{ code: 'A-1', label: '甲' }] }], processes: [] }),
  );
  return t;
}

describe('问题 (checkFindings, recordFindings)', () => {
  it('resolves the village by name, and refuses an unknown one and a second row of one 编号', async () => {
    const t = withCatalog();
    const rows = [
      finding(2, { village: '东村' }),
      finding(3, { village: '西村' }),
      finding(4, { ref: 'F1' }),
    ];
    const { entries, byRef } = await checkFindings(t.run, open(rows));
    expect(entries[0]).toMatchObject({ villageId: 'v-east', focusItem: 'A-1' });
    expect(byRef.get('F1')).toBe(entries[0]);
    expect(t.refused.map((r) => [r.line, r.reason])).toEqual([
      [
        3,
        expect.stringMatching(
          /^unknown-village: 村 '西村' is not a village of this inspection \(东村\); 编号 'F1' is on line 2 already/,
        ),
      ],
      [4, "编号 'F1' is on line 2 already"],
    ]);
  });

  it('records a finding and its immediate item; a refused item refuses the row', async () => {
    const t = withCatalog();
    t.api
      .on('POST', 'inspection', '/inspections/i1/findings', ok({ findingId: 'f1' }))
      .on('POST', 'inspection', '/inspections/i1/immediate-items', rule('finding-unknown', 'no'));
    const o = open([finding(2, { immediate: true })]);
    const { entries } = await checkFindings(t.run, o);
    await recordFindings(t.run, o, entries);
    // Without its 发现日期, found during the field work from the day the team stationed.
    expect(t.api.calls.find((c) => c.path.endsWith('/findings'))!.body).toMatchObject({
      foundAt: '2022-03-08T09:00:00+08:00',
    });
    expect(t.api.calls.find((c) => c.path.endsWith('/immediate-items'))!.body).toEqual({
      title: '立行立改：问题2',
      findingId: 'f1',
      assignedAt: '2022-03-08T09:00:00+08:00',
    });
    expect(t.refused.map((r) => r.reason)).toEqual(['立行立改: finding-unknown: no']);
    expect(entries[0].why).toBe('问题 line 2 was refused');
    expect(t.done).toEqual([]);
  });

  it('records a finding on its own 发现日期', async () => {
    const t = withCatalog();
    t.api.on('POST', 'inspection', '/inspections/i1/findings', ok({ findingId: 'f1' }));
    const o = open([finding(2, { foundOn: '2022-03-15' })]);
    await recordFindings(t.run, o, (await checkFindings(t.run, o)).entries);
    expect(t.api.calls.find((c) => c.path.endsWith('/findings'))!.body).toMatchObject({
      foundAt: '2022-03-15T09:00:00+08:00',
    });
  });
});
