import { TOPICS } from '@xuncha/contracts';
import type { DeliveredMessage } from '@xuncha/platform-bus';
import { startTestBroker, type TestBroker } from '@xuncha/platform-bus/testing';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { planningService } from './planning.service';

/**
 * With the Kafka brokers down, commands still succeed: the events are stored,
 * and the publisher resumes from its checkpoint once the brokers are back.
 */
describe('planning while the Kafka brokers are down', () => {
  let broker: TestBroker;
  let harness: ServiceHarness;
  let office: string;

  beforeAll(async () => {
    broker = await startTestBroker();
    harness = await startService(planningService, {
      env: { KAFKA_BROKERS: broker.brokers.join(',') },
    });
    office = await harness.token('office', '611000');
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
    await broker?.stop();
  });

  const register = (name: string) =>
    harness
      .http()
      .post('/api/v1/targets')
      .set('authorization', `Bearer ${office}`)
      .send({ name, category: 'university', tier: 'city', jurisdiction: '611000', headcount: 30 });

  async function publishedTargetIds(): Promise<string[]> {
    const messages: DeliveredMessage[] = [];
    await harness.bus.replay(
      [TOPICS.planningEvents],
      async (message) => void messages.push(message),
    );
    return messages
      .filter((m) => m.headers.ce_type === 'xuncha.planning.TargetRegistered.v1')
      .map((m) => (JSON.parse(m.value) as { targetId: string }).targetId);
  }

  async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 45_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('stores commands during the outage and publishes them when the bus returns', async () => {
    const before = await register('商洛学院').expect(201);
    await eventually(
      async () => (await publishedTargetIds()).includes(before.body.id),
      'the first',
    );

    await broker.setDown(true);
    const during = await register('商洛职业技术学院').expect(201);
    const stored = await harness.eventStore.readStream(`planning.target-${during.body.id}`);
    expect(stored.map((e) => e.type)).toEqual(['TargetRegistered']);

    await broker.setDown(false);
    await eventually(
      async () => (await publishedTargetIds()).includes(during.body.id),
      'the target registered during the outage to be published',
    );
    const ids = await publishedTargetIds();
    expect(ids.filter((id) => id === during.body.id)).toHaveLength(1);
  }, 120_000);
});
