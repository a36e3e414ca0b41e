import type { DomainEvent } from '../events/envelope';

/**
 * An aggregate as pure functions: state is a fold of past events, a decision
 * takes a command and the state and returns new events or throws a named
 * domain error. Time and ids come in with the command.
 */
export interface Decider<State, Command, Event extends DomainEvent> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, unknown, Event>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
