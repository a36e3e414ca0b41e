import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedBus, toBusMessage, type BusMessage } from '@xuncha/platform-bus';
import {
  EmbeddedReadModelStore,
  type Doc,
  type ReadModelStore,
} from '@xuncha/platform-read-models';
import { SqliteEventStore } from '@xuncha/platform-event-store';
import type {
  EventStoreProjectionDefinition,
  ProjectionDefinition,
  ProjectionHandler,
} from './projection';
import { ProjectionRunner } from './projection-runner';

const TOPIC = 'xuncha.test.events';
const OPENED = 'xuncha.test.CounterOpened.v1';
const INCREMENTED = 'xuncha.test.CounterIncremented.v1';

/** Counters and a per-limit summary: a fold where order and duplicates would show. */
// The test's stand-in events are no contract: handlers by plain string.
const counters: ProjectionDefinition<Record<string, ProjectionHandler>> = {
  name: 'counters',
  collections: ['counters', 'counter-totals'],
  handlers: {
    [OPENED]: async (data: { id: string; limit: number }, context) => {
      context.put('counters', { _id: data.id, limit: data.limit, value: 0, history: [] });
      const total = await context.get<Doc & { counters: number }>(
        'counter-totals',
        String(data.limit),
      );
      context.put('counter-totals', {
        _id: String(data.limit),
        counters: (total?.counters ?? 0) + 1,
      });
    },
    [INCREMENTED]: async (data: { id: string; by: number }, context) => {
      const counter = await context.get<Doc & { value: number; history: number[] }>(
        'counters',
        data.id,
      );
      if (!counter) throw new Error(`counter ${data.id} unknown`);
      context.put('counters', {
        ...counter,
        value: counter.value + data.by,
        history: [...counter.history, data.by],
      });
    },
  },
};

function event(
  type: string,
  key: string,
  data: unknown,
  id = randomUUID(),
  time = new Date().toISOString(),
): BusMessage {
  return toBusMessage(TOPIC, {
    id,
    type,
    source: 'xuncha/test',
    subject: key,
    time,
    correlationId: randomUUID(),
    data,
  });
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function snapshot(store: ReadModelStore): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const collection of counters.collections) {
    let cursor: string | undefined;
    do {
      const page = await store.find(collection, { sort: { _id: 1 }, limit: 500, cursor });
      docs.push(...page.items.map((doc) => ({ ...doc, collection })));
      cursor = page.next;
    } while (cursor);
  }
  return docs;
}

