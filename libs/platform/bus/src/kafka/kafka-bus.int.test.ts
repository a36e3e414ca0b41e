import { randomUUID } from 'node:crypto';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { sharedTestBroker, startTestBroker } from './test-broker/test-broker';
import { busContract, eventually, message } from '../contract/bus.contract';
import type { DeliveredMessage } from '../port/bus.port';
import { KafkaBus, type KafkaBusOptions } from './kafka-bus';

// The broker is shared with other suites: every topic and group here has this run's suffix.
const SUFFIX = randomUUID().slice(0, 8);
const CONTRACT_TOPICS = Array.from({ length: 14 }, (_, i) => `contract.${SUFFIX}.topic-${i + 1}`);
const STALL_TOPIC = `kafka.${SUFFIX}.stall`;
const HEARTBEAT_TOPIC = `kafka.${SUFFIX}.heartbeat`;
const broker = sharedTestBroker();

describe(`Kafka bus on Apache Kafka ${broker.version}`, () => {
  const logged: string[] = [];
  const options = (): KafkaBusOptions => ({
    brokers: broker.brokers,
    clientId: 'xuncha-test',
    sessionTimeoutMs: 3000,
    heartbeatIntervalMs: 500,
    rebalanceTimeoutMs: 10000,
    maxWaitTimeMs: 100,
    log: (level, text) => void logged.push(`${level}: ${text}`),
  });

  beforeAll(async () => {
    // The adapter creates them through the admin API: the broker creates no topic itself.
    const bus = KafkaBus.connect(options());
    await bus.ensureTopics([...CONTRACT_TOPICS, STALL_TOPIC, HEARTBEAT_TOPIC]);
    await bus.close();
  });

  describe('bus contract', () => {
    let used = 0;
    busContract({
      open: async () => KafkaBus.connect(options()),
      freshTopic: () => {
        const topic = CONTRACT_TOPICS[used++];
        if (!topic)
          throw new Error('add a topic to CONTRACT_TOPICS: they are created before the tests');
        return topic;
      },
      cleanup: async () => undefined,
    });
  });

  describe('Kafka specifics', () => {
    let bus: KafkaBus;
    beforeEach(() => {
      bus = KafkaBus.connect(options());
      logged.length = 0;
    });
    afterEach(async () => {
      await bus.close();
    });

    it('creates missing topics with the configured partitions and retention, and keeps existing ones', async () => {
      const kafka = new Kafka({ brokers: broker.brokers, logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      try {
        const existing = `kafka.${SUFFIX}.existing`;
        await admin.createTopics({ topics: [{ topic: existing, numPartitions: 1 }] });
        const created = `kafka.${SUFFIX}.created`;
        const configured = KafkaBus.connect({
          ...options(),
          partitions: 5,
          retentionMs: 86_400_000,
        });
        await configured.ensureTopics([existing, created]);
        // A second client, as a second service would: the topics exist, nothing is logged.
        const again = KafkaBus.connect({ ...options(), partitions: 5, retentionMs: 86_400_000 });
        await again.ensureTopics([existing, created]);
        await Promise.all([configured.close(), again.close()]);

        const { topics } = await admin.fetchTopicMetadata({ topics: [existing, created] });
        const partitions = Object.fromEntries(topics.map((t) => [t.name, t.partitions.length]));
        expect(partitions).toEqual({ [existing]: 1, [created]: 5 });
        const { resources } = await admin.describeConfigs({
          includeSynonyms: false,
          resources: [
            { type: ConfigResourceTypes.TOPIC, name: created, configNames: ['retention.ms'] },
          ],
        });
        expect(resources[0].configEntries).toEqual([
          expect.objectContaining({ configName: 'retention.ms', configValue: '86400000' }),
        ]);
        expect(logged).toEqual([]);
      } finally {
        await admin.disconnect();
      }
    });

    it('goes on when the broker refuses to create a topic, and says so', async () => {
      await bus.ensureTopics([STALL_TOPIC]);
      expect(logged).toEqual([]);
      // Kafka refuses names with characters other than [a-zA-Z0-9._-].
      const refused = `refused/${SUFFIX}`;
      await expect(bus.ensureTopics([STALL_TOPIC, refused])).resolves.toBeUndefined();
      // kafkajs also logs the refused request as an error.
      expect(logged.filter((line) => line.startsWith('warn:'))).toEqual([
        expect.stringMatching(new RegExp(`^warn: could not create topics ${refused}`)),
      ]);
    });

    it('keeps the other partitions flowing while one redelivers a failing message', async () => {
      const keys = Array.from({ length: 12 }, (_, i) => `key-${i}`);
      await bus.publish(keys.map((key, i) => message(STALL_TOPIC, key, i)));
      const attempts = new Map<string, number>();
      let stuckPartition = -1;
      const subscription = await bus.subscribe({
        groupId: `g-${randomUUID()}`,
        topics: [STALL_TOPIC],
        handle: async (m: DeliveredMessage) => {
          attempts.set(m.key, (attempts.get(m.key) ?? 0) + 1);
          if (m.key === 'key-0') {
            stuckPartition = m.partition;
            throw new Error('always failing');
          }
        },
      });
      const onOtherPartitions = () => keys.filter((key) => attempts.has(key) && key !== 'key-0');
      await eventually(() => stuckPartition >= 0 && onOtherPartitions().length > 0, 'deliveries');
      // Keys on the stuck partition behind key-0 wait; every other partition is drained.
      await eventually(() => (attempts.get('key-0') ?? 0) >= 3, 'redeliveries of key-0', 10000);
      await subscription.stop();
      const delivered = [...attempts.keys()].filter((key) => key !== 'key-0');
      expect(delivered.length).toBeGreaterThan(0);
      expect(delivered.every((key) => attempts.get(key) === 1)).toBe(true);
    });

    it('heartbeats through a handler longer than the session timeout', async () => {
      await bus.publish([message(HEARTBEAT_TOPIC, 'k', 1), message(HEARTBEAT_TOPIC, 'k', 2)]);
      const seen: number[] = [];
      const subscription = await bus.subscribe({
        groupId: `g-${randomUUID()}`,
        topics: [HEARTBEAT_TOPIC],
        handle: async (m) => {
          const n = (JSON.parse(m.value) as { n: number }).n;
          seen.push(n);
          if (n === 1) await new Promise((resolve) => setTimeout(resolve, 4500));
        },
      });
      await eventually(() => seen.includes(2), 'the second message', 15000);
      await subscription.stop();
      // Had the member been dropped, the commit would have failed and 1 come again.
      expect(seen).toEqual([1, 2]);
    });
  });
});

describe(`Kafka bus across a restart of its Apache Kafka ${broker.version} broker`, () => {
  it('stores once a batch the broker stored but whose acknowledgement was lost, sent again after a restart', async () => {
    // Clients reach this broker through a proxy that can lose one produce acknowledgement.
    const own = await startTestBroker({ ackLossProxy: true });
    const topic = `restart.${SUFFIX}`;
    const bus = KafkaBus.connect({
      brokers: own.brokers,
      clientId: 'xuncha-test-restart',
      log: () => undefined,
    });
    try {
      await bus.ensureTopics([topic]);
      await bus.publish([message(topic, 'before', 0)]);
      const withheld = own.ackLoss!.withholdNextAck();
      const sending = bus.publish(
        Array.from({ length: 50 }, (_, i) => message(topic, `key-${i % 5}`, i + 1)),
      );
      // The broker appended the batch and acknowledged it without error; the producer
      // never gets that acknowledgement, and its request is still waiting.
      const ack = await withheld;
      expect(ack.partitions.length).toBeGreaterThan(0);
      expect(ack.partitions.every((p) => p.topic === topic && p.errorCode === 0)).toBe(true);
      await own.setDown(true);
      await own.setDown(false);
      // The producer's connection drops now: it sends the same batch to the restarted broker.
      own.ackLoss!.releaseHeld();
      await sending;
      await bus.publish([message(topic, 'after', 51)]);

      const seen: number[] = [];
      await bus.replay([topic], async (m) => void seen.push(JSON.parse(m.value).n as number));
      expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 52 }, (_, i) => i));
    } finally {
      await bus.close();
      await own.stop();
    }
  }, 120_000);
});
