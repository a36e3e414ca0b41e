import { randomUUID } from 'node:crypto';
import type { Bus, BusMessage, BusSubscription, DeliveredMessage } from '../port/bus.port';

export interface BusFixture {
  /** A new client of the same bus, as another process would open. */
  open(): Promise<Bus>;
  /** A topic no other test used, with `partitions` partitions (at least 3). */
  freshTopic(): string;
  cleanup(): Promise<void>;
}

export function message(topic: string, key: string, n: number): BusMessage {
  return {
    topic,
    key,
    value: JSON.stringify({ key, n }),
    headers: { ce_id: randomUUID(), ce_type: 'xuncha.test.Happened.v1' },
  };
}

const n = (m: DeliveredMessage) => (JSON.parse(m.value) as { n: number }).n;

export async function eventually(condition: () => boolean, what: string, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * One contract for every bus adapter: what the consumer runtime above it
 * relies on (order per key, commit after handling, redelivery, groups).
 */
export function busContract(fixture: BusFixture): void {
  const clients: Bus[] = [];
  const subscriptions: BusSubscription[] = [];
  const open = async () => {
    const bus = await fixture.open();
    clients.push(bus);
    return bus;
  };
  const subscribe = async (
    bus: Bus,
    groupId: string,
    topic: string,
    handle: (m: DeliveredMessage) => Promise<void>,
  ) => {
    const subscription = await bus.subscribe({ groupId, topics: [topic], handle });
    subscriptions.push(subscription);
    return subscription;
  };

  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.stop()));
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await fixture.cleanup();
  });

  it('delivers key, value and headers as published', async () => {
    const topic = fixture.freshTopic();
    const bus = await open();
    await bus.ensureTopics([topic]);
    const sent = message(topic, 'round-1', 1);
    const received: DeliveredMessage[] = [];
    await subscribe(bus, `g-${randomUUID()}`, topic, async (m) => {
      received.push(m);
    });
    await bus.publish([sent]);
    await eventually(() => received.length === 1, 'the message');
    expect(received[0]).toMatchObject({
      topic,
      key: 'round-1',
      value: sent.value,
      headers: sent.headers,
    });
    expect(received[0].offset).toMatch(/^\d+$/);
  });

  it('keeps the order of each key', async () => {
    const topic = fixture.freshTopic();
    const bus = await open();
    const batch = Array.from({ length: 200 }, (_, i) => message(topic, `key-${i % 10}`, i));
    await bus.publish(batch.slice(0, 100));
    await bus.publish(batch.slice(100));
    const byKey = new Map<string, number[]>();
    let count = 0;
    await subscribe(bus, `g-${randomUUID()}`, topic, async (m) => {
      byKey.set(m.key, [...(byKey.get(m.key) ?? []), n(m)]);
      count += 1;
    });
    await eventually(() => count === 200, '200 messages');
    for (const [key, seen] of byKey) {
      const expected = batch
        .filter((m) => m.key === key)
        .map((m) => (JSON.parse(m.value) as { n: number }).n);
      expect(seen).toEqual(expected);
    }
  });

  it('redelivers a message whose handler failed, skipping nothing', async () => {
    const topic = fixture.freshTopic();
    const bus = await open();
    await bus.publish([message(topic, 'k', 1), message(topic, 'k', 2)]);
    const attempts: number[] = [];
    let failures = 0;
    await subscribe(bus, `g-${randomUUID()}`, topic, async (m) => {
      attempts.push(n(m));
      if (n(m) === 1 && failures < 2) {
        failures += 1;
        throw new Error('transient');
      }
    });
    await eventually(() => attempts.includes(2), 'the second message');
    expect(attempts).toEqual([1, 1, 1, 2]);
  });

  it('gives a message whose handling never completed to the next member of the group', async () => {
    const topic = fixture.freshTopic();
    const group = `g-${randomUUID()}`;
    const first = await open();
    await first.publish([1, 2, 3, 4].map((i) => message(topic, 'k', i)));
    const handledByFirst: number[] = [];
    let crash!: (error: Error) => void;
    const crashed = new Promise<void>((_, reject) => (crash = reject));
    const subscription = await first.subscribe({
      groupId: group,
      topics: [topic],
      handle: async (m) => {
        handledByFirst.push(n(m));
        if (n(m) === 3) await crashed;
      },
    });
    await eventually(() => handledByFirst.includes(3), 'the third message');
    const stopping = subscription.stop();
    crash(new Error('process died before committing'));
    await stopping;

    const second = await open();
    const handledBySecond: number[] = [];
    await subscribe(second, group, topic, async (m) => {
      handledBySecond.push(n(m));
    });
    await eventually(() => handledBySecond.includes(4), 'the rest');
    expect(handledByFirst).toEqual([1, 2, 3]);
    expect(handledBySecond).toEqual([3, 4]);
  });

  it('shares partitions between two members of a group and hands them over when one leaves', async () => {
    const topic = fixture.freshTopic();
    const group = `g-${randomUUID()}`;
    const [a, b] = [await open(), await open()];
    const seenBy = { a: new Set<number>(), b: new Set<number>() };
    const subA = await subscribe(a, group, topic, async (m) => void seenBy.a.add(n(m)));
    await subscribe(b, group, topic, async (m) => void seenBy.b.add(n(m)));

    let next = 0;
    const publishSome = async (count: number) => {
      const batch = Array.from({ length: count }, () => message(topic, `key-${next % 30}`, next++));
      await a.publish(batch);
    };
    const seenAll = (upTo: number) =>
      Array.from({ length: upTo }, (_, i) => i).every((i) => seenBy.a.has(i) || seenBy.b.has(i));
    await eventually(
      () => {
        if (seenBy.a.size > 0 && seenBy.b.size > 0 && seenAll(next)) return true;
        if (seenAll(next)) void publishSome(30);
        return false;
      },
      'both members to receive messages',
      45000,
    );

    await subA.stop();
    const before = next;
    await publishSome(60);
    await eventually(
      () => Array.from({ length: 60 }, (_, i) => before + i).every((i) => seenBy.b.has(i)),
      'b to take over',
    );
  });

  it('delivers runs of one partition in order and a rejected run again whole', async () => {
    const topic = fixture.freshTopic();
    const bus = await open();
    await bus.publish(Array.from({ length: 60 }, (_, i) => message(topic, `k${i % 6}`, i)));
    const runs: DeliveredMessage[][] = [];
    let rejected = false;
    const subscription = await bus.subscribe({
      groupId: `g-${randomUUID()}`,
      topics: [topic],
      handleBatch: async (run) => {
        if (!rejected) {
          rejected = true;
          runs.push([]);
          throw new Error('transient');
        }
        runs.push(run);
      },
    });
    subscriptions.push(subscription);
    const handled = () => runs.flat().map(n);
    await eventually(() => handled().length === 60, 'all sixty in runs');
    expect(handled().sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    for (const run of runs.filter((r) => r.length > 0)) {
      expect(new Set(run.map((m) => m.partition)).size).toBe(1);
      const offsets = run.map((m) => BigInt(m.offset));
      offsets.slice(1).forEach((offset, i) => expect(offset).toBe(offsets[i] + 1n));
    }
  });

  it('reports a group lag of what it has yet to handle', async () => {
    const topic = fixture.freshTopic();
    const group = `g-${randomUUID()}`;
    const bus = await open();
    await bus.ensureTopics([topic]);
    await bus.publish(Array.from({ length: 12 }, (_, i) => message(topic, `k${i % 4}`, i)));
    expect(await bus.lag(group, [topic])).toBe(12);
    let handled = 0;
    await subscribe(bus, group, topic, async () => void (handled += 1));
    await eventually(() => handled === 12, 'all twelve');
    let lag = -1;
    const deadline = Date.now() + 10000;
    while (lag !== 0 && Date.now() < deadline) lag = await bus.lag(group, [topic]);
    expect(lag).toBe(0);
    expect(await bus.checkHealth()).toEqual(expect.any(Object));
  });

  it('replays what is on the topics, in order per key, without a lasting group', async () => {
    const topic = fixture.freshTopic();
    const bus = await open();
    await bus.ensureTopics([topic]);
    const sent = Array.from({ length: 30 }, (_, i) => message(topic, `k${i % 3}`, i));
    await bus.publish(sent);
    const replayed: DeliveredMessage[] = [];
    await bus.replay([topic], async (m) => void replayed.push(m));
    expect(replayed.map(n).sort((a, b) => a - b)).toEqual(sent.map((_, i) => i));
    for (const key of ['k0', 'k1', 'k2']) {
      const order = replayed.filter((m) => m.key === key).map(n);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('gives every message to every group', async () => {
    const topic = fixture.freshTopic();
    const bus = await open();
    await bus.publish(Array.from({ length: 20 }, (_, i) => message(topic, `k${i % 4}`, i)));
    const counts = [0, 0];
    await subscribe(bus, `g-${randomUUID()}`, topic, async () => void (counts[0] += 1));
    await subscribe(bus, `g-${randomUUID()}`, topic, async () => void (counts[1] += 1));
    await eventually(() => counts[0] === 20 && counts[1] === 20, 'both groups');
  });
}
