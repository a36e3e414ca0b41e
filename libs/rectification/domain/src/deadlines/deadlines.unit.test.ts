import { RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import { DEFAULT_DEADLINES, deadlinesDecider, dueDates } from './deadlines';

const at = '2026-05-01T09:00:00+08:00';
const configure = {
  type: 'ConfigureDeadlines' as const,
  jurisdiction: '611002',
  planWorkingDays: 22,
  reportMonths: 3,
  at,
};
const configured = {
  type: 'RectificationDeadlinesConfigured' as const,
  data: { jurisdiction: '611002', planWorkingDays: 22, reportMonths: 3, configuredAt: at },
};

describe('rectification deadlines', () => {
  it('default to 15 working days for the plan and 2 months for the report (docs/domain.md §5)', () => {
    // Feedback on Tuesday 2026-06-16: three weeks of working days, weekends skipped.
    expect(dueDates('2026-06-16T10:00:00+08:00', DEFAULT_DEADLINES)).toEqual({
      planDueBy: '2026-07-07',
      reportDueBy: '2026-08-16',
    });
  });

  it('count from the China day of delivery, whatever offset it is written in', () => {
    // 01:00 on Tuesday 16 June in China, written in UTC: the 16th, not Monday the 15th.
    expect(dueDates('2026-06-15T17:00:00Z', DEFAULT_DEADLINES)).toEqual({
      planDueBy: '2026-07-07',
      reportDueBy: '2026-08-16',
    });
  });

  it('clamp the report day to the end of a shorter month', () => {
    expect(dueDates('2026-12-31T10:00:00+08:00', DEFAULT_DEADLINES).reportDueBy).toBe('2027-02-28');
  });

  it('are configured per jurisdiction', () => {
    givenDecider(deadlinesDecider).given().when(configure).then(configured);
  });

  it('record nothing when unchanged', () => {
    givenDecider(deadlinesDecider).given(configured).when(configure).then();
  });

  it('refuse deadlines below one', () => {
    givenDecider(deadlinesDecider)
      .given()
      .when({ ...configure, planWorkingDays: 0 })
      .thenThrows(RuleViolation, 'deadline-not-positive');
  });
});
