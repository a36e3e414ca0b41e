import { givenDecider } from '@xuncha/platform-kernel';
import { DEFAULT_DEADLINES, deadlinesDecider, effectiveDeadlines } from './deadlines.decider';

const AT = '2026-01-05T09:00:00+08:00';
const longer = { ...DEFAULT_DEADLINES, rectificationReportMonths: 3 };

describe('deadlines', () => {
  it('sets a jurisdiction configuration; setting the same again changes nothing', () => {
    const set = {
      type: 'DeadlinesSet' as const,
      data: { jurisdiction: '611002', setAt: AT, ...longer },
    };
    givenDecider(deadlinesDecider)
      .given()
      .when({ type: 'SetDeadlines', jurisdiction: '611002', at: AT, deadlines: longer })
      .then(set);
    givenDecider(deadlinesDecider)
      .given(set)
      .when({ type: 'SetDeadlines', jurisdiction: '611002', at: AT, deadlines: longer })
      .then();
  });
  it('takes the nearest configuration, else the documented defaults', () => {
    expect(effectiveDeadlines([])).toEqual({ deadlines: DEFAULT_DEADLINES, source: 'default' });
    expect(effectiveDeadlines([{ jurisdiction: '611002', deadlines: longer }])).toEqual({
      deadlines: longer,
      source: '611002',
    });
    expect(DEFAULT_DEADLINES).toEqual({
      stationingNoticeDays: 10,
      fieldStageDays: 40,
      reportToSecretaryDays: 30,
      rectificationPlanWorkingDays: 15,
      rectificationReportMonths: 2,
      clueResultMonths: 3,
    });
  });
});
