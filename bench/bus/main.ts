/**
 * Bus throughput and latency, publish → handle, on both adapters, each beside
 * a baseline measured in the same run: raw kafkajs for Kafka (on the real
 * Apache Kafka broker the tests run, KRaft, one node, on loopback), raw better-sqlite3 inserts and reads for the
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
    batch: { type: 'string', default: '100' },
  },
});
const TOTAL = Number(values.messages);
const BATCH = Number(values.batch);
let runs = 0;
/** A fresh topic per measurement, so no run reads another's messages. */
const freshTopic = () => `bench.events-${++runs}`;

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

function messages(topic: string): BusMessage[] {
  return Array.from({ length: TOTAL }, (_, i) => ({
    topic,
    key: `inspection-${i % 100}`,
    value: JSON.stringify({ n: i, title: '问题线索', padding: 'x'.repeat(200) }),
    headers: { ce_id: randomUUID(), ce_type: 'xuncha.bench.Happened.v1' },
  }));
}

/** Paced runs send a batch every PACE_MS: a steady load well under saturation. */
const PACE_MS = 50;
const pause = (paced: boolean) =>
  new Promise((resolve) => (paced ? setTimeout(resolve, PACE_MS) : setImmediate(resolve)));

/** Publishes in batches while one subscriber handles; latency = handled − published, per message. */
async function measureBus(bus: Bus, paced: boolean): Promise<Result> {
  const topic = freshTopic();
  await bus.ensureTopics([topic]);
  const all = messages(topic);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const subscription = await bus.subscribe({
    groupId: `bench-${randomUUID()}`,
    topics: [topic],
    handle: async (message) => {
      latencies.push(performance.now() - sentAt.get(message.headers.ce_id)!);
      if (latencies.length === TOTAL) done();
    },
  });
  // Warm-up: the group has joined and fetches once this first message is handled.
  const warmUp = { ...all[0], headers: { ce_id: 'warm-up', ce_type: 'xuncha.bench.WarmUp.v1' } };
  sentAt.set('warm-up', performance.now());
  await bus.publish([warmUp]);
  while (latencies.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  latencies.length = 0;
  const start = performance.now();
  for (let i = 0; i < TOTAL; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const now = performance.now();
    batch.forEach((m) => sentAt.set(m.headers.ce_id, now));
    await bus.publish(batch);
    await pause(paced);
  }
  await finished;
  const seconds = (performance.now() - start) / 1000;
  await subscription.stop();
  return summarize(latencies, seconds);
}

/** Raw better-sqlite3: insert the batches, a reader polling the table with the same interval. */
async function measureRawSqlite(file: string, paced: boolean): Promise<Result> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE log (offset INTEGER PRIMARY KEY, key TEXT, value TEXT, headers TEXT)');
  const insert = db.prepare('INSERT INTO log (key, value, headers) VALUES (?, ?, ?)');
  const read = db.prepare('SELECT * FROM log WHERE offset > ? ORDER BY offset LIMIT 100');
  const all = messages('raw');
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
    await pause(paced);
  }
  await reader;
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return summarize(latencies, seconds);
}

/** Raw kafkajs: sendBatch of the same batches, one consumer with eachMessage and autocommit. */
async function measureRawKafka(brokers: string[], paced: boolean): Promise<Result> {
  const topic = freshTopic();
  const kafka = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  // The same fetch wait as the adapter's default, for a like-for-like latency.
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 500 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
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
  const all = messages(topic);
  const start = performance.now();
  for (let i = 0; i < TOTAL; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const now = performance.now();
    batch.forEach((m) => sentAt.set(m.headers.ce_id, now));
    await producer.sendBatch({
      acks: -1,
      topicMessages: [
        {
          topic,
          messages: batch.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        },
      ],
    });
    await pause(paced);
  }
  await finished;
  const seconds = (performance.now() - start) / 1000;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return summarize(latencies, seconds);
}

function line(label: string, burst: Result, paced: Result): string {
  const ms = (value: number) => value.toFixed(1).padStart(7);
  return `| ${label.padEnd(33)} | ${Math.round(burst.perSecond).toLocaleString('en').padStart(8)} | ${ms(
    burst.p50,
  )} | ${ms(burst.p99)} | ${ms(paced.p50)} | ${ms(paced.p99)} |`;
}

async function both(measure: (paced: boolean) => Promise<Result>): Promise<[Result, Result]> {
  return [await measure(false), await measure(true)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bench-bus-'));
  const broker = await startTestBroker();
  try {
    const rawSqlite = await both((paced) =>
      measureRawSqlite(join(dir, `raw-${paced}.sqlite`), paced),
    );
    const embedded = new EmbeddedBus(join(dir, 'log.sqlite'));
    const embeddedResult = await both((paced) => measureBus(embedded, paced));
    await embedded.close();

    const rawKafka = await both((paced) => measureRawKafka(broker.brokers, paced));
    const kafka = KafkaBus.connect({ brokers: broker.brokers, clientId: 'bench' });
    const kafkaResult = await both((paced) => measureBus(kafka, paced));
    await kafka.close();

    const rate = Math.round((BATCH * 1000) / PACE_MS).toLocaleString('en');
    console.log(
      `bus, ${TOTAL.toLocaleString('en')} messages of ~300 bytes over 100 keys, batches of ${BATCH}: ` +
        `burst (as fast as publish returns) and paced (${rate} msgs/s)`,
    );
    console.log(
      '| what                              |  burst/s | p50 ms  | p99 ms  | paced p50 | paced p99 |',
    );
    console.log(
      '|-----------------------------------|----------|---------|---------|-----------|-----------|',
    );
    console.log(line('raw better-sqlite3 insert + poll', ...rawSqlite));
    console.log(line('embedded bus (xuncha)', ...embeddedResult));
    console.log(line(`raw kafkajs, Kafka ${broker.version}`, ...rawKafka));
    console.log(line(`Kafka bus (xuncha), Kafka ${broker.version}`, ...kafkaResult));
  } finally {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
