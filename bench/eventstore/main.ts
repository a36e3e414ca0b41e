/**
 * Event store throughput: our SQLite adapter beside raw better-sqlite3 doing
 * the same work (same table, same pragmas, same transaction per append) in
 * the same run. npm run bench:eventstore [-- --events 20000 --rounds 3]
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { NewEvent } from '@xuncha/platform-kernel';
import { SqliteEventStore } from '@xuncha/platform-event-store';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '3' },
  },
});
const TOTAL = Number(values.events);
const STREAMS = 500;

function makeEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    type: 'FindingRecorded',
    schemaVersion: 1,
    data: {
      title: `问题 ${index}`,
      focusItem: 'P-01-03',
      involvedRank: 'section',
      amount: index * 10,
    },
    occurredAt: new Date().toISOString(),
    metadata: { actor: 'bench', correlationId: randomUUID() },
  }));
}

function time(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function timeAsync(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Raw better-sqlite3: the same schema our store creates, plain inserts, no checks. */
function rawDatabase(file: string) {
  const seed = new SqliteEventStore(file);
  void seed.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insert = db.prepare(
    `INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, occurred_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const append = db.transaction((stream: string, first: number, events: NewEvent[]) => {
    events.forEach((event, index) =>
      insert.run(
        stream,
        first + index,
        event.id,
        event.type,
        event.schemaVersion,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.occurredAt,
      ),
    );
  });
  return { db, append };
}

async function measure(batchSize: number, dir: string) {
  const events = makeEvents(TOTAL);
  const batches = Array.from({ length: TOTAL / batchSize }, (_, index) =>
    events.slice(index * batchSize, (index + 1) * batchSize),
  );

  const raw = rawDatabase(join(dir, `raw-${batchSize}.sqlite`));
  const rawRevisions = new Map<string, number>();
  const rawSeconds = time(() => {
    batches.forEach((batch, index) => {
      const stream = `bench.stream-${index % STREAMS}`;
      const next = rawRevisions.get(stream) ?? 0;
      raw.append.immediate(stream, next, batch);
      rawRevisions.set(stream, next + batch.length);
    });
  });

  const store = new SqliteEventStore(join(dir, `store-${batchSize}.sqlite`));
  const revisions = new Map<string, number>();
  const storeSeconds = await timeAsync(async () => {
    for (const [index, batch] of batches.entries()) {
      const stream = `bench.stream-${index % STREAMS}`;
      const expected = revisions.get(stream) ?? 'no-stream';
      const { revision } = await store.appendToStream(stream, batch, {
        expectedRevision: expected,
      });
      revisions.set(stream, revision);
    }
  });

  const rawRead = raw.db.prepare(
    'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
  );
  const rawReadSeconds = time(() => {
    let after = 0;
    for (;;) {
      const rows = rawRead.all(after, 1000) as Array<{
        position: number;
        data: string;
        metadata: string;
      }>;
      if (rows.length === 0) break;
      rows.forEach((row) => {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
      });
      after = rows[rows.length - 1].position;
    }
  });
  const storeReadSeconds = await timeAsync(async () => {
    let after = 0;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) break;
      after = page[page.length - 1].globalPosition;
    }
  });
  raw.db.close();
  await store.close();
  return { rawSeconds, storeSeconds, rawReadSeconds, storeReadSeconds };
}

function row(label: string, rawSeconds: number, storeSeconds: number): string {
  const rawRate = TOTAL / rawSeconds;
  const storeRate = TOTAL / storeSeconds;
  return `| ${label.padEnd(30)} | ${Math.round(rawRate).toLocaleString('en').padStart(10)} | ${Math.round(
    storeRate,
  )
    .toLocaleString('en')
    .padStart(10)} | ${(storeRate / rawRate).toFixed(2).padStart(5)} |`;
}

/** Best of several rounds, raw and store taking turns, so neither gets the cold start alone. */
async function best(batchSize: number, dir: string, rounds: number) {
  const results: Array<Awaited<ReturnType<typeof measure>>> = [];
  for (let round = 0; round < rounds; round++) {
    const roundDir = mkdtempSync(join(dir, `round-${round}-`));
    results.push(await measure(batchSize, roundDir));
  }
  const min = (key: keyof (typeof results)[number]) => Math.min(...results.map((r) => r[key]));
  return {
    rawSeconds: min('rawSeconds'),
    storeSeconds: min('storeSeconds'),
    rawReadSeconds: min('rawReadSeconds'),
    storeReadSeconds: min('storeReadSeconds'),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bench-'));
  const rounds = Number(values.rounds);
  try {
    const single = await best(1, dir, rounds);
    const batched = await best(100, dir, rounds);
    console.log(
      `event store, ${TOTAL.toLocaleString('en')} events over ${STREAMS} streams, events/s, best of ${rounds} rounds`,
    );
    console.log('| what                           |   raw SQL  |   store    | ratio |');
    console.log('|--------------------------------|------------|------------|-------|');
    console.log(row('append, 1 event per append', single.rawSeconds, single.storeSeconds));
    console.log(row('append, 100 events per append', batched.rawSeconds, batched.storeSeconds));
    console.log(row('read all, pages of 1000', batched.rawReadSeconds, batched.storeReadSeconds));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
