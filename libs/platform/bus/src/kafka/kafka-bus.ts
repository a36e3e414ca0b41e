import { randomUUID } from 'node:crypto';
// The Kafka adapter of the bus port. Every use of kafkajs stays in this file, written
// against its public API only, so a KafkaJS-compatible client can replace it here alone.
import {
  Kafka,
  Partitioners,
  logLevel,
  type Admin,
  type Consumer,
  type EachBatchPayload,
  type IHeaders,
  type KafkaMessage,
  type LogEntry,
  type Message,
  type Producer,
  type SASLOptions,
} from 'kafkajs';
import type {
  Bus,
  BusMessage,
  BusSubscription,
  DeliveredMessage,
  SubscribeOptions,
} from '../port/bus.port';

export type KafkaBusLog = (level: 'error' | 'warn', message: string) => void;

/** SASL/SCRAM credentials of the service's Kafka user (its ACLs are set on the brokers). */
export interface KafkaSasl {
  readonly mechanism: 'scram-sha-256' | 'scram-sha-512';
  readonly username: string;
  readonly password: string;
}

export interface KafkaBusOptions {
  readonly brokers: string[];
  readonly clientId: string;
  /** TLS to the brokers (the system's CA trust store). */
  readonly ssl?: boolean;
  readonly sasl?: KafkaSasl;
  /** Partitions of the topics ensureTopics creates (3 unless told). */
  readonly partitions?: number;
  /** retention.ms of the topics ensureTopics creates (-1: forever); the broker's default unless told. */
  readonly retentionMs?: number;
  /** A member silent this long leaves the group (default 10000 ms). */
  readonly sessionTimeoutMs?: number;
  /** How long the group waits for members to rejoin during a rebalance (default 30000 ms). */
  readonly rebalanceTimeoutMs?: number;
  /** Heartbeats while polling and during long handlers (default 500 ms). */
  readonly heartbeatIntervalMs?: number;
  /** How long a fetch waits on the broker for new messages (default 500 ms). */
  readonly maxWaitTimeMs?: number;
  /** First pause before a message whose handler failed is delivered again; doubles each time. */
  readonly redeliveryBackoffMs?: number;
  /** Longest pause between redeliveries of a failing message (default 5000 ms). */
  readonly maxRedeliveryBackoffMs?: number;
  /** kafkajs connection and request retries (default 8 retries, 100 ms doubling to 5 s). */
  readonly retries?: number;
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  /** Where this adapter and kafkajs report errors; stderr unless told. */
  readonly log?: KafkaBusLog;
}

type Settings = Required<
  Omit<KafkaBusOptions, 'brokers' | 'clientId' | 'ssl' | 'sasl' | 'retentionMs'>
> &
  Pick<KafkaBusOptions, 'retentionMs'>;

const stderrLog: KafkaBusLog = (level, message) => {
  process.stderr.write(`[kafka-bus] ${level}: ${message}\n`);
};

// Routine while a group rebalances: kafkajs logs these responses as errors, then rejoins.
const ROUTINE = [
  /rebalanc/i,
  /not aware of this member/i,
  /generation/i,
  /REBALANCE_IN_PROGRESS|ILLEGAL_GENERATION|UNKNOWN_MEMBER_ID/,
];

/** kafkajs logs go to the bus log: errors only, and not the routine ones of a rebalance. */
function quietLogCreator(log: KafkaBusLog) {
  return () =>
    ({ namespace, level, log: entry }: LogEntry): void => {
      if (level !== logLevel.ERROR) return;
      const detail = typeof entry['error'] === 'string' ? `: ${entry['error']}` : '';
      const text = `${entry.message}${detail}`;
      if (ROUTINE.some((pattern) => pattern.test(text))) return;
      log('error', `kafkajs ${namespace}: ${text}`);
    };
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Connects once on first use; a failed connect is tried again by the next caller. */
function lazily<T>(connect: () => Promise<T>): () => Promise<T> {
  let connecting: Promise<T> | undefined;
  return () =>
    (connecting ??= connect().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    }));
}

