import {
  DEAD_LETTER_TOPIC,
  MalformedMessage,
  fromBusMessage,
  messageDispatcher,
  type Bus,
  type BusSubscription,
  type DeliveredMessage,
  type IntegrationEvent,
} from '@xuncha/platform-bus';
import { CheckpointedSubscription, type EventStore } from '@xuncha/platform-event-store';
import type { RecordedEvent } from '@xuncha/platform-kernel';
import {
  EmbeddedReadModelStore,
  type Doc,
  type DocumentChange,
  type ReadModelStore,
} from '@xuncha/platform-read-models';
import {
  EVERY_EVENT,
  readsEventStore,
  streamKey,
  type EventStoreProjectionDefinition,
  type ProjectionContext,
  type AnyProjectionDefinition,
  type ProjectionHandler,
} from './projection';

export interface ProjectionRunnerOptions {
  /** The service running the projection: its consumer groups are `<service>.projection.<name>.g<n>`. */
  readonly service: string;
  readonly topicOf: (type: string) => string | undefined;
  readonly validate: (type: string, data: unknown) => string[];
  /** The service's own store: required by projections whose source is the event store. */
  readonly eventStore?: EventStore;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly generation: number;
  readonly running: boolean;
  /** Messages on its topics (bus) or events of the store (event store) not yet folded. */
  readonly lag: number;
}

const META = '_projections';
/** The checkpoint source of an event-store projection: a global position of the store. */
const EVENT_STORE_SOURCE = 'event-store';

/** Document changes not yet committed, keyed by collection and id. */
type Pending = Map<string, DocumentChange>;
const slot = (collection: string, id: string) => `${collection}\u0000${id}`;

/**
 * Runs a projection from its source, committing each run's document changes
 * with the projection's checkpoint in one store commit, so a run that comes
 * again changes nothing. A rebuild drops the documents and checkpoints and
 * starts a new generation that folds everything again from the start.
 *
 * Bus source: its own consumer group (`<service>.projection.<name>.g<n>`),
 * one run per partition, checkpoint per partition; a republished message
 * (ce_id already folded) changes nothing either (retention is forever).
 *
 * Event-store source: a catch-up subscription of the service's own store in
 * global order, checkpoint = global position; the store delivers each event
 * once in order, so no ids need remembering.
 */
export class ProjectionRunner {
  private subscription?: BusSubscription | CheckpointedSubscription;
  /** Readers waiting for an event-store projection to reach a position (see `foldedUpTo`). */
  private readonly waiters: Array<{ position: number; resolve: () => void }> = [];
  private generation = 0;
  readonly topics: string[];

  constructor(
    private readonly bus: Bus,
    private readonly store: ReadModelStore,
    readonly definition: AnyProjectionDefinition,
    private readonly options: ProjectionRunnerOptions,
  ) {
    if (readsEventStore(definition)) {
      if (!options.eventStore) {
        throw new Error(`projection ${definition.name} reads the event store: none given`);
      }
      this.topics = [];
      return;
    }
    const types = Object.keys(definition.handlers);
    const unknown = types.filter((type) => !options.topicOf(type));
    if (unknown.length > 0) {
      throw new Error(`projection ${definition.name}: no topic carries ${unknown.join(', ')}`);
    }
    this.topics = [...new Set(types.map((type) => options.topicOf(type)!))].sort();
  }

  private get processedCollection(): string {
    return `_processed.${this.definition.name}`;
  }

