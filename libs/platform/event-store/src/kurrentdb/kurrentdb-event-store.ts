import {
  ANY,
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  streamNameFilter,
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  type Direction,
  type JSONType,
  type ReadStreamOptions,
  type RecordedEvent as StoredEvent,
} from '@kurrent/kurrentdb-client';
import {
  ConcurrencyConflict,
  type EventMetadata,
  type NewEvent,
  type RecordedEvent,
  uuidFromHash,
} from '@xuncha/platform-kernel';
import {
  EventIdConflict,
  type AppendOptions,
  type AppendResult,
  type CheckpointStore,
  type EventStore,
  type ExpectedRevision,
  type IdempotencyRecord,
  type ReadAllOptions,
} from '../port/event-store.port';

const IDEMPOTENCY_PREFIX = 'xuncha-idempotency-';
const CHECKPOINT_PREFIX = 'xuncha-checkpoint-';
/** System streams and this adapter's bookkeeping: never part of the log subscribers see. */
const HIDDEN = `\\$|${IDEMPOTENCY_PREFIX}|${CHECKPOINT_PREFIX}`;
const HIDDEN_STREAM = new RegExp(`^(${HIDDEN})`);
const ALL_VISIBLE_STREAMS = streamNameFilter({ regex: `^(?!${HIDDEN})` });

/** The envelope fields KurrentDB has no place for, plus its own correlation conventions. */
interface StoredMetadata extends EventMetadata {
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly $correlationId: string;
  readonly $causationId?: string;
}

/**
 * The event store on a KurrentDB server, shared by every service: streams,
 * revisions and $all positions are the server's own (positions increase but
 * have gaps). Idempotency records and checkpoints live in per-service
 * bookkeeping streams that reads of $all leave out.
 */
export class KurrentDbEventStore implements EventStore {
  readonly checkpoints: CheckpointStore;
  private readonly waiters = new Set<() => void>();
  private readonly trimmed = new Set<string>();

