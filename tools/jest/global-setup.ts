// Jest's global setup: the servers the suites share, started once per run. Each suite uses
// names of its own on them (topics, groups, databases), so suites never see each other's data.
import {
  SHARED_BROKER_ENV,
  SHARED_BROKER_VERSION_ENV,
  startTestBroker,
  type TestBroker,
} from '../../libs/platform/bus/src/kafka/test-broker/test-broker';

declare global {
  var xunchaTestServers: { stop(): Promise<void> }[] | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const broker: TestBroker = await startTestBroker();
  globalThis.xunchaTestServers = [broker];
  // Test workers start after this and inherit the environment.
  process.env[SHARED_BROKER_ENV] = broker.brokers.join(',');
  process.env[SHARED_BROKER_VERSION_ENV] = broker.version;
  process.stdout.write(
    `\ntest servers: Apache Kafka ${broker.version} (KRaft, one node) at ${broker.brokers.join(',')}` +
      ` (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
