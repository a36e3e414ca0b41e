import type { NewEvent, RecordedEvent } from '@xuncha/platform-kernel';

/**
 * What an append expects of the stream: exactly this revision (0-based, the
 * revision of its last event), no stream yet, a stream that exists, or anything.
 */
export type ExpectedRevision = number | 'no-stream' | 'stream-exists' | 'any';

/** Saved with the events of a command carrying an Idempotency-Key, answered on repeats. */
export interface IdempotencyRecord {
  readonly key: string;
  readonly result: unknown;
}

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  readonly idempotency?: IdempotencyRecord;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  readonly revision: number;
  /** Global position of the last appended event. */
  readonly position: number;
}

export interface ReadAllOptions {
  /** Exclusive: events after this global position (0 for the start). */
  readonly after: number;
  readonly maxCount: number;
}

/**
 * The source of truth. Appends are atomic per call and refused with
 * ConcurrencyConflict on a wrong expected revision; re-appending events whose
 * ids are already stored in the same stream, in the same order, is a no-op
 * answering the original result (idempotent append).
 */
export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /** All events of a stream in revision order; empty when it does not exist. */
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /** Events of every stream in global order. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Global position of the newest event, 0 when the store is empty. */
  headPosition(): Promise<number>;
  /** Resolves at the next append after `position`, or when `signal` aborts; may resolve early. */
  waitForAppend(position: number, signal: AbortSignal): Promise<void>;
  findIdempotencyRecord(key: string): Promise<IdempotencyRecord | undefined>;
  /** Durable subscription checkpoints, kept beside the events. */
  readonly checkpoints: CheckpointStore;
  close(): Promise<void>;
}

export interface CheckpointStore {
  load(subscription: string): Promise<number>;
  save(subscription: string, position: number): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

/** Event ids already stored, but not as this exact append: a caller bug, never a retry. */
export class EventIdConflict extends Error {
  constructor(readonly eventId: string) {
    super(`event ${eventId} is already stored elsewhere`);
    this.name = 'EventIdConflict';
  }
}
