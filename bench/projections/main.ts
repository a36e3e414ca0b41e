/**
 * Projections: a rebuild from N events (folded through the whole runtime:
 * bus, CloudEvents, contract validation, dedupe, store commit with its
 * checkpoint), the same rebuild from the service's own event store (the
 * source of its own views: no bus, no validation, no dedupe), beside the same fold written straight into raw better-sqlite3
 * in the same run; the cost of an `asOf` answer (a full replay into a scratch
 * store); and the end-to-end lag from an append in the event store to the
 * document being queryable, at a paced rate.
 * npm run bench:projections [-- --events 100000]
 */
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TOPICS, findIntegrationEvent, validateIntegrationPayload } from '@xuncha/contracts';
import {
  EmbeddedBus,
  integrationPublisher,
  toBusMessage,
  type BusMessage,
} from '@xuncha/platform-bus';
import { SqliteEventStore } from '@xuncha/platform-event-store';
import {
  ProjectionRunner,
  type EventStoreProjectionDefinition,
  type ProjectionDefinition,
  type ProjectionHandler,
} from '@xuncha/platform-projections';
import { EmbeddedReadModelStore, type Doc } from '@xuncha/platform-read-models';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    'lag-seconds': { type: 'string', default: '10' },
  },
});
const TOTAL = Number(values.events);
const FOUND = 'xuncha.inspection.FindingRecorded.v1';
const example = findIntegrationEvent(FOUND)!.example as Record<string, unknown>;
const options = {
  service: 'bench',
  topicOf: () => TOPICS.inspectionEvents,
  validate: validateIntegrationPayload,
};