describe('projection runner', () => {
  let dir: string;
  let bus: EmbeddedBus;
  let store: EmbeddedReadModelStore;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-projection-'));
    bus = new EmbeddedBus(join(dir, 'bus.sqlite'));
    store = new EmbeddedReadModelStore(join(dir, 'read-models.sqlite'));
    runner = new ProjectionRunner(bus, store, counters, {
      service: 'test-service',
      topicOf: () => TOPIC,
      validate: () => [],
    });
  });
  afterEach(async () => {
    await runner.stop();
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function publishHistory(): Promise<BusMessage[]> {
    const messages: BusMessage[] = [];
    for (let c = 0; c < 40; c++) {
      messages.push(event(OPENED, `c${c}`, { id: `c${c}`, limit: 10 + (c % 3) }));
    }
    for (let i = 0; i < 400; i++) {
      const c = (i * 7) % 40;
      messages.push(event(INCREMENTED, `c${c}`, { id: `c${c}`, by: 1 + (i % 5) }));
    }
    await bus.publish(messages);
    return messages;
  }

  const caughtUp = async () => (await runner.status()).lag === 0;

  it('folds every event and ends a rebuild exactly where the incremental run ended', async () => {
    const messages = await publishHistory();
    await runner.start();
    await until(caughtUp, 'the incremental run');
    const incremental = await snapshot(store);

    const c0 = incremental.find((doc) => doc._id === 'c0' && doc.collection === 'counters')!;
    const expected = messages
      .filter((m) => m.headers.ce_type === INCREMENTED && JSON.parse(m.value).id === 'c0')
      .map((m) => JSON.parse(m.value).by as number);
    expect(c0.history).toEqual(expected);
    expect(await store.count('counters')).toBe(40);

    await runner.rebuild();
    expect((await runner.status()).generation).toBe(1);
    await until(caughtUp, 'the rebuild');
    expect(await snapshot(store)).toEqual(incremental);
  });

  it('changes nothing when a message is published again with the same ce_id', async () => {
    const id = randomUUID();
    await bus.publish([
      event(OPENED, 'c1', { id: 'c1', limit: 5 }),
      event(INCREMENTED, 'c1', { id: 'c1', by: 2 }, id),
    ]);
    await runner.start();
    await until(caughtUp, 'the first delivery');
    await bus.publish([event(INCREMENTED, 'c1', { id: 'c1', by: 2 }, id)]);
    await until(caughtUp, 'the duplicate');
    expect(await store.get('counters', 'c1')).toMatchObject({ value: 2, history: [2] });
  });

  it('resumes from its checkpoints after a restart, folding nothing twice', async () => {
    await bus.publish([
      event(OPENED, 'c1', { id: 'c1', limit: 5 }),
      event(INCREMENTED, 'c1', { id: 'c1', by: 1 }),
    ]);
    await runner.start();
    await until(caughtUp, 'the first run');
    await runner.stop();
    await bus.publish([event(INCREMENTED, 'c1', { id: 'c1', by: 3 })]);
    runner = new ProjectionRunner(bus, store, counters, {
      service: 'test-service',
      topicOf: () => TOPIC,
      validate: () => [],
    });
    await runner.start();
    await until(caughtUp, 'the second run');
    expect(await store.get('counters', 'c1')).toMatchObject({ value: 4, history: [1, 3] });
  });

  it('answers as the read model stood at an earlier instant', async () => {
    const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T08:00:00.000Z`;
    await bus.publish([
      event(OPENED, 'c1', { id: 'c1', limit: 10 }, randomUUID(), at(1)),
      event(INCREMENTED, 'c1', { id: 'c1', by: 2 }, randomUUID(), at(2)),
      event(OPENED, 'c2', { id: 'c2', limit: 11 }, randomUUID(), at(3)),
      event(INCREMENTED, 'c1', { id: 'c1', by: 5 }, randomUUID(), at(4)),
    ]);
    await runner.start();
    await until(caughtUp, 'the live run');
    expect(await store.get('counters', 'c1')).toMatchObject({ value: 7 });

    const past = await runner.asOf(new Date('2026-03-02T12:00:00.000Z'));
    expect(await past.get('counters', 'c1')).toMatchObject({ value: 2, history: [2] });
    expect(await past.get('counters', 'c2')).toBeUndefined();
    expect(await past.count('counters')).toBe(1);
    await past.close();

    const now = await runner.asOf(new Date('2026-12-31T00:00:00.000Z'));
    expect(await snapshot(now)).toEqual(await snapshot(store));
    await now.close();
  });
});

describe('projection runner over the own event store', () => {
  const PREFIX = 'test.counter';
  let dir: string;
  let bus: EmbeddedBus;
  let events: SqliteEventStore;
  let store: EmbeddedReadModelStore;
  let runner: ProjectionRunner;

  /** Counters of the own streams; `Incremented` v1 stored `step`, v2 stores `by`. */
  const ownCounters: EventStoreProjectionDefinition = {
    name: 'own-counters',
    collections: ['counters'],
    source: {
      kind: 'event-store',
      streamPrefixes: [PREFIX],
      upcast: (event) =>
        event.type === 'Incremented' && event.schemaVersion === 1
          ? { ...event, data: { by: (event.data as { step: number }).step } }
          : event,
    },
    handlers: {
      Opened: (_data, context) => {
        const id = context.event.streamId.slice(PREFIX.length + 1);
        context.put('counters', { _id: id, value: 0, history: [] });
      },
      Incremented: async (data: { by: number }, context) => {
        const id = context.event.streamId.slice(PREFIX.length + 1);
        const counter = await context.get<Doc & { value: number; history: number[] }>(
          'counters',
          id,
        );
        if (!counter) throw new Error(`counter ${id} unknown`);
        context.put('counters', {
          ...counter,
          value: counter.value + data.by,
          history: [...counter.history, data.by],
        });
      },
    },
  };

  const runnerFor = () =>
    new ProjectionRunner(bus, store, ownCounters, {
      service: 'test-service',
      topicOf: () => undefined,
      validate: () => [],
      eventStore: events,
    });

  async function append(streamId: string, type: string, data: unknown, schemaVersion = 2) {
    const existing = await events.readStream(streamId);
    return events.appendToStream(
      streamId,
      [
        {
          id: randomUUID(),
          type,
          schemaVersion,
          data,
          occurredAt: new Date().toISOString(),
          metadata: { actor: 'test', correlationId: randomUUID() },
        },
      ],
      { expectedRevision: existing.length - 1 >= 0 ? existing.length - 1 : 'no-stream' },
    );
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-own-projection-'));
    bus = new EmbeddedBus(join(dir, 'bus.sqlite'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'));
    store = new EmbeddedReadModelStore(join(dir, 'read-models.sqlite'));
    runner = runnerFor();
  });
  afterEach(async () => {
    await runner.stop();
    await bus.close();
    await events.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const caughtUp = async () => (await runner.status()).lag === 0;

  it('folds its own streams, upcast, ignores other streams, and rebuilds to the same documents', async () => {
    for (let c = 0; c < 20; c++) await append(`${PREFIX}-c${c}`, 'Opened', {});
    for (let i = 0; i < 120; i++) {
      await append(
        `${PREFIX}-c${i % 20}`,
        'Incremented',
        i % 2 ? { by: 2 } : { step: 1 },
        1 + (i % 2),
      );
    }
    await append('test.other-c0', 'Opened', {});
    await runner.start();
    await until(caughtUp, 'the incremental run');
    const incremental = await snapshot(store);
    expect(await store.count('counters')).toBe(20);
    expect(await store.get('counters', 'c0')).toMatchObject({
      value: 6,
      history: [1, 1, 1, 1, 1, 1],
    });
    expect(await store.get('counters', 'c1')).toMatchObject({ value: 12 });

    await runner.rebuild();
    expect((await runner.status()).generation).toBe(1);
    await until(caughtUp, 'the rebuild');
    expect(await snapshot(store)).toEqual(incremental);
  });

  it('resumes from its checkpoint after a restart, folding nothing twice', async () => {
    await append(`${PREFIX}-c1`, 'Opened', {});
    await append(`${PREFIX}-c1`, 'Incremented', { by: 1 });
    await runner.start();
    await until(caughtUp, 'the first run');
    await runner.stop();
    await append(`${PREFIX}-c1`, 'Incremented', { by: 3 });
    expect((await runner.status()).lag).toBe(1);
    runner = runnerFor();
    await runner.start();
    await until(caughtUp, 'the second run');
    expect(await store.get('counters', 'c1')).toMatchObject({ value: 4, history: [1, 3] });
  });

  it('lets a reader wait until its own writes are folded', async () => {
    await runner.start();
    await append(`${PREFIX}-c1`, 'Opened', {});
    const { position } = await append(`${PREFIX}-c1`, 'Incremented', { by: 5 });
    await runner.foldedUpTo(position);
    expect(await store.get('counters', 'c1')).toMatchObject({ value: 5 });
  });

  it('answers as the read model stood at an earlier instant', async () => {
    await append(`${PREFIX}-c1`, 'Opened', {});
    await append(`${PREFIX}-c1`, 'Incremented', { by: 2 });
    const past = await runner.asOf(new Date(Date.now() - 60_000));
    expect(await past.count('counters')).toBe(0);
    await past.close();
    const now = await runner.asOf(new Date(Date.now() + 60_000));
    expect(await now.get('counters', 'c1')).toMatchObject({ value: 2 });
    await now.close();
  });
});
