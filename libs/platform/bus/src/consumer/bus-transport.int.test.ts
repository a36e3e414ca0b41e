import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counterDecider, type RecordedEvent } from '@xuncha/platform-kernel';
import { AggregateStore, SqliteEventStore } from '@xuncha/platform-event-store';
import { toBusMessage } from '../cloudevents/cloudevents';
import type { Bus, DeliveredMessage } from '../port/bus.port';
import { integrationPublisher } from '../publisher/integration-publisher';
import { createBus } from '../select-bus';
import { startTestBroker, type TestBroker } from '../kafka/test-broker/test-broker';
import { DEAD_LETTER_TOPIC } from './message-dispatcher';
import { TEST_EVENTS_TOPIC } from './testing/counter-contract';

const CONSUMER = join(__dirname, 'testing', 'counter-consumer.ts');
const TYPE = 'xuncha.test.CounterOpened.v1';

describe.each(['embedded log', 'Kafka test broker'])(
  'integration events across processes on the %s',
  (adapter) => {
    let broker: TestBroker | undefined;
    let dir: string;
    let bus: Bus;
    let producerStore: SqliteEventStore;
    let consumerStore: SqliteEventStore;
    let consumer: ChildProcess;
    let publisher: ReturnType<typeof integrationPublisher>;
    const kafkaBrokers = () => broker?.brokers;

    beforeAll(async () => {
      if (adapter === 'Kafka test broker') {
        broker = await startTestBroker();
      }
      dir = mkdtempSync(join(tmpdir(), 'xuncha-transport-'));
      bus = createBus({ dataDir: dir, kafkaBrokers: kafkaBrokers(), clientId: 'test-producer' });
      producerStore = new SqliteEventStore(join(dir, 'producer', 'events.sqlite'));
      publisher = integrationPublisher(producerStore, bus, {
        source: 'xuncha/test-producer',
        map: (event: RecordedEvent) =>
          event.type === 'CounterOpened'
            ? [
                {
                  topic: TEST_EVENTS_TOPIC,
                  type: TYPE,
                  key: (event.data as { id: string }).id,
                  data: event.data,
                },
              ]
            : [],
      }).start();

      consumer = spawn(process.execPath, ['-r', '@swc-node/register', CONSUMER, dir], {
        env: {
          ...process.env,
          ...(kafkaBrokers() && { KAFKA_BROKERS: kafkaBrokers()!.join(',') }),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        consumer.stdout!.on(
          'data',
          (chunk: Buffer) => chunk.toString().includes('ready') && resolve(),
        );
        consumer.on('exit', (code) => reject(new Error(`consumer exited with ${code}`)));
      });
      consumerStore = new SqliteEventStore(join(dir, 'consumer', 'events.sqlite'));
    }, 60000);

    afterAll(async () => {
      consumer?.kill('SIGTERM');
      await publisher?.stop();
      await bus?.close();
      await producerStore?.close();
      await consumerStore?.close();
      await broker?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const opened = async (id: string) =>
      (await consumerStore.readStream(`consumer.counter-${id}`)).length;

    /** A message on key `key` whose effect shows that everything before it on that key was handled. */
    async function sentinelAfter(key: string): Promise<void> {
      const id = `sentinel-${randomUUID()}`;
      await bus.publish([
        toBusMessage(TEST_EVENTS_TOPIC, {
          id: randomUUID(),
          type: TYPE,
          source: 'xuncha/test-producer',
          subject: key,
          time: new Date().toISOString(),
          correlationId: randomUUID(),
          data: { id, limit: 1 },
        }),
      ]);
      const deadline = Date.now() + 30000;
      while ((await opened(id)) === 0) {
        if (Date.now() > deadline) throw new Error(`sentinel on ${key} never handled`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    it('carries an event appended in this process to a handler in the consumer process', async () => {
      const producer = new AggregateStore(producerStore, counterDecider, {
        streamPrefix: 'producer.counter',
      });
      const context = { actor: 'office-1', correlationId: 'corr-x', now: new Date() };
      for (const id of ['c1', 'c2', 'c3']) {
        await producer.execute(id, { type: 'OpenCounter', id, limit: 5 }, context);
      }
      const counts: number[] = [];
      const deadline = Date.now() + 30000;
      do {
        counts.splice(0, 3, ...(await Promise.all(['c1', 'c2', 'c3'].map(opened))));
        if (Date.now() > deadline) throw new Error(`not all handled: ${counts}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      } while (counts.some((count) => count === 0));
      const [event] = await consumerStore.readStream('consumer.counter-c1');
      expect(event.metadata).toMatchObject({
        actor: 'bus:xuncha/test-producer',
        correlationId: 'corr-x',
      });
    });

    it('applies the effect once when the same message is delivered twice', async () => {
      const [original] = await producerStore.readStream('producer.counter-c1');
      await bus.publish([
        toBusMessage(TEST_EVENTS_TOPIC, {
          id: original.id,
          type: TYPE,
          source: 'xuncha/test-producer',
          subject: 'c1',
          time: original.occurredAt,
          correlationId: 'corr-x',
          data: original.data,
        }),
      ]);
      await sentinelAfter('c1');
      expect(await opened('c1')).toBe(1);
    });

    it('dead-letters malformed and contract-breaking messages with their reason and goes on', async () => {
      const base = toBusMessage(TEST_EVENTS_TOPIC, {
        id: randomUUID(),
        type: TYPE,
        source: 'xuncha/test-producer',
        subject: 'c2',
        time: new Date().toISOString(),
        correlationId: randomUUID(),
        data: { id: 'c9', limit: -1 },
      });
      await bus.publish([
        { topic: TEST_EVENTS_TOPIC, key: 'c2', value: '{"id":"c8"', headers: { ce_type: TYPE } },
        base,
      ]);
      await sentinelAfter('c2');
      expect(await opened('c9')).toBe(0);

      const dead: DeliveredMessage[] = [];
      const reader = await bus.subscribe({
        groupId: `dlq-reader-${randomUUID()}`,
        topics: [DEAD_LETTER_TOPIC],
        handle: async (message) => void dead.push(message),
      });
      const deadline = Date.now() + 30000;
      while (dead.length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await reader.stop();
      const reasons = dead.map((m) => m.headers['x-dead-letter-reason']).sort();
      expect(reasons).toEqual([
        expect.stringMatching(
          /^missing CloudEvents headers: ce_specversion, ce_id, ce_source, ce_time$/,
        ),
        expect.stringMatching(/breaks its contract: limit must be a positive integer/),
      ]);
      expect(dead.every((m) => m.headers['x-original-topic'] === TEST_EVENTS_TOPIC)).toBe(true);
    });
  },
);
