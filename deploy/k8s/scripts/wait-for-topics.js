'use strict';
// Init container of every xuncha service (deploy/k8s): waits until each topic in
// XUNCHA_TOPICS exists on KAFKA_BROKERS with at least XUNCHA_TOPIC_PARTITIONS
// partitions. Without this wait a service started before the topics Job (or the
// Strimzi KafkaTopic resources) would create the topics itself, and its Kafka
// adapter creates them with 3 partitions and the broker's default settings.
//
// Runs with the service's own image (working directory /app), so kafkajs is found
// in /app/node_modules; nothing else is needed. Exits 0 when every topic is ready,
// 1 after WAIT_TIMEOUT_SECONDS (default 900) with the reason, 2 on a bad setting.
//
// Connects as the service does: KAFKA_SSL=true for TLS (the CA from
// NODE_EXTRA_CA_CERTS, as for the service), KAFKA_SASL_MECHANISM (scram-sha-256 or
// scram-sha-512) with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD. With ACLs the
// service's user sees only the topics it may describe: XUNCHA_TOPICS lists those.
const kafkajs = require(require.resolve('kafkajs', { paths: [process.cwd()] }));

const brokers = (process.env.KAFKA_BROKERS || '').split(',').filter(Boolean);
const topics = (process.env.XUNCHA_TOPICS || '')
  .split(',')
  .map((topic) => topic.trim())
  .filter(Boolean);
const partitions = Number(process.env.XUNCHA_TOPIC_PARTITIONS || '6');
const timeoutMs = Number(process.env.WAIT_TIMEOUT_SECONDS || '900') * 1000;
const pauseMs = Number(process.env.WAIT_PAUSE_SECONDS || '5') * 1000;
const ssl = process.env.KAFKA_SSL === 'true';
const mechanism = process.env.KAFKA_SASL_MECHANISM || '';
const sasl = mechanism
  ? {
      mechanism,
      username: process.env.KAFKA_SASL_USERNAME || '',
      password: process.env.KAFKA_SASL_PASSWORD || '',
    }
  : undefined;

/** What is still wrong, one entry per topic; empty when every topic is ready. */
async function problems(admin) {
  const existing = new Set(await admin.listTopics());
  const absent = topics.filter((topic) => !existing.has(topic));
  if (absent.length > 0) return absent.map((topic) => `${topic} does not exist`);
  const { topics: found } = await admin.fetchTopicMetadata({ topics });
  return found
    .filter((topic) => topic.partitions.length < partitions)
    .map((topic) => `${topic.name} has ${topic.partitions.length} partitions, not ${partitions}`);
}

async function main() {
  if (brokers.length === 0 || topics.length === 0 || !(partitions >= 1)) {
    console.error('wait-for-topics: set KAFKA_BROKERS, XUNCHA_TOPICS and XUNCHA_TOPIC_PARTITIONS');
    process.exit(2);
  }
  if (
    sasl &&
    (!['scram-sha-256', 'scram-sha-512'].includes(mechanism) || !sasl.username || !sasl.password)
  ) {
    console.error(
      'wait-for-topics: KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512, ' +
        'with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD',
    );
    process.exit(2);
  }
  const kafka = new kafkajs.Kafka({
    clientId: 'xuncha-wait-for-topics',
    brokers,
    ...(ssl && { ssl: true }),
    ...(sasl && { sasl }),
    connectionTimeout: 3000,
    retry: { retries: 1 },
    logLevel: kafkajs.logLevel.NOTHING,
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let reason;
    const admin = kafka.admin();
    try {
      await admin.connect();
      const wrong = await problems(admin);
      if (wrong.length === 0) {
        console.log(
          `wait-for-topics: ${topics.length} topics ready (${partitions}+ partitions each)`,
        );
        return;
      }
      reason = wrong.join('; ');
    } catch (error) {
      reason = `Kafka at ${brokers.join(',')} did not answer: ${error.message}`;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    if (Date.now() >= deadline) {
      console.error(`wait-for-topics: gave up: ${reason}`);
      process.exit(1);
    }
    console.log(`wait-for-topics: waiting: ${reason}`);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`wait-for-topics: ${error.stack || error}`);
    process.exit(1);
  },
);
