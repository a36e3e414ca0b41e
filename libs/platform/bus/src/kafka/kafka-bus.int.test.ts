import { randomUUID } from 'node:crypto';
import { startTestBroker, type TestBroker } from './test-broker/test-broker';
import { busContract, eventually, message } from '../contract/bus.contract';
import type { DeliveredMessage } from '../port/bus.port';
import { KafkaBus, type KafkaBusOptions } from './kafka-bus';

// librdkafka's mock cluster cannot create topics through the admin API: every topic a
// test uses is created with the broker.
const CONTRACT_TOPICS = Array.from({ length: 14 }, (_, i) => `contract.topic-${i + 1}`);
const STALL_TOPIC = 'kafka.stall';
const HEARTBEAT_TOPIC = 'kafka.heartbeat';

describe('Kafka bus on a Kafka-protocol broker (librdkafka mock cluster)', () => {
  let broker: TestBroker;
  const logged: string[] = [];
  // The mock cluster makes a rebalance wait sessionTimeout - 1 s for members to rejoin.
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
    broker = await startTestBroker(
      [...CONTRACT_TOPICS, STALL_TOPIC, HEARTBEAT_TOPIC].map((name) => ({ name, partitions: 3 })),
    );
  });
  afterAll(async () => {
    await broker?.stop();
  });

  describe('bus contract', () => {
    let used = 0;
    busContract({
      open: async () => KafkaBus.connect(options()),
      freshTopic: () => {
        const topic = CONTRACT_TOPICS[used++];
        if (!topic) throw new Error('add a topic to CONTRACT_TOPICS: the broker pre-creates them');
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

    it('tolerates a broker that refuses to create topics, and says so', async () => {
      await bus.ensureTopics([STALL_TOPIC]);
      expect(logged).toEqual([]);
      const missing = `missing-${randomUUID()}`;
      await expect(bus.ensureTopics([STALL_TOPIC, missing])).resolves.toBeUndefined();
      expect(logged).toEqual([
        expect.stringMatching(new RegExp(`^warn: could not create topics ${missing}`)),
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
