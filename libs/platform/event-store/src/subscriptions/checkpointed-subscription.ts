import type { RecordedEvent } from '@xuncha/platform-kernel';
import type { CheckpointStore, EventStore } from '../port/event-store.port';

export interface SubscriptionOptions {
  /** Names the durable checkpoint: one per consumer of the log. */
  readonly name: string;
  /** Handles a batch in global order. Must be idempotent: after a crash the batch comes again. */
  readonly handle: (events: RecordedEvent[]) => Promise<void>;
  readonly batchSize?: number;
  /**
   * Where the position is kept; the event store's checkpoints by default. A
   * handler that commits the position with its own writes (a projection) keeps
   * it there and saves nothing here.
   */
  readonly checkpoints?: CheckpointStore;
  /** Called when `handle` or the checkpoint save fails; the same batch is retried after a growing pause. */
  readonly onError?: (error: unknown, attempt: number) => void;
}

export interface SubscriptionStatus {
  readonly name: string;
  readonly position: number;
  readonly caughtUp: boolean;
}

/**
 * A catch-up subscription over the global log: it reads from its checkpoint in
 * pages until it reaches the head, then waits for appends (live), resuming
 * from the checkpoint after a restart. Delivery is at least once: the
 * checkpoint is saved after the handler, never before.
 */
export class CheckpointedSubscription {
  private readonly abort = new AbortController();
  private running?: Promise<void>;
  private position = 0;
  private caughtUp = false;
  private readonly caughtUpWaiters: Array<() => void> = [];

  constructor(
    private readonly store: EventStore,
    private readonly options: SubscriptionOptions,
  ) {}

  start(): this {
    this.running ??= this.run();
    return this;
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  status(): SubscriptionStatus {
    return { name: this.options.name, position: this.position, caughtUp: this.caughtUp };
  }

  /** Events appended but not yet handled. */
  async lag(): Promise<number> {
    return Math.max(0, (await this.store.headPosition()) - this.position);
  }

  /** Resolves once the subscription has handled everything up to the head it last saw. */
  untilCaughtUp(): Promise<void> {
    return this.caughtUp
      ? Promise.resolve()
      : new Promise((resolve) => this.caughtUpWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    const { name, handle, batchSize = 500, checkpoints = this.store.checkpoints } = this.options;
    const signal = this.abort.signal;
    this.position = await checkpoints.load(name);
    let attempt = 0;
    while (!signal.aborted) {
      const batch = await this.store.readAll({ after: this.position, maxCount: batchSize });
      if (batch.length === 0) {
        this.caughtUp = true;
        this.caughtUpWaiters.splice(0).forEach((resolve) => resolve());
        await this.store.waitForAppend(this.position, signal);
        continue;
      }
      this.caughtUp = false;
      const last = batch[batch.length - 1].globalPosition;
      try {
        await handle(batch);
        // A failed save hands the same batch over again: at least once, never skipped.
        await checkpoints.save(name, last);
        attempt = 0;
      } catch (error) {
        attempt += 1;
        this.options.onError?.(error, attempt);
        await pause(Math.min(5000, 50 * 2 ** attempt), signal);
        continue;
      }
      this.position = last;
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
