import { deepStrictEqual } from 'node:assert/strict';
import type { Decider } from '../decider/decider';
import type { DomainEvent } from '../events/envelope';

/**
 * given(past events).when(command).then(expected events) or
 * .thenThrows(error class, rule?) for deciders, with no test framework imported:
 * failures throw, so any runner reports them.
 */
export function givenDecider<S, C, E extends DomainEvent>(decider: Decider<S, C, E>) {
  return {
    given(...history: E[]) {
      return {
        when(command: C) {
          const run = () =>
            decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
          return {
            then(...expected: E[]): E[] {
              const actual = run();
              deepStrictEqual(actual, expected, 'the decided events differ');
              return actual;
            },
            thenThrows(errorClass: new (...args: never[]) => Error, rule?: string): Error {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              if (!(thrown instanceof errorClass)) {
                throw new Error(`expected ${errorClass.name}, got ${describe(thrown)}`);
              }
              const actualRule = (thrown as { rule?: string }).rule;
              if (rule !== undefined && actualRule !== rule) {
                throw new Error(`expected rule ${rule}, got ${actualRule}`);
              }
              return thrown;
            },
          };
        },
      };
    },
  };
}

function describe(value: unknown): string {
  return value instanceof Error
    ? `${value.name}: ${value.message}`
    : `no error (${JSON.stringify(value)})`;
}
