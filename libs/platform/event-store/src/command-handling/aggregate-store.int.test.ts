import { randomUUID } from 'node:crypto';
import {
  ConcurrencyConflict,
  EventSchemas,
  RuleViolation,
  counterDecider,
  type CounterCommand,
  type CounterEvent,
  type CounterState,
} from '@xuncha/platform-kernel';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { AggregateStore, type CommandContext } from './aggregate-store';

describe('AggregateStore', () => {
  let store: SqliteEventStore;
  let counters: AggregateStore<CounterState, CounterCommand, CounterEvent>;
  const context = (extra: Partial<CommandContext> = {}): CommandContext => ({
    actor: 'office-1',
    correlationId: 'corr',
    now: new Date('2026-11-25T08:00:00Z'),
    ...extra,
  });

  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
    counters = new AggregateStore(store, counterDecider, { streamPrefix: 'test.counter' });
  });
  afterEach(() => store.close());

  it('decides on the folded state and appends with the envelope', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 5 }, context());
    const outcome = await counters.execute(
      'c1',
      { type: 'IncrementCounter', id: 'c1', by: 2 },
      context(),
    );

    expect(outcome).toMatchObject({ id: 'c1', revision: 1, replayed: false });
    const [, incremented] = await store.readStream('test.counter-c1');
    expect(incremented).toMatchObject({
      type: 'CounterIncremented',
      schemaVersion: 1,
      occurredAt: '2026-11-25T08:00:00.000Z',
      metadata: { actor: 'office-1', correlationId: 'corr' },
    });
    expect((await counters.load('c1')).state.value).toBe(2);
  });

  it('refuses a command the rules refuse and stores nothing', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 1 }, context());
    await expect(
      counters.execute('c1', { type: 'IncrementCounter', id: 'c1', by: 2 }, context()),
    ).rejects.toBeInstanceOf(RuleViolation);
    expect(await store.readStream('test.counter-c1')).toHaveLength(1);
  });

  it('decides a dry run, answers what it would record and stores nothing', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 2 }, context());
    const dry = await counters.execute(
      'c1',
      { type: 'IncrementCounter', id: 'c1', by: 2 },
      context({ dryRun: true }),
    );
    expect(dry).toMatchObject({ id: 'c1', revision: 0, dryRun: true });
    expect(dry.events.map((event) => event.type)).toEqual(['CounterIncremented']);
    await expect(
      counters.execute(
        'c1',
        { type: 'IncrementCounter', id: 'c1', by: 3 },
        context({ dryRun: true }),
      ),
    ).rejects.toBeInstanceOf(RuleViolation);
    expect(await store.readStream('test.counter-c1')).toHaveLength(1);
  });

  it('executes on a state loaded before, and refuses it once the stream moved on', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 9 }, context());
    const loaded = await counters.load('c1');
    await counters.executeOn(
      'c1',
      loaded,
      { type: 'IncrementCounter', id: 'c1', by: 1 },
      context(),
    );
    await expect(
      counters.executeOn('c1', loaded, { type: 'IncrementCounter', id: 'c1', by: 1 }, context()),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect((await counters.load('c1')).state.value).toBe(1);
  });

  it('refuses a stale If-Match revision', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 9 }, context());
    await counters.execute('c1', { type: 'IncrementCounter', id: 'c1', by: 1 }, context());
    await expect(
      counters.execute(
        'c1',
        { type: 'IncrementCounter', id: 'c1', by: 1 },
        context({ expectedRevision: 0 }),
      ),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(
      counters.execute(
        'c1',
        { type: 'IncrementCounter', id: 'c1', by: 1 },
        context({ expectedRevision: 1 }),
      ),
    ).resolves.toMatchObject({ revision: 2 });
  });

  it('answers a repeated idempotency key as the first time and stores nothing new', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 9 }, context());
    const key = randomUUID();
    const first = await counters.execute(
      'c1',
      { type: 'IncrementCounter', id: 'c1', by: 1 },
      context({ idempotencyKey: key }),
    );
    const again = await counters.execute(
      'c1',
      { type: 'IncrementCounter', id: 'c1', by: 1 },
      context({ idempotencyKey: key }),
    );

    expect(again).toMatchObject({ id: first.id, revision: first.revision, replayed: true });
    expect(await store.readStream('test.counter-c1')).toHaveLength(2);
    const otherActor = await counters.execute(
      'c1',
      { type: 'IncrementCounter', id: 'c1', by: 1 },
      context({ idempotencyKey: key, actor: 'office-2' }),
    );
    expect(otherActor.replayed).toBe(false);
  });

  it('refuses a key reused for another request (422 idempotency-key-reused) and stores nothing', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 9 }, context());
    const key = randomUUID();
    const increment = (requestFingerprint: string) =>
      counters.execute(
        'c1',
        { type: 'IncrementCounter', id: 'c1', by: 1 },
        context({ idempotencyKey: key, requestFingerprint }),
      );
    const first = await increment('POST /counters/c1 {"by":1}');
    await expect(increment('POST /counters/c1 {"by":1}')).resolves.toMatchObject({
      id: first.id,
      revision: first.revision,
      replayed: true,
    });
    const reused = increment('POST /counters/c2 {"by":2}');
    await expect(reused).rejects.toBeInstanceOf(RuleViolation);
    await expect(reused).rejects.toMatchObject({
      rule: 'idempotency-key-reused',
      context: { idempotencyKey: key },
    });
    expect(await store.readStream('test.counter-c1')).toHaveLength(2);
  });

  it('lets one of many concurrent commands per revision win; the rest conflict', async () => {
    await counters.execute('c1', { type: 'OpenCounter', id: 'c1', limit: 100 }, context());
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        counters.execute(
          'c1',
          { type: 'IncrementCounter', id: 'c1', by: 1 },
          context({ expectedRevision: 0 }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await counters.load('c1')).revision).toBe(1);
  });

  it('upcasts old schema versions when loading', async () => {
    await store.appendToStream(
      'test.counter-c2',
      [
        {
          id: randomUUID(),
          type: 'CounterOpened',
          schemaVersion: 1,
          data: { id: 'c2', max: 7 },
          occurredAt: '2026-01-01T00:00:00.000Z',
          metadata: { actor: 'a', correlationId: 'c' },
        },
      ],
      { expectedRevision: 'no-stream' },
    );
    const schemas = new EventSchemas().register('CounterOpened', 2, {
      1: (data) => {
        const { max, ...rest } = data as { max: number };
        return { ...rest, limit: max };
      },
    });
    const upcasting = new AggregateStore(store, counterDecider, {
      streamPrefix: 'test.counter',
      schemas,
    });
    expect((await upcasting.load('c2')).state.limit).toBe(7);
  });
});