  get groupId(): string {
    return `${this.options.service}.projection.${this.definition.name}.g${this.generation}`;
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    const meta = await this.store.get<Doc & { generation: number }>(META, this.definition.name);
    this.generation = meta?.generation ?? 0;
    for (const [collection, indexes] of Object.entries(this.definition.indexes ?? {})) {
      await this.store.ensureIndexes(collection, indexes);
    }
    if (readsEventStore(this.definition)) {
      this.subscription = this.subscribeToStore(this.definition, this.options.eventStore!);
      return;
    }
    await this.bus.ensureTopics([...this.topics, DEAD_LETTER_TOPIC]);
    this.subscription = await this.bus.subscribe({
      groupId: this.groupId,
      topics: this.topics,
      handleBatch: (messages) => this.exclusively(() => this.foldRun(messages)),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /** Drops the projection's documents and folds every message again from the start. */
  async rebuild(): Promise<void> {
    await this.stop();
    await this.store.reset(this.definition.name, [
      ...this.definition.collections,
      this.processedCollection,
    ]);
    this.generation += 1;
    await this.store.commit(
      [
        {
          kind: 'put',
          collection: META,
          doc: { _id: this.definition.name, generation: this.generation },
        },
      ],
      {
        projection: `${META}.${this.definition.name}`,
        source: 'generation',
        position: String(this.generation),
      },
    );
    await this.start();
  }

  async status(): Promise<ProjectionStatus> {
    return {
      name: this.definition.name,
      generation: this.generation,
      running: this.subscription !== undefined,
      lag: readsEventStore(this.definition)
        ? Math.max(
            0,
            (await this.options.eventStore!.headPosition()) - (await this.storePosition()),
          )
        : await this.bus.lag(this.groupId, this.topics),
    };
  }

  /**
   * Resolves once an event-store projection has folded the store up to
   * `position` (a reader asking for its own writes), or rejects after
   * `timeoutMs`. A rebuild keeps the wait until the new generation got there.
   */
  async foldedUpTo(position: number, timeoutMs = 10_000): Promise<void> {
    if ((await this.storePosition()) >= position) return;
    await new Promise<void>((resolve, reject) => {
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`projection ${this.definition.name} still behind position ${position}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private async storePosition(): Promise<number> {
    return Number((await this.store.checkpoint(this.definition.name, EVENT_STORE_SOURCE)) ?? 0);
  }

  private subscribeToStore(
    definition: EventStoreProjectionDefinition,
    eventStore: EventStore,
  ): CheckpointedSubscription {
    return new CheckpointedSubscription(eventStore, {
      name: `${this.options.service}.projection.${definition.name}`,
      // The position is committed with the documents (foldStoreRun); nothing to save beside it.
      checkpoints: { load: () => this.storePosition(), save: async () => undefined },
      handle: (events) => this.exclusively(() => this.foldStoreRun(definition, events)),
    }).start();
  }

  /** One page of the store's log: fold the events of the projection's streams, then one commit. */
  private async foldStoreRun(
    definition: EventStoreProjectionDefinition,
    events: RecordedEvent[],
  ): Promise<void> {
    const pending: Pending = new Map();
    // Another replica of the service, folding the same store, may have been there first.
    const folded = await this.storePosition();
    const fresh = events.filter((event) => event.globalPosition > folded);
    await this.foldRecorded(definition, this.store, pending, fresh);
    const position = events[events.length - 1].globalPosition;
    if (fresh.length > 0) {
      await this.store.commit([...pending.values()], {
        projection: definition.name,
        source: EVENT_STORE_SOURCE,
        position: String(position),
      });
    }
    for (const waiter of this.waiters.filter((w) => w.position <= position)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  private async foldRecorded(
    definition: EventStoreProjectionDefinition,
    store: ReadModelStore,
    pending: Pending,
    events: RecordedEvent[],
  ): Promise<void> {
    const { streamPrefixes, upcast } = definition.source;
    for (const recorded of events) {
      if (streamKey(streamPrefixes, recorded.streamId) === undefined) continue;
      const handler = definition.handlers[recorded.type] ?? definition.handlers[EVERY_EVENT];
      if (!handler) continue;
      const event = upcast ? upcast(recorded) : recorded;
      await this.foldWith(store, pending, handler, event);
    }
  }

  /**
   * The read model as it stood at `instant`: every message on the projection's
   * topics whose event time (ce_time) is not after it, folded into a scratch
   * store in memory. Costs a full replay (see bench/README.md); the caller
   * closes the store. Messages the live run dead-lettered are left out here too.
   */
  async asOf(instant: Date): Promise<ReadModelStore> {
    const scratch = new EmbeddedReadModelStore(':memory:');
    const pending: Pending = new Map();
    if (readsEventStore(this.definition)) {
      await this.replayStore(this.definition, scratch, pending, instant);
    } else {
      await this.replayBus(scratch, pending, instant);
    }
    await scratch.commit([...pending.values()], {
      projection: this.definition.name,
      source: 'as-of',
      position: '0',
    });
    return scratch;
  }

  private async replayStore(
    definition: EventStoreProjectionDefinition,
    scratch: ReadModelStore,
    pending: Pending,
    instant: Date,
  ): Promise<void> {
    const eventStore = this.options.eventStore!;
    for (let after = 0; ;) {
      const page = await eventStore.readAll({ after, maxCount: 500 });
      if (page.length === 0) return;
      const until = page.filter((e) => Date.parse(e.occurredAt) <= instant.getTime());
      await this.foldRecorded(definition, scratch, pending, until);
      after = page[page.length - 1].globalPosition;
    }
  }

  private async replayBus(scratch: ReadModelStore, pending: Pending, instant: Date) {
    await this.bus.replay(this.topics, async (message) => {
      let event: IntegrationEvent;
      try {
        event = fromBusMessage(message);
      } catch (error) {
        if (error instanceof MalformedMessage) return;
        throw error;
      }
      const handlers = this.definition.handlers as Record<string, unknown>;
      if (!handlers[event.type] || Date.parse(event.time) > instant.getTime()) return;
      if (this.options.validate(event.type, event.data).length > 0) return;
      await this.foldOne(scratch, pending, event);
    });
  }

  /**
   * Runs of a projection take turns, in this process and across the replicas sharing
   * its store: Kafka hands partitions over concurrently, and one document may fold
   * events of several partitions (a target's registration and its term plan's
   * adoption), held by different replicas: overlapping read-modify-writes would lose one.
   */
  private exclusively<T>(run: () => Promise<T>): Promise<T> {
    return this.store.exclusively(`projection.${this.definition.name}`, run);
  }

  /** One run of one partition: fold what is new into pending changes, then one commit. */
  private async foldRun(messages: DeliveredMessage[]): Promise<void> {
    const { topic, partition } = messages[0];
    const source = `${topic}/${partition}`;
    const last = await this.store.checkpoint(this.definition.name, source);
    const pending: Pending = new Map();
    const handlers = this.definition.handlers as Record<string, ProjectionHandler>;
    const dispatch = messageDispatcher(
      this.bus,
      (type) => (handlers[type] ? (event) => this.foldOne(this.store, pending, event) : undefined),
      { groupId: this.groupId, validate: this.options.validate },
    );
    for (const message of messages) {
      if (last === undefined || BigInt(message.offset) > BigInt(last)) await dispatch(message);
    }
    await this.store.commit([...pending.values()], {
      projection: this.definition.name,
      source,
      position: messages[messages.length - 1].offset,
    });
  }

  /** Folds one bus message into `pending`, once per ce_id. */
  private async foldOne(store: ReadModelStore, pending: Pending, event: IntegrationEvent) {
    const processed = this.processedCollection;
    // A publisher that crashed between publishing and checkpointing publishes again with the same ce_id.
    if (pending.has(slot(processed, event.id)) || (await store.get(processed, event.id))) return;
    const handler = (this.definition.handlers as Record<string, ProjectionHandler>)[event.type];
    await this.foldWith(store, pending, handler, event, () => ({ _id: event.id }));
  }

  /**
   * Runs one handler into `pending`. Its writes go to an overlay merged only
   * when the handler succeeds, so a failed attempt leaves nothing behind.
   */
  private async foldWith<E extends { readonly data: unknown }>(
    store: ReadModelStore,
    pending: Pending,
    handler: ProjectionHandler<E>,
    event: E,
    processed?: () => Doc,
  ) {
    const overlay: Pending = new Map();
    const context: ProjectionContext<E> = {
      event,
      get: async <T extends Doc>(collection: string, id: string) => {
        const change = overlay.get(slot(collection, id)) ?? pending.get(slot(collection, id));
        if (change) return change.kind === 'put' ? (change.doc as T) : undefined;
        return store.get<T>(collection, id);
      },
      put: (collection, doc) =>
        void overlay.set(slot(collection, doc._id), { kind: 'put', collection, doc }),
      delete: (collection, id) =>
        void overlay.set(slot(collection, id), { kind: 'delete', collection, id }),
    };
    await handler(event.data, context);
    if (processed) context.put(this.processedCollection, processed());
    overlay.forEach((change, key) => pending.set(key, change));
  }
}
