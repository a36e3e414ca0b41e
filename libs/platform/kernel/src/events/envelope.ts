/** A fact as a decider produces it: a past-tense type and its payload. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** Who and what caused an event; travels with it into the store and onto the bus. */
export interface EventMetadata {
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly idempotencyKey?: string;
}

/** An event ready to be appended: ids and time are given, positions are not yet known. */
export interface NewEvent<E extends DomainEvent = DomainEvent> {
  readonly id: string;
  readonly type: E['type'];
  readonly schemaVersion: number;
  readonly data: E['data'];
  readonly occurredAt: string;
  readonly metadata: EventMetadata;
}

/** An event as the store returns it: the envelope of docs/architecture.md (Inside a service). */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> extends NewEvent<E> {
  readonly streamId: string;
  /** 0-based position of the event in its stream. */
  readonly revision: number;
  /** 1-based position in the store's global log, gap-free and in commit order. */
  readonly globalPosition: number;
}
