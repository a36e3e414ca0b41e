import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  ResourcePatternTypes,
  logLevel,
  type AclEntry,
  type SASLOptions,
} from 'kafkajs';
import { parseAllDocuments } from 'yaml';
import { ALL_TOPICS, TOPICS } from '@xuncha/contracts';
import { KafkaBus, createBus, type DeliveredMessage } from '@xuncha/platform-bus';
import { startTestBroker, type TestBroker } from '@xuncha/platform-bus/testing';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { planningService } from './planning.service';

/** The Strimzi KafkaUser of the planning service in deploy/, with its ACLs. */
interface KafkaUser {
  metadata: { name: string };
  spec: {
    authorization: {
      acls: Array<{
        resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' | 'prefix' };
        operations: string[];
      }>;
    };
  };
}

/** The ACLs deploy/k8s/data/kafka-users.yaml grants `user`, as Kafka ACL entries. */
function deployedAcls(user: string): AclEntry[] {
  const file = join(__dirname, '..', '..', '..', 'deploy', 'k8s', 'data', 'kafka-users.yaml');
  const users = parseAllDocuments(readFileSync(file, 'utf8')).map(
    (document) => document.toJS() as KafkaUser,
  );
  const found = users.find((entry) => entry?.metadata?.name === user);
  if (!found) throw new Error(`no KafkaUser ${user} in ${file}`);
  return found.spec.authorization.acls.flatMap(({ resource, operations }) =>
    operations.map((operation) => ({
      resourceType: resource.type === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
      resourceName: resource.name,
      resourcePatternType:
        resource.patternType === 'prefix'
          ? ResourcePatternTypes.PREFIXED
          : ResourcePatternTypes.LITERAL,
      principal: `User:${user}`,
      host: '*',
      operation: AclOperationTypes[operation.toUpperCase() as keyof typeof AclOperationTypes],
      permissionType: AclPermissionTypes.ALLOW,
    })),
  );
}

/**
 * A broker that lets in SCRAM-SHA-512 users only and authorizes by ACLs, with the
 * planning service's user granted exactly what deploy/ grants it; the service connects
 * with the KAFKA_SASL_* variables as deploy/ sets them.
 */
describe('planning on a Kafka broker that requires SASL/SCRAM and authorizes by ACLs', () => {
  const user = { username: 'planning-service', password: 'planning-secret-0123' };
  let broker: TestBroker;
  let harness: ServiceHarness | undefined;

  const env = (password: string) => ({
    KAFKA_BROKERS: broker.brokers.join(','),
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: user.username,
    KAFKA_SASL_PASSWORD: password,
  });
  beforeAll(async () => {
    broker = await startTestBroker({ scramUser: user, acls: true });
    // As deploy/'s topics job and user operator do: the topics, then the user's ACLs.
    const admin = new Kafka({
      brokers: broker.brokers,
      sasl: { ...broker.admin! } as SASLOptions,
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: ALL_TOPICS.map((topic) => ({ topic, numPartitions: 3 })),
        waitForLeaders: true,
      });
      await admin.createAcls({ acl: deployedAcls(user.username) });
    } finally {
      await admin.disconnect();
    }
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
    await broker?.stop();
  });

  it('publishes what it stores with its SCRAM credentials and its deployed ACLs', async () => {
    harness = await startService(planningService, { env: env(user.password) });
    const office = await harness.token('office', '611000');
    const registered = await harness
      .http()
      .post('/api/v1/targets')
      .set('authorization', `Bearer ${office}`)
      .send({
        name: '商洛学院',
        category: 'university',
        tier: 'city',
        jurisdiction: '611000',
        headcount: 30,
      })
      .expect(201);
    // Read as the admin: the planning service may write its topic, not read it.
    const reader = createBus({
      dataDir: '.',
      clientId: 'test-reader',
      kafkaBrokers: broker.brokers,
      kafkaSasl: broker.admin,
    });
    try {
      const deadline = Date.now() + 30_000;
      let ids: string[] = [];
      while (!ids.includes(registered.body.id) && Date.now() < deadline) {
        const messages: DeliveredMessage[] = [];
        await reader.replay([TOPICS.planningEvents], async (m) => void messages.push(m));
        ids = messages.map((m) => (JSON.parse(m.value) as { targetId?: string }).targetId ?? '');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(ids).toContain(registered.body.id);
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('may neither create nor write a topic its ACLs do not grant', async () => {
    const logged: string[] = [];
    const bus = KafkaBus.connect({
      brokers: broker.brokers,
      clientId: 'planning-service',
      sasl: { mechanism: 'scram-sha-512', ...user },
      log: (level, text) => void logged.push(`${level}: ${text}`),
    });
    try {
      await expect(
        bus.publish([{ topic: TOPICS.clueEvents, key: 'k', value: '{}', headers: {} }]),
      ).rejects.toThrow(/authoriz/i);
      // The topic exists, but the user may not even see it: it tried to create it, refused.
      expect(logged).toContainEqual(
        expect.stringMatching(new RegExp(`^warn: could not create topics ${TOPICS.clueEvents} `)),
      );
    } finally {
      await bus.close().catch(() => undefined);
    }
  }, 30_000);

  it('is refused with a wrong password', async () => {
    const bus = createBus({
      dataDir: '.',
      clientId: 'planning-service',
      kafkaBrokers: broker.brokers,
      kafkaSasl: { mechanism: 'scram-sha-512', username: user.username, password: 'wrong' },
    });
    try {
      await expect(bus.ensureTopics([TOPICS.planningEvents])).rejects.toThrow(
        /SASL SCRAM SHA512 authentication failed/,
      );
    } finally {
      await bus.close().catch(() => undefined);
    }
  }, 60_000);
});
