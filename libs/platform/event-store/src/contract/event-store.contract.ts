import { randomUUID } from 'node:crypto';
import { ConcurrencyConflict, type NewEvent, type RecordedEvent } from '@xuncha/platform-kernel';
import { EventIdConflict, type EventStore } from '../port/event-store.port';
import { CheckpointedSubscription } from '../subscriptions/checkpointed-subscription';

export interface EventStoreFixture {
  /** A store over fresh, empty storage. */
  open(): Promise<EventStore>;
  /** A new store over the same storage as the last `open`: a process restart. */
  reopen(): Promise<EventStore>;
  cleanup(): Promise<void>;
  /** KurrentDB enforces event-id idempotency per stream only; SQLite across the store. */
  readonly eventIdsUniqueAcrossStreams: boolean;
}

export function newEvent(type = 'Happened', data: unknown = { n: 1 }): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    occurredAt: '2026-11-25T08:00:00.000Z',
    metadata: { actor: 'tester', correlationId: 'corr-1', causationId: 'cause-1' },
  };
}

/** Collects what a subscription delivers until `count` events have arrived. */
export function collector() {
  const seen: RecordedEvent[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  return {
    seen,
    handle: async (events: RecordedEvent[]) => {
      seen.push(...events);
      waiters.filter((w) => seen.length >= w.count).forEach((w) => w.resolve());
    },
    until: (count: number) =>
      seen.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
  };
}

/**
 * One contract every event store adapter passes. Streams get unique names so
 * the suite also runs against a long-lived server that holds other data.
 */
export function eventStoreContract(fixture: EventStoreFixture): void {
  let store: EventStore;
  const stream = (name: string) => `contract.${name}-${randomUUID()}`;

  beforeEach(async () => {
    store = await fixture.open();
  });
  afterEach(async () => {
    await store.close();
    await fixture.cleanup();
  });

  describe('appending and reading', () => {
    it('stores the envelope and numbers revisions from 0', async () => {
      const id = stream('a');
      const events = [newEvent('Opened', { name: '商洛' }), newEvent('Renamed')];
      const result = await store.appendToStream(id, events, { expectedRevision: 'no-stream' });
      const read = await store.readStream(id);

      expect(result.revision).toBe(1);
      expect(read.map((e) => e.revision)).toEqual([0, 1]);
      expect(read[0]).toMatchObject({ ...events[0], streamId: id });
      expect(read[1].globalPosition).toBeGreaterThan(read[0].globalPosition);
      expect(result.position).toBe(read[1].globalPosition);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store.readStream(stream('none'))).toEqual([]);
    });

    it('keeps global order across streams, in pages', async () => {
      const a = stream('a');
      const b = stream('b');
      const start = await store.headPosition();
      await store.appendToStream(a, [newEvent('A1')], { expectedRevision: 'no-stream' });
      await store.appendToStream(b, [newEvent('B1'), newEvent('B2')], { expectedRevision: 'any' });
      await store.appendToStream(a, [newEvent('A2')], { expectedRevision: 0 });

      const all = await store.readAll({ after: start, maxCount: 100 });
      const ours = all.filter((e) => e.streamId === a || e.streamId === b);
      expect(ours.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
      const positions = all.map((e) => e.globalPosition);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
      expect(await store.headPosition()).toBe(positions[positions.length - 1]);

      const firstPage = await store.readAll({ after: start, maxCount: 2 });
      const rest = await store.readAll({ after: firstPage[1].globalPosition, maxCount: 100 });
      expect([...firstPage, ...rest].map((e) => e.id)).toEqual(all.map((e) => e.id));
    });
  });

  describe('optimistic concurrency', () => {
    it('refuses a wrong expected revision and stores nothing', async () => {
      const id = stream('c');
      await store.appendToStream(id, [newEvent(), newEvent()], { expectedRevision: 'no-stream' });

      await expect(
        store.appendToStream(id, [newEvent('Late')], { expectedRevision: 0 }),
      ).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(
        store.appendToStream(id, [newEvent('Late')], { expectedRevision: 'no-stream' }),
      ).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(
        store.appendToStream(stream('missing'), [newEvent('Late')], {
          expectedRevision: 'stream-exists',
        }),
      ).rejects.toBeInstanceOf(ConcurrencyConflict);
      expect((await store.readStream(id)).map((e) => e.type)).toEqual(['Happened', 'Happened']);
    });

    it('lets exactly one of two racing appends at the same revision win', async () => {
      const id = stream('race');
      await store.appendToStream(id, [newEvent()], { expectedRevision: 'no-stream' });
      const results = await Promise.allSettled(
        [1, 2, 3, 4].map(() =>
          store.appendToStream(id, [newEvent('Racer')], { expectedRevision: 0 }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      refused.forEach((r) => expect(r.reason).toBeInstanceOf(ConcurrencyConflict));
      expect(await store.readStream(id)).toHaveLength(2);
    });
  });

  describe('idempotent append', () => {
    it('answers a repeated append of the same event ids as before and stores them once', async () => {
      const id = stream('idem');
      const events = [newEvent('One'), newEvent('Two')];
      const first = await store.appendToStream(id, events, { expectedRevision: 'no-stream' });
      const again = await store.appendToStream(id, events, { expectedRevision: 'no-stream' });

      expect(again).toEqual(first);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    (fixture.eventIdsUniqueAcrossStreams ? it : it.skip)(
      'refuses an event id already stored in another stream',
      async () => {
        const event = newEvent();
        await store.appendToStream(stream('x'), [event], { expectedRevision: 'no-stream' });
        await expect(
          store.appendToStream(stream('y'), [event], { expectedRevision: 'no-stream' }),
        ).rejects.toBeInstanceOf(EventIdConflict);
      },
    );

    it('keeps the idempotency record of an append, and none of a refused one', async () => {
      const id = stream('key');
      const key = randomUUID();
      await store.appendToStream(id, [newEvent()], {
        expectedRevision: 'no-stream',
        idempotency: { key, result: { id: 'agg-1', revision: 0 } },
      });
      expect(await store.findIdempotencyRecord(key)).toEqual({
        key,
        result: { id: 'agg-1', revision: 0 },
      });

      const refusedKey = randomUUID();
      await expect(
        store.appendToStream(id, [newEvent()], {
          expectedRevision: 5,
          idempotency: { key: refusedKey, result: {} },
        }),
      ).rejects.toBeInstanceOf(ConcurrencyConflict);
      expect(await store.findIdempotencyRecord(refusedKey)).toBeUndefined();
    });
  });

  describe('subscriptions', () => {
    it('catches up from the start, then hands over to live delivery', async () => {
      const id = stream('sub');
      const start = await store.headPosition();
      await store.appendToStream(id, [newEvent('Old1'), newEvent('Old2')], {
        expectedRevision: 'no-stream',
      });
      await store.checkpoints.save(`catch-up-${id}`, start);
      const received = collector();
      const subscription = new CheckpointedSubscription(store, {
        name: `catch-up-${id}`,
        handle: received.handle,
        batchSize: 1,
      }).start();

      await subscription.untilCaughtUp();
      const ours = () => received.seen.filter((e) => e.streamId === id).map((e) => e.type);
      expect(ours()).toEqual(['Old1', 'Old2']);

      await store.appendToStream(id, [newEvent('Live')], { expectedRevision: 1 });
      await received.until(received.seen.length + 1);
      await subscription.stop();
      expect(ours()).toEqual(['Old1', 'Old2', 'Live']);
      const positions = received.seen.map((e) => e.globalPosition);
      expect(new Set(positions).size).toBe(positions.length);
    });

    it('resumes from its durable checkpoint after a restart', async () => {
      const id = stream('resume');
      const name = `resume-${id}`;
      await store.checkpoints.save(name, await store.headPosition());
      await store.appendToStream(id, [newEvent('Before')], { expectedRevision: 'no-stream' });
      const first = collector();
      const subscription = new CheckpointedSubscription(store, {
        name,
        handle: first.handle,
      }).start();
      await first.until(1);
      await subscription.untilCaughtUp();
      await subscription.stop();
      await store.close();

      store = await fixture.reopen();
      await store.appendToStream(id, [newEvent('After')], { expectedRevision: 0 });
      const second = collector();
      const resumed = new CheckpointedSubscription(store, { name, handle: second.handle }).start();
      await second.until(1);
      await resumed.untilCaughtUp();
      await resumed.stop();

      expect(second.seen.filter((e) => e.streamId === id).map((e) => e.type)).toEqual(['After']);
      expect(await resumed.lag()).toBe(0);
    });

    it('retries a failing handler with the same batch instead of skipping it', async () => {
      const id = stream('retry');
      const name = `retry-${id}`;
      await store.checkpoints.save(name, await store.headPosition());
      await store.appendToStream(id, [newEvent('Flaky')], { expectedRevision: 'no-stream' });
      const received = collector();
      let failures = 0;
      const subscription = new CheckpointedSubscription(store, {
        name,
        handle: async (events) => {
          if (failures < 2) {
            failures += 1;
            throw new Error('transient');
          }
          await received.handle(events);
        },
        onError: () => undefined,
      }).start();
      await received.until(1);
      await subscription.stop();
      expect(failures).toBe(2);
      expect(received.seen.map((e) => e.type)).toEqual(['Flaky']);
    });
  });
}
