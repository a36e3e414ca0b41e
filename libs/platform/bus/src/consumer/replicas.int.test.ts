import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@xuncha/platform-event-store';
import { toBusMessage } from '../cloudevents/cloudevents';
import { KafkaBus } from '../kafka/kafka-bus';
import { startTestBroker, type TestBroker } from '../kafka/test-broker/test-broker';
import { TEST_EVENTS_TOPIC } from './testing/counter-contract';

const CONSUMER = join(__dirname, 'testing', 'counter-consumer.ts');
const TYPE = 'xuncha.test.CounterOpened.v1';
const COUNTERS = 300;

/**
 * Two replicas of one consuming service in one consumer group on the real broker: they
 * share the partitions, and when one is killed with SIGKILL in the middle, the other
 * takes its partitions over and every effect is there exactly once.
 */
describe('two replicas of a consumer in one group on Apache Kafka', () => {
  let broker: TestBroker;
  let dir: string;
  let bus: KafkaBus;
  let store: SqliteEventStore;
  const replicas: Record<
    string,
    { process: ChildProcess; handled: () => string[]; closed: Promise<void> }
  > = {};

  function start(name: string): Promise<void> {
    // Each replica appends what it handled to its own file, synchronously: a kill -9 loses none.
    const log = join(dir, `handled-${name}.txt`);
    const child = spawn(process.execPath, ['-r', '@swc-node/register', CONSUMER, dir, log], {
      env: { ...process.env, KAFKA_BROKERS: broker.brokers.join(',') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
    const handled = () =>
      existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
    replicas[name] = { process: child, handled, closed };
    return new Promise((resolve, reject) => {
      let buffered = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        if (lines.includes('ready')) resolve();
      });
      child.once('exit', (code, signal) =>
        reject(new Error(`replica ${name} exited (${signal ?? code}) before it was ready`)),
      );
    });
  }

  beforeAll(async () => {
    broker = await startTestBroker();
    dir = mkdtempSync(join(tmpdir(), 'xuncha-replicas-'));
    bus = KafkaBus.connect({
      brokers: broker.brokers,
      clientId: 'test-producer',
      log: () => undefined,
    });
    await Promise.all([start('a'), start('b')]);
    store = new SqliteEventStore(join(dir, 'consumer', 'events.sqlite'));
  }, 90_000);

  afterAll(async () => {
    Object.values(replicas).forEach(({ process }) => process.kill('SIGKILL'));
    await bus?.close();
    await store?.close();
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const message = (i: number) =>
    toBusMessage(TEST_EVENTS_TOPIC, {
      id: randomUUID(),
      type: TYPE,
      source: 'xuncha/test-producer',
      subject: `key-${i % 30}`,
      time: new Date().toISOString(),
      correlationId: randomUUID(),
      data: { id: `counter-${i}`, limit: 1 },
    });

  async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000) {
    const deadline = Date.now() + ms;
    while (!(await condition())) {
      if (Date.now() > deadline) {
        const counts = Object.entries(replicas).map(([name, r]) => `${name} ${r.handled().length}`);
        throw new Error(`timed out waiting for ${what} (handled: ${counts.join(', ')})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('shares the partitions, hands over those of a replica killed mid-run, and opens every counter once', async () => {
    const ids = Array.from({ length: COUNTERS }, (_, i) => i);
    // A replica is ready once subscribed; it joins the group a moment later. Publish a
    // little at a time until both have handled messages: then they share the partitions.
    let next = 0;
    const deadline = Date.now() + 60_000;
    while (!(replicas.a.handled().length > 0 && replicas.b.handled().length > 0)) {
      if (Date.now() > deadline || next >= COUNTERS / 2) {
        throw new Error(
          `the replicas never shared the partitions (handled: a ${replicas.a.handled().length}, b ${replicas.b.handled().length})`,
        );
      }
      await bus.publish(ids.slice(next, next + 6).map(message));
      next += 6;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // Kill -9 of one replica while the rest is being published and handled.
    let killed = false;
    for (; next < COUNTERS; next += 30) {
      await bus.publish(ids.slice(next, next + 30).map(message));
      if (!killed) {
        replicas.a.process.kill('SIGKILL');
        killed = true;
      }
    }
    await replicas.a.closed;
    const handledByA = new Set(replicas.a.handled());

    const opened = async () => {
      let count = 0;
      for (const i of ids)
        count += (await store.readStream(`consumer.counter-counter-${i}`)).length;
      return count;
    };
    await until(async () => (await opened()) >= COUNTERS, 'every counter to be opened', 60_000);
    // Exactly once: no counter opened twice, whatever was handled again after the kill.
    for (const i of ids) {
      expect(
        `counter-${i}: ${(await store.readStream(`consumer.counter-counter-${i}`)).length}`,
      ).toBe(`counter-${i}: 1`);
    }
    // The survivor took the killed replica's partitions: it handled counters A never reached.
    const survivorOnly = replicas.b.handled().filter((id) => !handledByA.has(id));
    expect(survivorOnly.length).toBeGreaterThan(0);
    // Every counter was handled by one of them: one A stored but had not logged when it died
    // came again to B (its offset was not committed), which found it stored and logged it.
    expect(new Set([...handledByA, ...replicas.b.handled()]).size).toBe(COUNTERS);
  }, 120_000);
});
