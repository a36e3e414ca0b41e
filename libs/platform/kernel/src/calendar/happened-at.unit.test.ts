import { RuleViolation } from '../errors/domain-errors';
import { rulesRaisedIn } from '../errors/rule-catalogue';
import { chinaDay } from './china-day';
import { TIMELINE_RULES, happenedAt } from './happened-at';

const recordedAt = '2026-12-02T16:30:00Z'; // 00:30 on 3 December in China

describe('happenedAt: when a step happened, beside when it is recorded', () => {
  it('is the time told, else the recording time', () => {
    expect(happenedAt('transfer', '2022-07-01T10:00:00+08:00', recordedAt)).toBe(
      '2022-07-01T10:00:00+08:00',
    );
    expect(happenedAt('transfer', undefined, recordedAt)).toBe(recordedAt);
  });

  it('happened-in-future: on a China day after the recording, not later the same day', () => {
    expect(chinaDay(recordedAt)).toBe('2026-12-03');
    expect(happenedAt('receipt', '2026-12-03T23:00:00+08:00', recordedAt)).toBe(
      '2026-12-03T23:00:00+08:00',
    );
    expect(() => happenedAt('receipt', '2026-12-04T00:10:00+08:00', recordedAt)).toThrow(
      expect.objectContaining({ rule: 'happened-in-future' }),
    );
  });

  it('happened-before-previous-step: not before the step it follows; the same instant is fine', () => {
    const previous = { step: 'transfer', at: '2022-07-01T10:00:00+08:00' };
    expect(happenedAt('receipt', previous.at, recordedAt, previous)).toBe(previous.at);
    let thrown: unknown;
    try {
      happenedAt('receipt', '2022-07-01T09:59:00+08:00', recordedAt, previous);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RuleViolation);
    expect(thrown).toMatchObject({ rule: 'happened-before-previous-step' });
  });

  it('counts as raising its rules in a decider that calls it', () => {
    expect(rulesRaisedIn('const at = happenedAt(step, told, command.at);')).toEqual([
      ...TIMELINE_RULES,
    ]);
    expect(rulesRaisedIn('const at = command.at;')).toEqual([]);
  });
});
