// Jest's global setup: the servers the suites share, started once per run. Each suite uses
// names of its own on them (topics, groups, databases), so suites never see each other's data.
import {
  SHARED_BROKER_ENV,
  SHARED_BROKER_VERSION_ENV,
  startTestBroker,
  type TestBroker,
} from '../../libs/platform/bus/src/kafka/test-broker/test-broker';
import { startMongoJavaServer } from './mongo-java-server';

/** Where the test workers find the mongo-java-server the read-model suite runs on. */
export const MONGO_JAVA_SERVER_ENV = 'XUNCHA_TEST_MONGO_JAVA_SERVER_URI';

declare global {
  var xunchaTestServers: { stop(): Promise<void> }[] | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const [broker, mongo]: [TestBroker, Awaited<ReturnType<typeof startMongoJavaServer>>] =
    await Promise.all([startTestBroker(), startMongoJavaServer()]);
  globalThis.xunchaTestServers = [broker, mongo];
  // Test workers start after this and inherit the environment.
  process.env[SHARED_BROKER_ENV] = broker.brokers.join(',');
  process.env[SHARED_BROKER_VERSION_ENV] = broker.version;
  process.env[MONGO_JAVA_SERVER_ENV] = mongo.uri;
  process.env.XUNCHA_TEST_MONGO_JAVA_SERVER_VERSION = mongo.version;
  process.stdout.write(
    `\ntest servers: Apache Kafka ${broker.version} (KRaft, one node) at ${broker.brokers.join(',')}, ` +
      `mongo-java-server ${mongo.version} (not MongoDB) at ${mongo.uri}` +
      ` (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