  /**
   * `ownStreams`: the prefix of the service's own streams (`planning.`). Every
   * service shares the server, so without it the log a service reads and
   * subscribes to would hold the other services' events too.
   */
  static connect(url: string, service: string, ownStreams?: string): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(url), service, ownStreams);
  }

  private readonly visibleStreams;

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly service: string,
    private readonly ownStreams?: string,
  ) {
    this.visibleStreams = ownStreams
      ? streamNameFilter({ prefixes: [ownStreams] })
      : ALL_VISIBLE_STREAMS;
    this.checkpoints = {
      load: async (subscription) => {
        const [last] = await this.read(this.checkpointStream(subscription), {
          direction: BACKWARDS,
          fromRevision: END,
          maxCount: 1,
        });
        return last ? (last.data as { position: number }).position : 0;
      },
      save: async (subscription, position) => {
        const stream = this.checkpointStream(subscription);
        // Only the last checkpoint matters. Set once per process: cheap, and it
        // heals a crash between a first save and its metadata write.
        if (!this.trimmed.has(stream)) {
          await this.client.setStreamMetadata(stream, { maxCount: 1 });
          this.trimmed.add(stream);
        }
        await this.client.appendToStream(
          stream,
          jsonEvent({ type: 'CheckpointSaved', data: { position } }),
          { streamState: ANY },
        );
      },
    };
  }

  /**
   * The idempotency record is appended after the events, in its own stream:
   * unlike SQLite, not atomically with them. A crash between the two leaves
   * events without a record, so a repeat of the command is not recognized
   * and runs again against the new state; optimistic concurrency (its
   * expected revision is now stale) and the deterministic nature of most
   * commands limit the damage.
   */
  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('an append needs at least one event');
    const result = await this.appendEvents(streamId, events, options.expectedRevision);
    if (options.idempotency) await this.saveIdempotency(streamId, events, options.idempotency);
    return result;
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return (await this.read(streamId, {})).map(toRecorded);
  }

  async readAll({ after, maxCount }: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.scanAll(FORWARDS, BigInt(after), maxCount)).map(toRecorded);
  }

  async headPosition(): Promise<number> {
    const [last] = await this.scanAll(BACKWARDS, END, 1);
    return last ? Number(last.position.commit) : 0;
  }

  /** Subscribes from `position` (not from the end) so an append racing this call is not missed. */
  waitForAppend(position: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const from = BigInt(position);
      const subscription = this.client.subscribeToAll({
        fromPosition: { commit: from, prepare: from },
        filter: this.visibleStreams,
      });
      const done = () => {
        if (!this.waiters.delete(done)) return;
        signal.removeEventListener('abort', done);
        subscription.unsubscribe().catch(() => undefined);
        resolve();
      };
      this.waiters.add(done);
      signal.addEventListener('abort', done);
      subscription.on('data', ({ event }: AllStreamResolvedEvent) => {
        if (event && event.position.commit !== from && visible(event)) done();
      });
      // A failed subscription wakes the caller, whose next read reports the failure.
      // The listener stays on: an 'error' without one would crash the process.
      subscription.on('error', done);
      subscription.on('end', done);
    });
  }

  async findIdempotencyRecord(key: string): Promise<IdempotencyRecord | undefined> {
    const [first] = await this.read(this.idempotencyStream(key), { maxCount: 1 });
    return first && { key, result: (first.data as { result: unknown }).result };
  }

  async close(): Promise<void> {
    [...this.waiters].forEach((wake) => wake());
    await this.client.dispose();
  }

  private async appendEvents(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    try {
      const appended = await this.client.appendToStream(
        streamId,
        events.map((event) =>
          jsonEvent({
            id: event.id,
            type: event.type,
            data: event.data as JSONType,
            metadata: storedMetadata(event),
          }),
        ),
        { streamState: streamState(expected) },
      );
      const revision = appended.nextExpectedRevision;
      return {
        revision: Number(revision),
        // The answer lacks a position only in rare idempotent cases: read it.
        position: appended.position
          ? Number(appended.position.commit)
          : commitOf((await this.read(streamId, { fromRevision: revision, maxCount: 1 }))[0]),
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const earlier = await this.priorAppend(streamId, events, expected);
      if (earlier) return earlier;
      throw new ConcurrencyConflict(
        streamId,
        String(expected),
        error.actualState === NO_STREAM ? 'no-stream' : String(error.actualState),
      );
    }
  }

  /**
   * The result of an earlier append of exactly these event ids, looked for
   * where that append would have put them: right after the expected revision.
   * (The server itself answers most such repeats; this covers the rest.)
   */
  private async priorAppend(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | undefined> {
    // 'stream-exists' is refused only for a missing stream, 'any' never.
    if (typeof expected !== 'number' && expected !== 'no-stream') return undefined;
    const stored = await this.read(streamId, {
      fromRevision: BigInt(expected === 'no-stream' ? 0 : expected + 1),
      maxCount: events.length,
    });
    const clash = events.find((event) => stored.some((s) => s.id === event.id));
    if (!clash) return undefined;
    const same =
      stored.length === events.length && stored.every((s, index) => s.id === events[index].id);
    if (!same) throw new EventIdConflict(clash.id);
    const last = stored[stored.length - 1];
    return { revision: Number(last.revision), position: commitOf(last) };
  }

  private async saveIdempotency(
    streamId: string,
    events: readonly NewEvent[],
    record: IdempotencyRecord,
  ): Promise<void> {
    try {
      await this.client.appendToStream(
        this.idempotencyStream(record.key),
        // An id derived from the events: a repeat of this very append is then
        // idempotent on the server, while a twin request's append is refused.
        jsonEvent({
          id: recordId(events),
          type: 'IdempotencyRecorded',
          data: { result: record.result },
        }),
        { streamState: NO_STREAM },
      );
    } catch (error) {
      // A twin request with the same key recorded first. Unlike SQLite, our events are stored.
      if (error instanceof WrongExpectedVersionError) {
        throw new ConcurrencyConflict(streamId, 'an unused idempotency key', 'used');
      }
      throw error;
    }
  }

  /** A stream's events; none for a missing stream. */
  private async read(streamId: string, options: ReadStreamOptions): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      for await (const { event } of this.client.readStream(streamId, options)) {
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /**
   * Up to `maxCount` visible events of $all beyond `from` (exclusive) in
   * `direction`. The server filter drops system and bookkeeping streams;
   * system events left in user streams (tombstones) are dropped here, paging
   * on so that a page of them never reads as the end of the log. Every read
   * is drained: the client cannot cancel one half-read.
   */
  private async scanAll(
    direction: Direction,
    from: bigint | typeof END,
    maxCount: number,
  ): Promise<AllStreamRecordedEvent[]> {
    const found: AllStreamRecordedEvent[] = [];
    let bound = from;
    while (found.length < maxCount) {
      // One more than needed: a forward read includes the event at `bound`.
      const pageSize = maxCount - found.length + 1;
      const page: AllStreamRecordedEvent[] = [];
      for await (const { event } of this.client.readAll({
        direction,
        fromPosition: bound === END ? END : { commit: bound, prepare: bound },
        maxCount: pageSize,
        filter: this.visibleStreams,
      })) {
        if (event) page.push(event);
      }
      const current = bound;
      found.push(
        ...page.filter(
          (event) =>
            event.position.commit !== current &&
            visible(event) &&
            (!this.ownStreams || event.streamId.startsWith(this.ownStreams)),
        ),
      );
      if (page.length < pageSize) break;
      bound = page[page.length - 1].position.commit;
    }
    return found.slice(0, maxCount);
  }

  private idempotencyStream(key: string): string {
    return `${IDEMPOTENCY_PREFIX}${this.service}-${key}`;
  }

  private checkpointStream(subscription: string): string {
    return `${CHECKPOINT_PREFIX}${this.service}-${subscription}`;
  }
}

function streamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return BigInt(expected);
  }
}

function storedMetadata(event: NewEvent): StoredMetadata {
  const { correlationId, causationId } = event.metadata;
  return {
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    ...event.metadata,
    $correlationId: correlationId,
    ...(causationId !== undefined && { $causationId: causationId }),
  };
}

function visible(event: StoredEvent): boolean {
  return !event.type.startsWith('$') && !HIDDEN_STREAM.test(event.streamId);
}

/** The $all commit position; stream reads carry it from KurrentDB (EventStoreDB 22.6) on. */
function commitOf(event: StoredEvent | undefined): number {
  if (!event?.position) throw new Error('KurrentDB returned an event without its $all position');
  return Number(event.position.commit);
}

/** An id derived from the append's event ids. */
function recordId(events: readonly NewEvent[]): string {
  return uuidFromHash(events.map((event) => event.id).join(' '));
}

function toRecorded(event: StoredEvent): RecordedEvent {
  // JSON, as this adapter writes it; events written by other tools may carry none.
  const { schemaVersion, occurredAt, actor, correlationId, causationId, idempotencyKey } =
    (event.metadata ?? {}) as unknown as StoredMetadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion,
    data: event.data,
    occurredAt,
    metadata: {
      actor,
      correlationId,
      ...(causationId !== undefined && { causationId }),
      ...(idempotencyKey !== undefined && { idempotencyKey }),
    },
    streamId: event.streamId,
    revision: Number(event.revision),
    globalPosition: commitOf(event),
  };
}
