import { Inject, Injectable } from '@nestjs/common';
import { findIntegrationEvent, validateIntegrationPayload } from '@xuncha/contracts';
import { BUS, type Bus } from '@xuncha/platform-bus';
import { ProjectionRunner } from '@xuncha/platform-projections';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { QUERY_PROJECTIONS, projectionOf } from '../projections';

/**
 * Where a request reads its read models: the live store, or, for `asOf`, one
 * scratch store per projection involved, replayed up to the instant
 * (ProjectionRunner.asOf) and closed when the request is done.
 */
export class ReadSource {
  private readonly scratch = new Map<string, Promise<ReadModelStore>>();

  constructor(
    private readonly live: ReadModelStore,
    private readonly runners: Map<string, ProjectionRunner>,
    readonly asOf?: Date,
  ) {}

  store(collection: string): Promise<ReadModelStore> {
    if (!this.asOf) return Promise.resolve(this.live);
    const name = projectionOf(collection);
    let store = this.scratch.get(name);
    if (!store) {
      store = this.runners.get(name)!.asOf(this.asOf);
      this.scratch.set(name, store);
    }
    return store;
  }

  async close(): Promise<void> {
    const stores = await Promise.allSettled(this.scratch.values());
    for (const s of stores) if (s.status === 'fulfilled') await s.value.close();
  }
}

@Injectable()
export class ReadModels {
  /**
   * Runners used for asOf only, never started: asOf replays the topics into a
   * scratch store and leaves the live consumer groups and documents alone.
   */
  private readonly runners: Map<string, ProjectionRunner>;

  constructor(
    @Inject(READ_MODEL_STORE) private readonly live: ReadModelStore,
    @Inject(BUS) bus: Bus,
  ) {
    this.runners = new Map(
      QUERY_PROJECTIONS.map((definition) => [
        definition.name,
        new ProjectionRunner(bus, live, definition, {
          service: 'query-service',
          topicOf: (type) => findIntegrationEvent(type)?.topic,
          validate: validateIntegrationPayload,
        }),
      ]),
    );
  }

  /** Runs `work` against the read models as they stand, or stood at `asOf`. */
  async read<T>(asOf: string | undefined, work: (source: ReadSource) => Promise<T>): Promise<T> {
    const source = new ReadSource(this.live, this.runners, asOf ? new Date(asOf) : undefined);
    try {
      return await work(source);
    } finally {
      await source.close();
    }
  }
}
