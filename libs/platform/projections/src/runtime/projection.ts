import type { IntegrationEventType, IntegrationPayload } from '@xuncha/contracts';
import type { Doc } from '@xuncha/platform-read-models';
import type { IntegrationEvent } from '@xuncha/platform-bus';
import type { RecordedEvent } from '@xuncha/platform-kernel';

/** What a projection handler reads and writes; writes land when the handler returns. */
export interface ProjectionContext<E = IntegrationEvent> {
  /** The integration event (bus source) or the recorded domain event, upcast (event-store source). */
  readonly event: E;
  /** The document as it stands, including this message's own pending writes. */
  get<T extends Doc>(collection: string, id: string): Promise<T | undefined>;
  put(collection: string, doc: Doc): void;
  delete(collection: string, id: string): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped only where no contract names the event: the own deciders' events (event store) and the runtime's own tests
export type ProjectionHandler<E = IntegrationEvent, D = any> = (
  data: D,
  context: ProjectionContext<E>,
) => Promise<void> | void;

/**
 * Handlers of the contracts' integration events by ce_type: the compiler knows
 * each key (a misspelt or undefined type does not compile) and hands the
 * handler its contract's payload (checked against it on the bus).
 */
export type IntegrationEventHandlers = {
  readonly [T in IntegrationEventType]?: ProjectionHandler<IntegrationEvent, IntegrationPayload<T>>;
};

/**
 * Where a projection reads its events. `bus`: other contexts' facts, keyed by
 * ce_type, on the topics that carry them. `event-store`: the service's own
 * domain events, keyed by type, of the streams `<prefix>-<id>` of these
 * prefixes, read from its own store (as the publisher reads it: sealed
 * personal fields stay sealed) and upcast to their current schema.
 */
export type ProjectionSource =
  | { readonly kind: 'bus' }
  | {
      readonly kind: 'event-store';
      readonly streamPrefixes: readonly string[];
      readonly upcast?: (event: RecordedEvent) => RecordedEvent;
    };

interface ProjectionBase {
  readonly name: string;
  readonly collections: readonly string[];
  readonly indexes?: Readonly<Record<string, Array<Record<string, 1 | -1>>>>;
}

/**
 * A read model of other contexts' facts on the bus: the integration events it
 * folds (by ce_type) into the collections it owns. Handlers must be
 * deterministic: a rebuild replays the same events and must end where the
 * incremental run ended. Without `source` a definition reads the bus.
 */
export interface ProjectionDefinition<
  Handlers extends object = IntegrationEventHandlers,
> extends ProjectionBase {
  readonly source?: { readonly kind: 'bus' };
  readonly handlers: Handlers;
}

/** The handler key of an event-store projection that folds every event of its streams. */
export const EVERY_EVENT = '*';

/** A read model of the service's own aggregates, folded (by domain event type) from its own store; deterministic too. */
export interface EventStoreProjectionDefinition extends ProjectionBase {
  readonly source: Extract<ProjectionSource, { kind: 'event-store' }>;
  readonly handlers: Readonly<Record<string, ProjectionHandler<RecordedEvent>>>;
}

/** What the runtime runs: a projection of either source. */
export type AnyProjectionDefinition =
  | ProjectionDefinition
  | ProjectionDefinition<Readonly<Record<string, ProjectionHandler>>>
  | EventStoreProjectionDefinition;

export function readsEventStore(
  definition: AnyProjectionDefinition,
): definition is EventStoreProjectionDefinition {
  return definition.source?.kind === 'event-store';
}

/** The id of a stream `<prefix>-<id>` of the definition's prefixes; undefined for other streams. */
export function streamKey(prefixes: readonly string[], streamId: string): string | undefined {
  // Longest prefix first: `planning.term-plan-…` must not be read as a `planning.term` stream.
  const prefix = [...prefixes]
    .sort((a, b) => b.length - a.length)
    .find((p) => streamId.startsWith(`${p}-`));
  return prefix && streamId.slice(prefix.length + 1);
}