function headerText(value: IHeaders[string]): string | undefined {
  if (value === undefined) return undefined;
  // A repeated header keeps its last value, as most Kafka clients read it.
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  if (last === undefined) return undefined;
  return Buffer.isBuffer(last) ? last.toString('utf8') : String(last);
}

function delivered(topic: string, partition: number, message: KafkaMessage): DeliveredMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const text = headerText(value);
    if (text !== undefined) headers[name] = text;
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? '',
    value: message.value?.toString('utf8') ?? '',
    headers,
  };
}

export class KafkaBus implements Bus {
  private readonly kafka: Kafka;
  private readonly settings: Settings;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly producerReady: () => Promise<Producer>;
  private readonly adminReady: () => Promise<Admin>;
  private readonly knownTopics = new Set<string>();
  private readonly subscriptions = new Set<KafkaSubscription>();
  private closing: Promise<void> | undefined;

  /** Connections are opened on first use, so this returns at once. */
  static connect(options: KafkaBusOptions): KafkaBus {
    return new KafkaBus(options);
  }

  private constructor(options: KafkaBusOptions) {
    if (options.brokers.length === 0) throw new Error('KafkaBus needs at least one broker');
    this.settings = {
      partitions: options.partitions ?? 3,
      retentionMs: options.retentionMs,
      sessionTimeoutMs: options.sessionTimeoutMs ?? 10_000,
      rebalanceTimeoutMs: options.rebalanceTimeoutMs ?? 30_000,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 500,
      maxWaitTimeMs: options.maxWaitTimeMs ?? 500,
      redeliveryBackoffMs: options.redeliveryBackoffMs ?? 100,
      maxRedeliveryBackoffMs: options.maxRedeliveryBackoffMs ?? 5_000,
      retries: options.retries ?? 8,
      connectionTimeoutMs: options.connectionTimeoutMs ?? 3_000,
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
      log: options.log ?? stderrLog,
    };
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      ...(options.ssl && { ssl: true }),
      // kafkajs types each SCRAM mechanism as its own literal: the union needs the cast.
      ...(options.sasl && { sasl: { ...options.sasl } as SASLOptions }),
      connectionTimeout: this.settings.connectionTimeoutMs,
      requestTimeout: this.settings.requestTimeoutMs,
      retry: { retries: this.settings.retries, initialRetryTime: 100, maxRetryTime: 5_000 },
      logLevel: logLevel.ERROR,
      logCreator: quietLogCreator(this.settings.log),
    });
    // Idempotent: a batch sent again after a lost acknowledgement (a broker restart) is
    // stored once, the broker dropping what it has by producer id and sequence. One
    // request in flight keeps a retried batch in order.
    this.producer = this.kafka.producer({
      allowAutoTopicCreation: false,
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.admin = this.kafka.admin();
    this.producerReady = lazily(async () => {
      await this.producer.connect();
      return this.producer;
    });
    this.adminReady = lazily(async () => {
      await this.admin.connect();
      return this.admin;
    });
  }

  async ensureTopics(topics: readonly string[]): Promise<void> {
    this.assertOpen();
    const wanted = [...new Set(topics)].filter((topic) => !this.knownTopics.has(topic));
    if (wanted.length === 0) return;
    const admin = await this.adminReady();
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    wanted.filter((topic) => existing.has(topic)).forEach((topic) => this.knownTopics.add(topic));
    if (missing.length === 0) return;
    try {
      // Resolves false when they already exist (created meanwhile by another client).
      await admin.createTopics({
        topics: missing.map((topic) => ({
          topic,
          numPartitions: this.settings.partitions,
          ...(this.settings.retentionMs !== undefined && {
            configEntries: [{ name: 'retention.ms', value: String(this.settings.retentionMs) }],
          }),
        })),
        waitForLeaders: true,
      });
      missing.forEach((topic) => this.knownTopics.add(topic));
    } catch (error) {
      this.settings.log(
        'warn',
        `could not create topics ${missing.join(', ')} (${errorText(error)}); continuing: ` +
          'they must be created on the broker',
      );
    }
  }

  /**
   * One produce request per call (kafkajs batches nothing itself), acknowledged by all
   * in-sync replicas. Messages keep their order per topic, so per key.
   */
  async publish(messages: readonly BusMessage[]): Promise<void> {
    this.assertOpen();
    if (messages.length === 0) return;
    const byTopic = new Map<string, Message[]>();
    for (const message of messages) {
      const batch = byTopic.get(message.topic) ?? [];
      batch.push({ key: message.key, value: message.value, headers: { ...message.headers } });
      byTopic.set(message.topic, batch);
    }
    // A topic is created by the first client that needs it (the brokers create none).
    await this.ensureTopics([...byTopic.keys()]);
    const producer = await this.producerReady();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, batch]) => ({ topic, messages: batch })),
    });
  }

  async subscribe(options: SubscribeOptions): Promise<BusSubscription> {
    this.assertOpen();
    if (options.topics.length === 0) throw new Error('subscribe needs at least one topic');
    const subscription = new KafkaSubscription(
      this.kafka,
      this.settings,
      options,
      await this.partitionCount(options.topics),
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    try {
      await subscription.start();
    } catch (error) {
      await subscription.stop().catch(() => undefined);
      throw error;
    }
    return { stop: () => subscription.stop() };
  }

  /** A throwaway group read up to the high watermarks seen at the start, then deleted. */
  async replay(
    topics: readonly string[],
    handle: (message: DeliveredMessage) => Promise<void>,
  ): Promise<void> {
    const admin = await this.adminReady();
    const remaining = new Map<string, bigint>();
    for (const topic of topics) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(high) > BigInt(low)) remaining.set(`${topic}/${partition}`, BigInt(high) - 1n);
      }
    }
    if (remaining.size === 0) return;
    const groupId = `xuncha.replay.${randomUUID()}`;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const subscription = await this.subscribe({
      groupId,
      topics,
      handle: async (message) => {
        const slot = `${message.topic}/${message.partition}`;
        const last = remaining.get(slot);
        if (last === undefined || BigInt(message.offset) > last) return;
        await handle(message);
        if (BigInt(message.offset) === last) remaining.delete(slot);
        if (remaining.size === 0) done();
      },
    });
    await finished;
    await subscription.stop();
    await admin.deleteGroups([groupId]).catch(() => undefined);
  }

  async lag(groupId: string, topics: readonly string[]): Promise<number> {
    const admin = await this.adminReady();
    const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
    let behind = 0;
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const group = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
      for (const { partition, high, low } of ends) {
        const offset = group.find((entry) => entry.partition === partition)?.offset ?? '-1';
        // -1: the group never committed here, so it starts at the oldest message kept.
        const from = offset === '-1' ? BigInt(low) : BigInt(offset);
        behind += Number(BigInt(high) - from);
      }
    }
    return behind;
  }

  async checkHealth(): Promise<Record<string, unknown>> {
    const admin = await this.adminReady();
    const cluster = await admin.describeCluster();
    return { adapter: 'kafka', brokers: cluster.brokers.length, controller: cluster.controller };
  }

  close(): Promise<void> {
    return (this.closing ??= (async () => {
      const results = await Promise.allSettled([
        ...[...this.subscriptions].map((subscription) => subscription.stop()),
        this.producer.disconnect(),
        this.admin.disconnect(),
      ]);
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
    })());
  }

  /** Partitions of the subscribed topics: how many a subscription consumes concurrently. */
  private async partitionCount(topics: readonly string[]): Promise<number> {
    try {
      const admin = await this.adminReady();
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
      const count = metadata.reduce((sum, topic) => sum + topic.partitions.length, 0);
      if (count > 0) return count;
    } catch {
      // Metadata is only a sizing hint here: the consumer reports real trouble.
    }
    return topics.length * this.settings.partitions;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('KafkaBus is closed');
  }
}

