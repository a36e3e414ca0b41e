/** A record on a topic: the Kafka data model, whichever adapter carries it. */
export interface BusMessage {
  readonly topic: string;
  /** Messages with the same key keep their order: an aggregate id. */
  readonly key: string;
  /** JSON text. */
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface DeliveredMessage extends BusMessage {
  readonly partition: number;
  /** The message's offset in its partition, as a decimal string (Kafka offsets are int64). */
  readonly offset: string;
}

interface Subscription {
  /** Members of one group share the topics' partitions; each group gets every message. */
  readonly groupId: string;
  readonly topics: readonly string[];
}

interface OneByOne extends Subscription {
  /**
   * Called once per message, one at a time per partition, in offset order. The
   * offset is committed only after the promise resolves; when it rejects, the
   * same message is delivered again after a pause: nothing is ever skipped here
   * (dead-lettering is the consumer runtime's decision, above this port).
   */
  readonly handle: (message: DeliveredMessage) => Promise<void>;
  readonly handleBatch?: undefined;
}

interface InRuns extends Subscription {
  /**
   * Instead of `handle`: called with runs of consecutive messages of one
   * partition (a page, a fetch), committed after the promise resolves; when it
   * rejects, the whole run comes again. For consumers that write a run in one
   * transaction, such as projections.
   */
  readonly handleBatch: (messages: DeliveredMessage[]) => Promise<void>;
  readonly handle?: undefined;
}

export type SubscribeOptions = OneByOne | InRuns;

export interface BusSubscription {
  /** Leaves the group after the message in hand; uncommitted messages go to another member. */
  stop(): Promise<void>;
}

/**
 * The bus between services. publish resolves when the messages are durably
 * stored (acks from all in-sync replicas on Kafka, a committed transaction on
 * the embedded log); a batch keeps its order per key.
 */
export interface Bus {
  /** Creates missing topics; existing ones, and brokers that refuse admin calls, are tolerated. */
  ensureTopics(topics: readonly string[]): Promise<void>;
  publish(messages: readonly BusMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<BusSubscription>;
  /**
   * Reads every message on `topics` at the time of the call, each partition in
   * offset order, outside any lasting consumer group: for replays into scratch
   * stores (time travel). Resolves when all of them were handled.
   */
  replay(
    topics: readonly string[],
    handle: (message: DeliveredMessage) => Promise<void>,
  ): Promise<void>;
  /** Messages on `topics` after the group's committed offsets: what it has yet to handle. */
  lag(groupId: string, topics: readonly string[]): Promise<number>;
  /** Resolves with a few facts when the bus answers; rejects when it does not. */
  checkHealth(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export const BUS = Symbol('Bus');
