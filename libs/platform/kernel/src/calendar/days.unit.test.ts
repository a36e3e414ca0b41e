import { chinaDay } from './china-day';
import { addDays, addMonths, addWorkingDays, daysBetween } from './days';

describe('calendar days', () => {
  it('addDays crosses months and years, forwards and back', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-06-16', 39)).toBe('2026-07-25');
  });

  it('addWorkingDays skips Saturdays and Sundays (15 working days after Tue 16 June is 7 July)', () => {
    expect(addWorkingDays('2026-06-16', 15)).toBe('2026-07-07');
    expect(addWorkingDays('2026-06-19', 1)).toBe('2026-06-22'); // Friday → Monday
    expect(addWorkingDays('2026-06-20', 0)).toBe('2026-06-20');
  });

  it('addMonths keeps the day of the month, clamped to the last day', () => {
    expect(addMonths('2026-06-16', 2)).toBe('2026-08-16');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('daysBetween counts whole days, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });

  it("an instant's day is its China day, whatever offset it is written in", () => {
    // 01:00 on 2 December in China, written in UTC: the day is the 2nd, not the 1st.
    expect(chinaDay('2026-12-01T17:00:00Z')).toBe('2026-12-02');
    expect(chinaDay('2026-12-02T01:00:00+08:00')).toBe('2026-12-02');
    expect(chinaDay('2026-12-01T23:59:59+08:00')).toBe('2026-12-01');
    expect(chinaDay('2026-12-01T12:00:00-05:00')).toBe('2026-12-02');
  });
});
