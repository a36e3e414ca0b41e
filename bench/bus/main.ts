/**
 * Bus throughput and latency, publish → handle, on both adapters, each beside
 * a baseline measured in the same run: raw kafkajs for Kafka (on the
 * librdkafka mock broker), raw better-sqlite3 inserts and reads for the
 * embedded log. npm run bench:bus [-- --messages 20000 --batch 500]
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { EmbeddedBus, KafkaBus, type Bus, type BusMessage } from '@xuncha/platform-bus';
import { startTestBroker } from '@xuncha/platform-bus/testing';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '500' },
  },
});
const TOTAL = Number(values.messages);
const BATCH = Number(values.batch);
const TOPIC = 'bench.events';

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
}

function summarize(latencies: number[], seconds: number): Result {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { perSecond: TOTAL / seconds, p50: at(0.5), p99: at(0.99) };
}

function messages(): BusMessage[] {
  return Array.from({ length: TOTAL }, (_, i) => ({
    topic: TOPIC,
    key: `inspection-${i % 100}`,
    value: JSON.stringify({ n: i, title: '问题线索', padding: 'x'.repeat(200) }),
    headers: { ce_id: randomUUID(), ce_type: 'xuncha.bench.Happened.v1' },
  }));
}

/** Publishes in batches while one subscriber handles; latency = handled − published, per message. */
async function measureBus(bus: Bus): Promise<Result> {
  const all = messages();
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const subscription = await bus.subscribe({
    groupId: `bench-${randomUUID()}`,
    topics: [TOPIC],
    handle: async (message) => {
      latencies.push(performance.now() - sentAt.get(message.headers.ce_id)!);
      if (latencies.length === TOTAL) done();
    },
  });
  const start = performance.now();
  for (let i = 0; i < TOTAL; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const now = performance.now();
    batch.forEach((m) => sentAt.set(m.headers.ce_id, now));
    await bus.publish(batch);
  }
  await finished;
  const seconds = (performance.now() - start) / 1000;
  await subscription.stop();
  return summarize(latencies, seconds);
}

/** Raw better-sqlite3: insert the batches, a reader polling the table with the same interval. */
async function measureRawSqlite(file: string): Promise<Result> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE log (offset INTEGER PRIMARY KEY, key TEXT, value TEXT, headers TEXT)');
  const insert = db.prepare('INSERT INTO log (key, value, headers) VALUES (?, ?, ?)');
  const read = db.prepare('SELECT * FROM log WHERE offset > ? ORDER BY offset LIMIT 100');
  const all = messages();
  const sentAt: number[] = [];
  const latencies: number[] = [];
  let last = 0;
  const reader = (async () => {
    while (latencies.length < TOTAL) {
      const rows = read.all(last) as Array<{ offset: number; headers: string }>;
      for (const row of rows) {
        JSON.parse(row.headers);
        latencies.push(performance.now() - sentAt[row.offset - 1]);
        last = row.offset;
      }
      if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const start = performance.now();
  for (let i = 0; i < TOTAL; i += BATCH) {
    const now = performance.now();
    db.transaction(() =>
      all.slice(i, i + BATCH).forEach((m, j) => {
        sentAt[i + j] = now;
        insert.run(m.key, m.value, JSON.stringify(m.headers));
      }),
    ).immediate();
    await new Promise((resolve) => setImmediate(resolve));
  }
  await reader;
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return summarize(latencies, seconds);
}

/** Raw kafkajs: sendBatch of the same batches, one consumer with eachMessage and autocommit. */
async function measureRawKafka(brokers: string[]): Promise<Result> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: [TOPIC], fromBeginning: false });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  let ready!: () => void;
  const assigned = new Promise<void>((resolve) => (ready = resolve));
  consumer.on(consumer.events.GROUP_JOIN, () => ready());
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: async ({ message }) => {
      const id = message.headers!.ce_id!.toString();
      if (!sentAt.has(id)) return;
      latencies.push(performance.now() - sentAt.get(id)!);
      if (latencies.length === TOTAL) done();
    },
  });
  await assigned;
  const all = messages();
  const start = performance.now();
  for (let i = 0; i < TOTAL; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const now = performance.now();
    batch.forEach((m) => sentAt.set(m.headers.ce_id, now));
    await producer.sendBatch({
      acks: -1,
      topicMessages: [
        {
          topic: TOPIC,
          messages: batch.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        },
      ],
    });
  }
  await finished;
  const seconds = (performance.now() - start) / 1000;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return summarize(latencies, seconds);
}

function line(label: string, result: Result): string {
  return `| ${label.padEnd(34)} | ${Math.round(result.perSecond).toLocaleString('en').padStart(9)} | ${result.p50
    .toFixed(1)
    .padStart(8)} | ${result.p99.toFixed(1).padStart(8)} |`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bench-bus-'));
  const broker = await startTestBroker([{ name: TOPIC, partitions: 3 }]);
  try {
    const rawSqlite = await measureRawSqlite(join(dir, 'raw.sqlite'));
    const embedded = new EmbeddedBus(join(dir, 'log.sqlite'));
    await embedded.ensureTopics([TOPIC]);
    const embeddedResult = await measureBus(embedded);
    await embedded.close();

    const rawKafka = await measureRawKafka(broker.brokers);
    const kafka = KafkaBus.connect({ brokers: broker.brokers, clientId: 'bench' });
    const kafkaResult = await measureBus(kafka);
    await kafka.close();

    console.log(
      `bus, ${TOTAL.toLocaleString('en')} messages of ~300 bytes over 100 keys, published in batches of ${BATCH}`,
    );
    console.log('| what                               |  msgs/s   | p50 ms   | p99 ms   |');
    console.log('|------------------------------------|-----------|----------|----------|');
    console.log(line('raw better-sqlite3 insert + poll', rawSqlite));
    console.log(line('embedded bus (xuncha)', embeddedResult));
    console.log(line('raw kafkajs, mock broker', rawKafka));
    console.log(line('Kafka bus (xuncha), mock broker', kafkaResult));
  } finally {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
