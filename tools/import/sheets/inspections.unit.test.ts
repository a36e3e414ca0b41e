import type { Json } from '../../http/client';
import { ok, rule } from '../../http/fake-client';
import type { CaseRow, ClueRow, FindingRow, InspectionRow } from '../cycle-rows';
import { groupUnits, importInspection } from './inspections';
import { pending, testRun } from './testing';

const targets = [{ id: 't1', name: '甲局', jurisdiction: '611021' }];
const catalog = {
  focuses: [{ items: [{ code: 'A-1', label: '落实决策部署' }] }],
  processes: [],
};
const inspection = (extra: Partial<InspectionRow> = {}) =>
  pending<InspectionRow>(2, {
    ordinal: 1,
    target: '甲局',
    stationedOn: '2022-03-05',
    channels: ['phone'],
    talks: { leadership: 5 },
    talkedOn: '2022-03-20',
    report: '报告',
    directives: [],
    deliveredOn: '2022-06-01',
    copiedTo: [],
    ...extra,
  });
const finding = (line: number, focusItem = '落实决策部署') =>
  pending<FindingRow>(line, {
    ordinal: 1,
    target: '甲局',
    ref: `F${line}`,
    title: `问题${line}`,
    description: '',
    focusItem,
    rank: 'section',
    immediate: false,
    state: 'open',
    plan: { measures: ['整改'], responsible: '张三', deadline: '2022-09-01' },
  } as FindingRow);
const clue = pending<ClueRow>(2, {
  ordinal: 1,
  target: '甲局',
  findingRef: 'F2',
  person: { name: '某某', position: '科长', rank: 'section' },
  allegation: '违规',
  discipline: 'integrity',
  urgent: false,
  note: '',
} as ClueRow);
const caseRow = pending<CaseRow>(2, { ordinal: 1, target: '甲局' });

function opened(rows: Parameters<typeof testRun>[0], view: Json = {}) {
  const t = testRun(rows, { targets });
  t.run.rounds.set(1, {
    pending: pending(2, {} as never),
    id: 'r1',
    code: '611021',
    targets: new Map([['t1', 2]]),
    refusedTargets: new Map(),
  });
  t.api
    .on('GET', 'inspection', '/inspections?roundId=r1&targetId=t1', ok({ items: [{ id: 'i1' }] }))
    .on(
      'GET',
      'inspection',
      '/inspections/i1',
      ok({
        target: { headcount: 5 },
        talkRules: {
          mustTalkGroups: [],
          everyoneUpTo: 10,
          minimumPercent: 70,
          allPartyMembers: false,
        },
        villages: [],
        catalogVersion: 'v1',
        stationing: null,
        ...view,
      }),
    )
    .on('GET', 'planning', '/focus-catalog-versions/v1', ok(catalog));
  for (const step of ['stationing', 'talks', 'report', 'report/approve', 'feedback']) {
    t.api.on('POST', 'inspection', `/inspections/i1/${step}`, ok());
  }
  groupUnits(t.run);
  return { ...t, unit: [...t.run.units.values()][0] };
}

