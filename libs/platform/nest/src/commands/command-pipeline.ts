import type { AggregateStore, CommandOutcome, Loaded } from '@xuncha/platform-event-store';
import { AggregateNotFound, type DomainEvent } from '@xuncha/platform-kernel';
import { assertRecordInReach } from '../auth/auth.guard';
import type { Principal } from '../auth/principal';
import type { CommandCall } from './command-call';

/** What a command endpoint answers: the record, its revision, and on a dry run what it would record. */
export interface CommandAnswer {
  readonly id: string;
  readonly revision: number;
  readonly dryRun?: true;
  readonly wouldRecord?: readonly string[];
}

export function answerOf(outcome: CommandOutcome): CommandAnswer {
  return {
    id: outcome.id,
    revision: outcome.revision,
    ...(outcome.dryRun && { dryRun: true, wouldRecord: outcome.events.map((e) => e.type) }),
  };
}

/**
 * Checks the caller against the loaded record: throws (AggregateNotFound for a
 * record out of reach or never made, Forbidden for a step the caller may not
 * take). `access` is what the endpoint asks beyond the role, e.g. "the team's leader".
 */
export type Authorize<S, A> = (
  loaded: Loaded<S>,
  who: { readonly id: string; readonly principal: Principal },
  access: A,
) => void;

/**
 * The one way a command goes through a service: load the record once,
 * authorize against it, build the command from the call (and the state, where
 * the command needs what the record holds), decide, append with the loaded
 * revision (If-Match and Idempotency-Key honoured by the store), answer.
 */
export class CommandPipeline<S, C, E extends DomainEvent, A = undefined> {
  constructor(
    readonly store: AggregateStore<S, C, E>,
    private readonly authorize: Authorize<S, A>,
  ) {}

  /** The record, authorized for the caller: for reads, which check the same reach. */
  async read(id: string, principal: Principal, access = undefined as A): Promise<Loaded<S>> {
    const loaded = await this.store.load(id);
    this.authorize(loaded, { id, principal }, access);
    return loaded;
  }

  async run(
    call: CommandCall,
    command: C | ((loaded: Loaded<S>) => C | Promise<C>),
    access = undefined as A,
  ): Promise<CommandAnswer> {
    const loaded = await this.read(call.id, call.principal, access);
    const decided =
      typeof command === 'function'
        ? await (command as (loaded: Loaded<S>) => C | Promise<C>)(loaded)
        : command;
    return answerOf(await this.store.executeOn(call.id, loaded, decided, call.context));
  }
}

/** `Omit` over each member of a union of commands: the body an endpoint fills in. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The record in the caller's jurisdiction, or 404: for aggregates whose state
 * names its jurisdiction and whose every command takes the same reach.
 */
export function inJurisdiction<S extends { readonly jurisdiction?: string }>(
  aggregate: string,
): Authorize<S, undefined> {
  return ({ state }, { id, principal }) => {
    if (!state.jurisdiction) throw new AggregateNotFound(aggregate, id);
    assertRecordInReach(principal, state.jurisdiction, aggregate, id);
  };
}
