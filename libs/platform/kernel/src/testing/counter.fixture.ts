import { AggregateNotFound, RuleViolation } from '../errors/domain-errors';
import type { Decider } from '../decider/decider';

/** A toy aggregate the platform's own tests drive; no context uses it. */
export type CounterEvent =
  | { type: 'CounterOpened'; data: { id: string; limit: number } }
  | { type: 'CounterIncremented'; data: { by: number } };
export type CounterCommand =
  | { type: 'OpenCounter'; id: string; limit: number }
  | { type: 'IncrementCounter'; id: string; by: number };
export interface CounterState {
  opened: boolean;
  value: number;
  limit: number;
}

export const counterDecider: Decider<CounterState, CounterCommand, CounterEvent> = {
  initialState: () => ({ opened: false, value: 0, limit: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CounterOpened':
        return { opened: true, value: 0, limit: event.data.limit };
      case 'CounterIncremented':
        return { ...state, value: state.value + event.data.by };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'OpenCounter':
        if (state.opened) throw new RuleViolation('counter-already-open', 'already open');
        return [{ type: 'CounterOpened', data: { id: command.id, limit: command.limit } }];
      case 'IncrementCounter':
        if (!state.opened) throw new AggregateNotFound('counter', command.id);
        if (state.value + command.by > state.limit) {
          throw new RuleViolation('counter-limit', `would pass the limit of ${state.limit}`);
        }
        return [{ type: 'CounterIncremented', data: { by: command.by } }];
    }
  },
};
