import { TOPICS } from '@xuncha/contracts';
import { createBus, type DeliveredMessage } from '@xuncha/platform-bus';
import { startTestBroker, type TestBroker } from '@xuncha/platform-bus/testing';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { planningService } from './planning.service';

/**
 * A broker that lets in SCRAM-SHA-512 users only, and the service connecting with the
 * KAFKA_SASL_* variables as deploy/ sets them.
 */
describe('planning on a Kafka broker that requires SASL/SCRAM', () => {
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
    broker = await startTestBroker({ scramUser: user });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
    await broker?.stop();
  });

  it('publishes what it stores when its SCRAM credentials are right', async () => {
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
    const deadline = Date.now() + 30_000;
    let ids: string[] = [];
    while (!ids.includes(registered.body.id) && Date.now() < deadline) {
      const messages: DeliveredMessage[] = [];
      await harness.bus.replay([TOPICS.planningEvents], async (m) => void messages.push(m));
      ids = messages.map((m) => (JSON.parse(m.value) as { targetId?: string }).targetId ?? '');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(ids).toContain(registered.body.id);
  }, 60_000);

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