/** Handled messages between two commits at most, on a busy partition. */
const COMMIT_EVERY = 100n;

/**
 * One kafkajs consumer per subscription, so a slow handler here never stalls another
 * subscription. Partitions are consumed concurrently, each strictly in offset order;
 * offsets are committed after their handlers resolve.
 */
class KafkaSubscription {
  private consumer: Consumer | undefined;
  /** The consumer being connected and subscribed. */
  private starting: Promise<void> | undefined;
  /** consumer.run(): resolves once the consumer has joined its group (or crashed trying). */
  private running: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  /** Crashes since the consumer last joined its group: spaces out restarts. */
  private crashes = 0;
  private readonly redeliveryTimers = new Map<string, NodeJS.Timeout>();
  /** Consecutive failures of the message at the head of each partition. */
  private readonly failures = new Map<string, { offset: string; count: number }>();

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: Settings,
    private readonly options: SubscribeOptions,
    private readonly concurrency: number,
    private readonly onStopped: () => void,
  ) {}

  /**
   * Resolves once the consumer is connected and subscribed; joining the group goes on
   * in the background (a new group waits for members, about 3 s on Kafka and on the mock
   * cluster), so subscriptions opened one after another join together.
   */
  start(): Promise<void> {
    const starting = this.open();
    this.starting = starting.catch(() => undefined);
    return starting;
  }

  private async open(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.settings.sessionTimeoutMs,
      rebalanceTimeout: this.settings.rebalanceTimeoutMs,
      heartbeatInterval: this.settings.heartbeatIntervalMs,
      maxWaitTimeInMs: this.settings.maxWaitTimeMs,
      allowAutoTopicCreation: false,
      retry: {
        retries: this.settings.retries,
        initialRetryTime: 100,
        maxRetryTime: 5_000,
        // kafkajs restarts a crashed consumer on retriable errors: let it, unless stopping
        // (a crash during the stop, the brokers being down, would bring it back after it).
        restartOnFailure: async () => !this.stopping,
      },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.crashes = 0;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.stopping) return;
      // kafkajs gave up on this consumer: replace it rather than go silent.
      this.restartAfter(`crashed (${errorText(payload.error)})`);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: true });
    if (this.stopping) return; // stop() disconnects it
    this.running = consumer
      .run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: Math.max(1, this.concurrency),
        eachBatch: (payload) => this.eachBatch(payload),
      })
      .catch((error: unknown) =>
        this.settings.log(
          'error',
          `consumer of group ${this.options.groupId} did not start: ${errorText(error)}`,
        ),
      );
  }

  private restartAfter(what: string): void {
    this.crashes += 1;
    const delay = this.backoff(this.crashes);
    this.settings.log(
      'error',
      `consumer of group ${this.options.groupId} ${what}; restarting in ${delay} ms`,
    );
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.start().catch((error: unknown) => {
        if (!this.stopping) this.restartAfter(`could not restart (${errorText(error)})`);
      });
    }, delay);
  }

  /** Leaves the group after the message in hand; what is not committed goes to another member. */
  stop(): Promise<void> {
    return (this.stopping ??= (async () => {
      clearTimeout(this.restartTimer);
      this.redeliveryTimers.forEach((timer) => clearTimeout(timer));
      this.redeliveryTimers.clear();
      try {
        // A consumer stopped while still joining would be restarted by kafkajs: let the
        // join finish, then leave.
        await this.starting;
        await this.running;
        await this.consumer?.disconnect();
      } finally {
        this.onStopped();
      }
    })());
  }

  private async eachBatch({
    batch,
    resolveOffset,
    heartbeat,
    commitOffsetsIfNecessary,
    isRunning,
    isStale,
    pause,
  }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const key = `${topic}\u0000${partition}`;
    let uncommitted: string | undefined;
    // One commit per run of handled messages, not per message (a round trip each): a
    // crash redelivers at most that run, which idempotent handlers absorb. Every way
    // out of the loop commits first, so a stop or a failure hands over exactly the rest.
    const commit = async () => {
      if (uncommitted === undefined) return;
      const offset = (BigInt(uncommitted) + 1n).toString();
      uncommitted = undefined;
      // Straight to the group coordinator, also while stopping: the messages in hand count.
      // A refused commit (the group is rebalancing) throws, kafkajs rejoins, and the
      // messages come again: at least once, never skipped.
      await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset }] }] });
    };
    try {
      if (this.options.handleBatch) {
        if (!isRunning() || isStale() || this.stopping || batch.messages.length === 0) return;
        const first = batch.messages[0].offset;
        const handled = await this.handle(
          () =>
            this.options.handleBatch!(batch.messages.map((m) => delivered(topic, partition, m))),
          heartbeat,
        );
        if (!handled) {
          if (isRunning() && !this.stopping)
            this.pauseAfterFailure(key, topic, partition, first, pause);
          return;
        }
        this.failures.delete(key);
        uncommitted = batch.messages[batch.messages.length - 1].offset;
        resolveOffset(uncommitted);
        return;
      }
      for (const message of batch.messages) {
        if (!isRunning() || isStale() || this.stopping) return;
        const handled = await this.handle(
          () => this.options.handle!(delivered(topic, partition, message)),
          heartbeat,
        );
        if (!handled) {
          // Not resolved, not committed: the next fetch of this partition starts at this
          // message again. Pausing the partition keeps the others flowing meanwhile.
          if (!isRunning() || this.stopping) return;
          this.pauseAfterFailure(key, topic, partition, message.offset, pause);
          return;
        }
        this.failures.delete(key);
        uncommitted = message.offset;
        resolveOffset(message.offset);
        if (BigInt(message.offset) % COMMIT_EVERY === 0n) await commit();
        if (isRunning()) await heartbeat();
      }
    } finally {
      await commit();
    }
  }

  /** Runs a handler, heartbeating meanwhile so a long one keeps its partitions. */
  private async handle(run: () => Promise<void>, heartbeat: () => Promise<void>): Promise<boolean> {
    const beating = setInterval(() => {
      // A rebalance noticed here makes the commit fail afterwards, which rejoins.
      heartbeat().catch(() => undefined);
    }, this.settings.heartbeatIntervalMs);
    try {
      await run();
      return true;
    } catch {
      // Failures are the consumer runtime's to report and dead-letter; here the message
      // is simply delivered again.
      return false;
    } finally {
      clearInterval(beating);
    }
  }

  /** 100 ms (by default) doubling up to 5 s, for the nth attempt in a row. */
  private backoff(attempt: number): number {
    return Math.min(
      this.settings.redeliveryBackoffMs * 2 ** Math.max(0, attempt - 1),
      this.settings.maxRedeliveryBackoffMs,
    );
  }

  private pauseAfterFailure(
    key: string,
    topic: string,
    partition: number,
    offset: string,
    pause: () => () => void,
  ): void {
    const previous = this.failures.get(key);
    const count = previous?.offset === offset ? previous.count + 1 : 1;
    this.failures.set(key, { offset, count });
    const delay = this.backoff(count);
    pause();
    clearTimeout(this.redeliveryTimers.get(key));
    this.redeliveryTimers.set(
      key,
      setTimeout(() => {
        this.redeliveryTimers.delete(key);
        if (this.stopping) return;
        try {
          this.consumer?.resume([{ topic, partitions: [partition] }]);
        } catch {
          // The consumer is restarting: a new one starts with nothing paused.
        }
      }, delay),
    );
  }
}
