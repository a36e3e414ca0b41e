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
import {
  EmbeddedReadModelStore,
  type Doc,
  type DocumentChange,
  type ReadModelStore,
} from '@xuncha/platform-read-models';
import type { ProjectionContext, ProjectionDefinition } from './projection';

export interface ProjectionRunnerOptions {
  /** The service running the projection: its consumer groups are `<service>.projection.<name>.g<n>`. */
  readonly service: string;
  readonly topicOf: (type: string) => string | undefined;
  readonly validate: (type: string, data: unknown) => string[];
}

export interface ProjectionStatus {
  readonly name: string;
  readonly generation: number;
  readonly running: boolean;
  /** Messages on its topics not yet folded. */
  readonly lag: number;
}

const META = '_projections';

/** Document changes not yet committed, keyed by collection and id. */
type Pending = Map<string, DocumentChange>;
const slot = (collection: string, id: string) => `${collection}\u0000${id}`;

/**
 * Runs a projection: its own consumer group on the bus, folding each run of
 * messages of a partition and committing the run's document changes with the
 * projection's checkpoint for that partition in one store commit. A
 * redelivered message (offset not newer than the checkpoint) or a republished
 * one (ce_id already folded) changes nothing. A rebuild drops the documents
 * and checkpoints and starts a new generation, i.e. a new consumer group
 * reading the topics from offset 0 (retention is forever).
 */
export class ProjectionRunner {
  private subscription?: BusSubscription;
  /** The run in progress: runs of one projection never overlap (see `serially`). */
  private tail: Promise<unknown> = Promise.resolve();
  private generation = 0;
  readonly topics: string[];

  constructor(
    private readonly bus: Bus,
    private readonly store: ReadModelStore,
    readonly definition: ProjectionDefinition,
    private readonly options: ProjectionRunnerOptions,
  ) {
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
    await this.bus.ensureTopics([...this.topics, DEAD_LETTER_TOPIC]);
    this.subscription = await this.bus.subscribe({
      groupId: this.groupId,
      topics: this.topics,
      handleBatch: (messages) => this.serially(() => this.foldRun(messages)),
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
      lag: await this.bus.lag(this.groupId, this.topics),
    };
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
    await this.bus.replay(this.topics, async (message) => {
      let event: IntegrationEvent;
      try {
        event = fromBusMessage(message);
      } catch (error) {
        if (error instanceof MalformedMessage) return;
        throw error;
      }
      if (!this.definition.handlers[event.type] || Date.parse(event.time) > instant.getTime())
        return;
      if (this.options.validate(event.type, event.data).length > 0) return;
      await this.foldOne(scratch, pending, event);
    });
    await scratch.commit([...pending.values()], {
      projection: this.definition.name,
      source: 'as-of',
      position: '0',
    });
    return scratch;
  }

  /**
   * Kafka hands partitions over concurrently, but one document may fold events
   * of several partitions (a target's registration and its term plan's
   * adoption): overlapping read-modify-write runs would lose updates.
   */
  private serially<T>(run: () => Promise<T>): Promise<T> {
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** One run of one partition: fold what is new into pending changes, then one commit. */
  private async foldRun(messages: DeliveredMessage[]): Promise<void> {
    const { topic, partition } = messages[0];
    const source = `${topic}/${partition}`;
    const last = await this.store.checkpoint(this.definition.name, source);
    const pending: Pending = new Map();
    const dispatch = messageDispatcher(
      this.bus,
      (type) =>
        this.definition.handlers[type]
          ? (event) => this.foldOne(this.store, pending, event)
          : undefined,
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

  /**
   * Folds one event into `pending`. Its writes go to an overlay merged only
   * when the handler succeeds, so a failed attempt leaves nothing behind.
   */
  private async foldOne(store: ReadModelStore, pending: Pending, event: IntegrationEvent) {
    const processed = this.processedCollection;
    // A publisher that crashed between publishing and checkpointing publishes again with the same ce_id.
    if (pending.has(slot(processed, event.id)) || (await store.get(processed, event.id))) return;
    const overlay: Pending = new Map();
    const context: ProjectionContext = {
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
    await this.definition.handlers[event.type](event.data, context);
    context.put(processed, { _id: event.id });
    overlay.forEach((change, key) => pending.set(key, change));
  }
}