const uuid = (seed: string) => {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** One put and one read-modify-write per finding, whatever the source. */
const foldFinding: ProjectionHandler<unknown> = async (
  data: { findingId: string; inspectionId: string; focusItem: string },
  context,
) => {
  context.put('problems', {
    _id: data.findingId,
    inspectionId: data.inspectionId,
    focusItem: data.focusItem,
  });
  const counts = await context.get<Doc & { findings: number }>(
    'inspection-counts',
    data.inspectionId,
  );
  context.put('inspection-counts', {
    _id: data.inspectionId,
    findings: (counts?.findings ?? 0) + 1,
  });
};

/** A problems ledger and per-inspection counts, from the bus. */
const ledger: ProjectionDefinition = {
  name: 'problems',
  collections: ['problems', 'inspection-counts'],
  handlers: { [FOUND]: foldFinding },
};

/** The same ledger folded from the domain events `FindingRecorded` of the own store. */
const ownLedger: EventStoreProjectionDefinition = {
  ...ledger,
  name: 'own-problems',
  source: { kind: 'event-store', streamPrefixes: ['inspection.inspection'] },
  handlers: { FindingRecorded: foldFinding },
};

function findings(count: number): BusMessage[] {
  return Array.from({ length: count }, (_, i) => {
    const inspectionId = uuid(`inspection-${i % 500}`);
    return toBusMessage(TOPICS.inspectionEvents, {
      id: randomUUID(),
      type: FOUND,
      source: 'xuncha/inspection-service',
      subject: inspectionId,
      time: new Date().toISOString(),
      correlationId: randomUUID(),
      data: { ...example, findingId: uuid(`finding-${i}`), inspectionId },
    });
  });
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The same fold without the runtime: parse, validate, write both documents, in batches of 1000. */
function rawFold(file: string, messages: BusMessage[]): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE docs (collection TEXT, id TEXT, doc TEXT, PRIMARY KEY (collection, id))');
  const put = db.prepare('INSERT OR REPLACE INTO docs VALUES (?, ?, ?)');
  const counts = new Map<string, number>();
  const start = performance.now();
  for (let i = 0; i < messages.length; i += 1000) {
    db.transaction(() => {
      for (const message of messages.slice(i, i + 1000)) {
        const data = JSON.parse(message.value) as {
          findingId: string;
          inspectionId: string;
          focusItem: string;
        };
        if (validateIntegrationPayload(FOUND, data).length > 0) throw new Error('invalid');
        put.run(
          'problems',
          data.findingId,
          JSON.stringify({ inspectionId: data.inspectionId, focusItem: data.focusItem }),
        );
        const findings = (counts.get(data.inspectionId) ?? 0) + 1;
        counts.set(data.inspectionId, findings);
        put.run('inspection-counts', data.inspectionId, JSON.stringify({ findings }));
      }
    })();
  }
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return seconds;
}

async function rebuildAndAsOf(dir: string) {
  const messages = findings(TOTAL);
  const rawSeconds = rawFold(join(dir, 'raw.sqlite'), messages);

  const bus = new EmbeddedBus(join(dir, 'bus.sqlite'));
  for (let i = 0; i < messages.length; i += 5000) await bus.publish(messages.slice(i, i + 5000));
  const store = new EmbeddedReadModelStore(join(dir, 'read-models.sqlite'));
  const runner = new ProjectionRunner(bus, store, ledger, options);
  const start = performance.now();
  await runner.start();
  await waitFor(async () => (await runner.status()).lag === 0);
  const rebuildSeconds = (performance.now() - start) / 1000;
  const documents = await store.count('problems');

  const asOfStart = performance.now();
  const past = await runner.asOf(new Date());
  const asOfSeconds = (performance.now() - asOfStart) / 1000;
  await past.close();
  await runner.stop();
  await bus.close();
  await store.close();
  return { rawSeconds, rebuildSeconds, asOfSeconds, documents };
}

/** The findings as domain events in the own store, 100 per append; then a rebuild from it. */
async function ownStoreRebuild(dir: string) {
  const events = new SqliteEventStore(join(dir, 'own-events.sqlite'));
  const messages = findings(TOTAL);
  for (let i = 0; i < messages.length; i += 100) {
    const batch = messages.slice(i, i + 100).map((message) => ({
      id: randomUUID(),
      type: 'FindingRecorded',
      schemaVersion: 1,
      data: JSON.parse(message.value) as unknown,
      occurredAt: new Date().toISOString(),
      metadata: { actor: 'bench', correlationId: randomUUID() },
    }));
    await events.appendToStream(`inspection.inspection-${uuid(`own-${i / 100}`)}`, batch, {
      expectedRevision: 'no-stream',
    });
  }
  const bus = new EmbeddedBus(join(dir, 'own-bus.sqlite'));
  const store = new EmbeddedReadModelStore(join(dir, 'own-read-models.sqlite'));
  const runner = new ProjectionRunner(bus, store, ownLedger, { ...options, eventStore: events });
  const start = performance.now();
  await runner.start();
  await waitFor(async () => (await runner.status()).lag === 0);
  const seconds = (performance.now() - start) / 1000;
  const documents = await store.count('problems');
  await runner.stop();
  await Promise.all([bus.close(), store.close(), events.close()]);
  return { seconds, documents };
}

/** Appends at a steady rate; lag = document committed (queryable) − append started. */
async function endToEndLag(dir: string, seconds: number) {
  const events = new SqliteEventStore(join(dir, 'lag-events.sqlite'));
  const bus = new EmbeddedBus(join(dir, 'lag-bus.sqlite'));
  const store = new EmbeddedReadModelStore(join(dir, 'lag-read-models.sqlite'));
  const appendedAt = new Map<string, number>();
  const lags: number[] = [];
  const commit = store.commit.bind(store);
  store.commit = async (changes, checkpoint) => {
    const applied = await commit(changes, checkpoint);
    const now = performance.now();
    for (const change of changes) {
      const started =
        change.kind === 'put' && change.collection === 'problems' && appendedAt.get(change.doc._id);
      if (started) lags.push(now - started);
    }
    return applied;
  };
  const publisher = integrationPublisher(events, bus, {
    source: 'xuncha/inspection-service',
    map: (event) => [
      {
        topic: TOPICS.inspectionEvents,
        type: FOUND,
        key: (event.data as { inspectionId: string }).inspectionId,
        data: event.data,
      },
    ],
  }).start();
  const runner = new ProjectionRunner(bus, store, ledger, { ...options, service: 'bench-lag' });
  await runner.start();
  const rate = 200;
  const count = rate * seconds;
  for (let i = 0; i < count; i++) {
    const findingId = randomUUID();
    const inspectionId = uuid(`lag-inspection-${i % 20}`);
    appendedAt.set(findingId, performance.now());
    await events.appendToStream(
      `inspection.inspection-${inspectionId}`,
      [
        {
          id: randomUUID(),
          type: 'FindingRecorded',
          schemaVersion: 1,
          data: { ...example, findingId, inspectionId },
          occurredAt: new Date().toISOString(),
          metadata: { actor: 'bench', correlationId: randomUUID() },
        },
      ],
      { expectedRevision: 'any' },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
  }
  await waitFor(async () => lags.length === count);
  await runner.stop();
  await publisher.stop();
  await Promise.all([bus.close(), store.close(), events.close()]);
  const sorted = [...lags].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { rate, count, p50: at(0.5), p99: at(0.99) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bench-projections-'));
  try {
    const rebuild = await rebuildAndAsOf(dir);
    const own = await ownStoreRebuild(dir);
    const lag = await endToEndLag(dir, Number(values['lag-seconds']));
    const rate = (seconds: number) => Math.round(TOTAL / seconds).toLocaleString('en');
    console.log(
      `projections, ${TOTAL.toLocaleString('en')} FindingRecorded events over 500 inspections`,
    );
    console.log('| what                                          | seconds | events/s |');
    console.log('|-----------------------------------------------|---------|----------|');
    console.log(
      `| raw fold: parse, validate, 2 writes (SQLite)  | ${rebuild.rawSeconds.toFixed(2).padStart(7)} | ${rate(rebuild.rawSeconds).padStart(8)} |`,
    );
    console.log(
      `| rebuild through the projection runtime        | ${rebuild.rebuildSeconds.toFixed(2).padStart(7)} | ${rate(rebuild.rebuildSeconds).padStart(8)} |`,
    );
    console.log(
      `| rebuild from the own event store              | ${own.seconds.toFixed(2).padStart(7)} | ${rate(own.seconds).padStart(8)} |`,
    );
    console.log(
      `| asOf answer (full replay into scratch store)  | ${rebuild.asOfSeconds.toFixed(2).padStart(7)} | ${rate(rebuild.asOfSeconds).padStart(8)} |`,
    );
    console.log(
      `documents folded: ${rebuild.documents.toLocaleString('en')} (own store: ${own.documents.toLocaleString('en')}); ratio runtime/raw: ${(rebuild.rawSeconds / rebuild.rebuildSeconds).toFixed(2)}`,
    );
    console.log(
      `end-to-end lag, append → queryable, ${lag.count} events at ${lag.rate}/s: p50 ${lag.p50.toFixed(1)} ms, p99 ${lag.p99.toFixed(1)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
