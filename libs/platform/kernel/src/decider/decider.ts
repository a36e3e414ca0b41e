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

/**
 * One decision per command type: a context writes a named function per command
 * and the compiler asks for one for each (and for no other).
 */
export type CommandHandlers<State, Command extends { readonly type: string }, Event> = {
  readonly [Type in Command['type']]: (
    state: State,
    command: Extract<Command, { readonly type: Type }>,
  ) => Event[];
};

/** A decider's `decide` that hands each command to the handler of its type. */
export function decideBy<State, Command extends { readonly type: string }, Event>(
  handlers: CommandHandlers<State, Command, Event>,
): (command: Command, state: State) => Event[] {
  return (command, state) => {
    // The map is keyed by the command's own type: TypeScript cannot follow that pairing.
    const handle = handlers[command.type as Command['type']] as (s: State, c: Command) => Event[];
    return handle(state, command);
  };
}

/** How each event type changes the state: the evolve counterpart of CommandHandlers. */
export type EventAppliers<State, Event extends { readonly type: string }> = {
  readonly [Type in Event['type']]: (
    state: State,
    event: Extract<Event, { readonly type: Type }>,
  ) => State;
};

/** A decider's `evolve` that hands each event to the applier of its type. */
export function evolveBy<State, Event extends { readonly type: string }>(
  appliers: EventAppliers<State, Event>,
): (state: State, event: Event) => State {
  return (state, event) => {
    const apply = appliers[event.type as Event['type']] as (s: State, e: Event) => State;
    return apply(state, event);
  };
}
