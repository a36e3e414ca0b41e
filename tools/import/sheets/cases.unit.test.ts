import { ok } from '../../http/fake-client';
import type { CaseRow, FindingRow, InspectionRow } from '../cycle-rows';
import { checkCases, rectify } from './cases';
import type { FindingEntry, OpenInspection } from './run-context';
import { pending, testRun } from './testing';

const caseRow = (line: number, extra: Partial<CaseRow> = {}) =>
  pending<CaseRow>(line, { ordinal: 1, target: '甲局', ...extra });
const entry = (line: number, extra: Partial<FindingRow> = {}): FindingEntry => ({
  pending: pending<FindingRow>(
    line,
    {
      state: 'open',
      title: `问题${line}`,
      plan: { measures: ['整改'], responsible: '张三', deadline: '2022-09-01' },
      ...extra,
    } as FindingRow,
    { 整改措施: '', 责任人: '', 整改时限: '' },
  ),
});
const open = (cases: CaseRow[], deliveredOn?: string): OpenInspection => ({
  unit: {
    ordinal: 1,
    target: '甲局',
    findings: [],
    clues: [],
    cases: cases.map((c, i) => pending(5 + i, c)),
  },
  row: pending(3, { deliveredOn } as InspectionRow),
  id: 'i1',
  title: '第1轮 甲局',
  view: {},
});

describe('整改 (checkCases, rectify)', () => {
  it('a case opens with the feedback, lists items, and each needs its plan columns', () => {
    const t = testRun();
    const noFeedback = open([{ ordinal: 1, target: '甲局' }]);
    expect(checkCases(t.run, noFeedback, [entry(2)]).get('')!.why).toMatch(
      /巡察 line 3 has no 反馈日期/,
    );
    const t2 = testRun();
    checkCases(t2.run, open([{ ordinal: 1, target: '甲局' }], '2022-06-01'), [
      entry(2, { plan: undefined }),
    ]);
    expect(t2.refused[0].reason).toMatch(
      /^plan-incomplete: 问题 line 2 lacks 整改措施、责任人、整改时限/,
    );
    const t3 = testRun();
    checkCases(t3.run, open([{ ordinal: 1, target: '甲局', village: '东村' }], '2022-06-01'), [
      entry(2),
    ]);
    expect(t3.refused[0].reason).toBe('case-without-items: no 问题 row of 第1轮 甲局 东村 went in');
  });

  it('a finding to sign off is refused when its case cannot open', () => {
    const t = testRun();
    const findings = [entry(2, { state: 'rectified' })];
    checkCases(t.run, open([], '2022-06-01'), findings);
    expect(t.refused).toEqual([
      {
        kind: 'findings',
        line: 2,
        reason: '整改状态 已整改 needs the rectification plan: no 整改 row for 第1轮 甲局',
      },
    ]);
    expect(findings[0].why).toBe('问题 line 2 was refused');
  });

  it('refuses a case with items the file has no finding for, and sends no plan', async () => {
    const t = testRun();
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
        '/rectification-cases/k1',
        ok({ id: 'k1', items: [{ itemId: 'x', findingId: 'other', title: '别的问题' }] }),
      );
    const found = { ...entry(2), findingId: 'f1' };
    await rectify(t.run, 'i1', caseRow(5), [found]);
    expect(t.refused.map((r) => r.reason)).toEqual([
      'plan-incomplete: items of the case are no 问题 row of this file: 别的问题',
    ]);
    expect(t.api.sent()).toEqual([]);
  });

  it('plans as the rectifying organization, has it approved, signs off, reports and assesses', async () => {
    const t = testRun();
    const casePath = '/rectification-cases/k1';
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
        casePath,
        ok({
          id: 'k1',
          targetId: 't1',
          jurisdiction: '611021',
          items: [{ itemId: 'it1', findingId: 'f1', title: '问题2' }],
          plan: { status: 'approved' },
        }),
      );
    for (const p of ['/plan', '/plan/review', '/items/it1/sign-off', '/report', '/assessment']) {
      t.api.on('POST', 'rectification', `${casePath}${p}`, ok());
    }
    const signed = {
      ...entry(2, { state: 'rectified', signOff: { on: '2022-08-01', evidence: '凭证' } }),
      findingId: 'f1',
      replayed: false,
    };
    const report = { summary: '报告', rulesEstablished: 1, fundsRecovered: 0 };
    await rectify(t.run, 'i1', caseRow(5, { report, grade: 'good' } as Partial<CaseRow>), [signed]);
    expect(t.refused).toEqual([]);
    expect(
      t.api.calls
        .filter((c) => c.method === 'POST')
        .map((c) => [c.path.slice(casePath.length), c.token]),
    ).toEqual([
      ['/plan', 'inspected-token'],
      ['/plan/review', 'office-token'],
      ['/items/it1/sign-off', 'office-token'],
      ['/report', 'inspected-token'],
      ['/assessment', 'office-token'],
    ]);
    expect(t.done).toEqual([
      { kind: 'findings', replayed: false },
      { kind: 'cases', replayed: true },
    ]);
  });
});
