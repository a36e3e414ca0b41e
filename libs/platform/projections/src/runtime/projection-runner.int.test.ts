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
import type { ProjectionDefinition } from './projection';
import { ProjectionRunner } from './projection-runner';

const TOPIC = 'xuncha.test.events';
const OPENED = 'xuncha.test.CounterOpened.v1';
const INCREMENTED = 'xuncha.test.CounterIncremented.v1';

/** Counters and a per-limit summary: a fold where order and duplicates would show. */
const counters: ProjectionDefinition = {
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
