import {
  DEAD_LETTER_TOPIC,
  messageDispatcher,
  type Bus,
  type BusSubscription,
  type DeliveredMessage,
  type IntegrationEvent,
} from '@xuncha/platform-bus';
import type { Doc, DocumentChange, ReadModelStore } from '@xuncha/platform-read-models';
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

/**
 * Runs a projection: its own consumer group on the bus, every message's
 * document changes committed with the projection's checkpoint for that
 * partition in one store commit, so a redelivered message (offset not newer
 * than the checkpoint) changes nothing. A rebuild drops the documents and
 * checkpoints and starts a new generation, i.e. a new consumer group reading
 * the topics from offset 0 (retention is forever).
 */
export class ProjectionRunner {
  private subscription?: BusSubscription;
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
    const groupId = this.groupId;
    const dispatch = messageDispatcher(
      this.bus,
      (type) =>
        this.definition.handlers[type] ? (event, message) => this.fold(event, message) : undefined,
      { groupId, validate: this.options.validate },
    );
    this.subscription = await this.bus.subscribe({
      groupId,
      topics: this.topics,
      handle: dispatch,
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

  private async fold(event: IntegrationEvent, message: DeliveredMessage): Promise<void> {
    const source = `${message.topic}/${message.partition}`;
    const last = await this.store.checkpoint(this.definition.name, source);
    if (last !== undefined && BigInt(last) >= BigInt(message.offset)) return;
    // A publisher that crashed between publishing and checkpointing publishes again with the same ce_id.
    const processed = this.processedCollection;
    if (await this.store.get(processed, event.id)) return;

    const pending = new Map<string, DocumentChange>();
    const key = (collection: string, id: string) => `${collection}\u0000${id}`;
    const context: ProjectionContext = {
      event,
      get: async <T extends Doc>(collection: string, id: string) => {
        const change = pending.get(key(collection, id));
        if (change) return change.kind === 'put' ? (change.doc as T) : undefined;
        return this.store.get<T>(collection, id);
      },
      put: (collection, doc) =>
        void pending.set(key(collection, doc._id), { kind: 'put', collection, doc }),
      delete: (collection, id) =>
        void pending.set(key(collection, id), { kind: 'delete', collection, id }),
    };
    await this.definition.handlers[event.type](event.data, context);
    context.put(processed, { _id: event.id });
    await this.store.commit([...pending.values()], {
      projection: this.definition.name,
      source,
      position: message.offset,
    });
  }
}
