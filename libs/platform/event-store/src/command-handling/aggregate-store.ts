import { randomUUID } from 'node:crypto';
import {
  ConcurrencyConflict,
  EventSchemas,
  RuleViolation,
  type Decider,
  type DomainEvent,
  type NewEvent,
} from '@xuncha/platform-kernel';
import type { EventStore } from '../port/event-store.port';

/** What comes in with every command from outside the domain: who, why, when. */
export interface CommandContext {
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly now: Date;
  /** The revision the caller last saw (If-Match); a stale one is refused. */
  readonly expectedRevision?: number;
  /** A repeat with the same key (and actor) stores nothing and answers as the first did. */
  readonly idempotencyKey?: string;
  /**
   * What the request was (method, route, canonical body), hashed: a key reused
   * for another request is refused instead of answered with the first's result.
   * Absent for commands of bus messages, whose key is the message id.
   */
  readonly requestFingerprint?: string;
  /** Decide and answer what would be recorded, store nothing (a caller checking a row first). */
  readonly dryRun?: boolean;
}

export interface CommandOutcome<E extends DomainEvent = DomainEvent> {
  /** The aggregate's id; on a replay, the id the first call created: answer with this one. */
  readonly id: string;
  readonly revision: number;
  readonly events: readonly E[];
  /** True when this answers a repeated idempotency key: nothing was appended. */
  readonly replayed: boolean;
  /** True when the command was only decided (CommandContext.dryRun): nothing was appended. */
  readonly dryRun?: boolean;
}

/** A folded stream and the revision it was folded at. */
export interface Loaded<S> {
  readonly state: S;
  readonly revision: number;
}

/**
 * The key an idempotent command's record is stored under: scoped to the actor,
 * so two callers choosing the same key never see each other's answers.
 */
export function idempotencyRecordKey(context: CommandContext): string | undefined {
  return context.idempotencyKey && `${context.actor}:${context.idempotencyKey}`;
}

interface StoredOutcome {
  id: string;
  revision: number;
  /** The fingerprint of the request that made the record (absent on older records). */
  fingerprint?: string;
}

/**
 * The stored outcome of an earlier request with the context's key, if any;
 * RuleViolation `idempotency-key-reused` (422) when that request was another
 * one (another route, another body): answering it with the first's result
 * would drop this one silently.
 */
export async function findIdempotentOutcome(
  store: EventStore,
  context: CommandContext,
): Promise<{ id: string; revision: number } | undefined> {
  const key = idempotencyRecordKey(context);
  if (!key) return undefined;
  const record = await store.findIdempotencyRecord(key);
  if (!record) return undefined;
  const { id, revision, fingerprint } = record.result as StoredOutcome;
  if (
    fingerprint !== undefined &&
    context.requestFingerprint !== undefined &&
    fingerprint !== context.requestFingerprint
  ) {
    throw new RuleViolation(
      'idempotency-key-reused',
      `Idempotency-Key ${context.idempotencyKey} was already used for another request (another route or body): use a new key`,
      { idempotencyKey: context.idempotencyKey },
    );
  }
  return { id, revision };
}

export interface AggregateStoreOptions {
  /** Streams are named `<streamPrefix>-<id>`, e.g. `planning.round-…`. */
  readonly streamPrefix: string;
  readonly schemas?: EventSchemas;
}

/**
 * Loads an aggregate's stream, folds it through the decider, decides, and
 * appends the new events with the revision it loaded (optimistic concurrency).
 */
export class AggregateStore<S, C, E extends DomainEvent> {
  private readonly schemas: EventSchemas;

  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<S, C, E>,
    private readonly options: AggregateStoreOptions,
  ) {
    this.schemas = options.schemas ?? new EventSchemas();
  }

  streamId(id: string): string {
    return `${this.options.streamPrefix}-${id}`;
  }

  async load(id: string): Promise<Loaded<S>> {
    const stored = await this.store.readStream(this.streamId(id));
    // A recorded event is its domain event plus the envelope; evolve reads type and data.
    const state = stored
      .map((event) => this.schemas.upcast<E>(event) as unknown as E)
      .reduce((acc, event) => this.decider.evolve(acc, event), this.decider.initialState());
    return { state, revision: stored.length - 1 };
  }

  async execute(id: string, command: C, context: CommandContext): Promise<CommandOutcome<E>> {
    const earlier = await this.replay(context);
    if (earlier) return earlier;
    return this.decideAndAppend(id, await this.load(id), command, context);
  }

  /**
   * As `execute`, on a state the caller loaded already (to authorize against it):
   * one read per command. The append expects the loaded revision, so a change
   * made since is a ConcurrencyConflict, never a decision on a stale state.
   */
  async executeOn(
    id: string,
    loaded: Loaded<S>,
    command: C,
    context: CommandContext,
  ): Promise<CommandOutcome<E>> {
    const earlier = await this.replay(context);
    if (earlier) return earlier;
    return this.decideAndAppend(id, loaded, command, context);
  }

  private async decideAndAppend(
    id: string,
    { state, revision }: Loaded<S>,
    command: C,
    context: CommandContext,
  ): Promise<CommandOutcome<E>> {
    const idempotencyKey = idempotencyRecordKey(context);
    const streamId = this.streamId(id);
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new ConcurrencyConflict(streamId, String(context.expectedRevision), String(revision));
    }
    const events = this.decider.decide(command, state);
    if (context.dryRun) return { id, revision, events, replayed: false, dryRun: true };
    if (events.length === 0) return { id, revision, events, replayed: false };

    const occurredAt = context.now.toISOString();
    const metadata = {
      actor: context.actor,
      correlationId: context.correlationId,
      ...(context.causationId && { causationId: context.causationId }),
      ...(context.idempotencyKey && { idempotencyKey: context.idempotencyKey }),
    };
    const toAppend: NewEvent[] = events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      schemaVersion: this.schemas.versionOf(event.type),
      data: event.data,
      occurredAt,
      metadata,
    }));
    const expectedRevision = revision < 0 ? 'no-stream' : revision;
    const nextRevision = revision + events.length;
    try {
      const appended = await this.store.appendToStream(streamId, toAppend, {
        expectedRevision,
        ...(idempotencyKey && {
          idempotency: {
            key: idempotencyKey,
            result: {
              id,
              revision: nextRevision,
              ...(context.requestFingerprint && { fingerprint: context.requestFingerprint }),
            } satisfies StoredOutcome,
          },
        }),
      });
      return { id, revision: appended.revision, events, replayed: false };
    } catch (error) {
      // A twin request with the same key may have landed first: answer as it did.
      const earlier =
        error instanceof ConcurrencyConflict && idempotencyKey && (await this.replay(context));
      if (earlier) return earlier;
      throw error;
    }
  }

  private async replay(context: CommandContext): Promise<CommandOutcome<E> | undefined> {
    const earlier = await findIdempotentOutcome(this.store, context);
    return earlier && { ...earlier, events: [], replayed: true };
  }
}