describe('巡察, 问题, 线索 and 整改 (importInspection)', () => {
  it('records the field work, findings and clues, the report and feedback, then rectifies', async () => {
    const t = opened({
      inspections: [inspection()],
      findings: [finding(2)],
      clues: [clue],
      cases: [caseRow],
    });
    t.api
      .on('POST', 'inspection', '/inspections/i1/findings', ok({ findingId: 'f1' }))
      .on('POST', 'inspection', '/inspections/i1/clues', ok({ clueId: 'cl1' }))
      .on(
        'GET',
        'rectification',
        '/rectification-cases?inspectionId=i1',
        ok({ items: [{ id: 'k1' }] }),
      )
      .on(
        'GET',
        'rectification',
        '/rectification-cases/k1',
        ok({
          id: 'k1',
          items: [{ itemId: 'it1', findingId: 'f1', title: '问题2' }],
          targetId: 't1',
          jurisdiction: '611021',
        }),
      )
      .on('POST', 'rectification', '/rectification-cases/k1/plan', ok())
      .on('POST', 'rectification', '/rectification-cases/k1/plan/review', ok());
    await importInspection(t.run, t.unit);
    expect(t.refused).toEqual([]);
    expect(t.api.sent()).toEqual([
      'inspection /inspections/i1/stationing',
      'inspection /inspections/i1/talks',
      'inspection /inspections/i1/findings',
      'inspection /inspections/i1/clues',
      'inspection /inspections/i1/report',
      'inspection /inspections/i1/report/approve',
      'inspection /inspections/i1/feedback',
      'rectification /rectification-cases/k1/plan',
      'rectification /rectification-cases/k1/plan/review',
    ]);
    // The clue names the finding it came from; the plan lists the finding's measures.
    expect(t.api.calls.find((c) => c.path.endsWith('/clues'))!.body).toMatchObject({
      findingId: 'f1',
    });
    expect(t.api.calls.find((c) => c.path.endsWith('/plan'))).toMatchObject({
      token: 'inspected-token',
      body: { items: [{ itemId: 'it1', measures: ['整改'], responsible: '张三' }] },
    });
    expect(t.done.map((d) => d.kind).sort()).toEqual(['cases', 'clues', 'findings', 'inspections']);
    expect(t.run.fedBack.has('t1')).toBe(true);
  });

  it('refuses the inspection and all recorded at it before sending anything when the talks fall short', async () => {
    const t = opened(
      { inspections: [inspection()], findings: [finding(2)], cases: [caseRow] },
      { target: { headcount: 40 } },
    );
    await importInspection(t.run, t.unit);
    expect(t.api.sent()).toEqual([]);
    expect(t.refused.map((r) => [r.kind, r.line, r.reason])).toEqual([
      [
        'inspections',
        2,
        expect.stringMatching(/^talk-coverage-not-met: 5 talks for a headcount of 40/),
      ],
      ['findings', 2, '巡察 line 2 (第1轮 甲局) was refused'],
      ['cases', 2, '巡察 line 2 (第1轮 甲局) was refused'],
    ]);
  });

  it('refuses a finding outside the catalog, and the clue and case that need it', async () => {
    const t = opened({
      inspections: [inspection()],
      findings: [finding(2, 'SGJJ-9-99')],
      clues: [clue],
      cases: [caseRow],
    });
    await importInspection(t.run, t.unit);
    expect(t.refused.map((r) => [r.kind, r.line, r.reason])).toEqual([
      ['findings', 2, expect.stringMatching(/^unknown-focus-item: 监督重点 'SGJJ-9-99'/)],
      ['cases', 2, 'case-without-items: no 问题 row of 第1轮 甲局 went in'],
      ['clues', 2, "问题编号 'F2': 问题 line 2 was refused"],
    ]);
    expect(t.api.sent()).not.toContain('inspection /inspections/i1/findings');
  });

  it('refuses what is recorded at an inspection the service refused to station', async () => {
    const t = opened({ inspections: [inspection()], findings: [finding(2)] });
    t.api.on(
      'POST',
      'inspection',
      '/inspections/i1/stationing',
      rule('stationing-before-launch', 'early'),
    );
    await importInspection(t.run, t.unit);
    expect(t.refused.map((r) => [r.kind, r.line, r.reason])).toEqual([
      ['inspections', 2, 'stationing-before-launch: early'],
      ['findings', 2, '巡察 line 2 (第1轮 甲局) was refused'],
    ]);
  });

  it('refuses the rows of an inspection the 巡察 sheet does not have', async () => {
    const t = opened({ findings: [finding(2)] });
    await importInspection(t.run, t.unit);
    expect(t.refused).toEqual([
      { kind: 'findings', line: 2, reason: '第1轮 甲局 has no row in the 巡察 sheet' },
    ]);
  });
});
