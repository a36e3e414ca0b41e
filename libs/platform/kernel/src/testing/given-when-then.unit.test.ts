import { RuleViolation } from '../errors/domain-errors';
import { counterDecider } from './counter.fixture';
import { givenDecider } from './given-when-then';

const counter = givenDecider(counterDecider);
const opened = { type: 'CounterOpened' as const, data: { id: 'c1', limit: 3 } };

describe('given/when/then', () => {
  it('passes when the decided events are the expected ones', () => {
    counter
      .given(opened)
      .when({ type: 'IncrementCounter', id: 'c1', by: 2 })
      .then({
        type: 'CounterIncremented',
        data: { by: 2 },
      });
  });

  it('fails when they differ', () => {
    expect(() =>
      counter
        .given(opened)
        .when({ type: 'IncrementCounter', id: 'c1', by: 2 })
        .then({
          type: 'CounterIncremented',
          data: { by: 1 },
        }),
    ).toThrow(/differ/);
  });

  it('checks the rule a refusal names', () => {
    const when = counter
      .given(opened, { type: 'CounterIncremented', data: { by: 3 } })
      .when({ type: 'IncrementCounter', id: 'c1', by: 1 });
    expect(when.thenThrows(RuleViolation, 'counter-limit')).toBeInstanceOf(RuleViolation);
    expect(() => when.thenThrows(RuleViolation, 'another-rule')).toThrow(/expected rule/);
  });

  it('fails thenThrows when the command is accepted', () => {
    expect(() =>
      counter
        .given(opened)
        .when({ type: 'IncrementCounter', id: 'c1', by: 1 })
        .thenThrows(RuleViolation),
    ).toThrow(/expected RuleViolation, got no error/);
  });
});
