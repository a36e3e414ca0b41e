import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TOPICS, findIntegrationEvent } from '@xuncha/contracts';
import { toBusMessage } from '@xuncha/platform-bus';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import { startService, type ServiceHarness } from '../testing/service-harness';

const REGISTERED = 'xuncha.planning.TargetRegistered.v1';

/** A read model of registered targets by jurisdiction: enough to watch the runtime work. */
const targets: ProjectionDefinition = {
  name: 'targets',
  collections: ['targets'],
  handlers: {
    [REGISTERED]: (data: { targetId: string; jurisdiction: string }, context) =>
      context.put('targets', { _id: data.targetId, jurisdiction: data.jurisdiction }),
  },
};
/** A second, slow projection (a millisecond a message): its rebuild takes long enough to be seen running. */
const jurisdictions: ProjectionDefinition = {
  name: 'jurisdictions',
  collections: ['jurisdictions'],
  handlers: {
    [REGISTERED]: async (data: { jurisdiction: string }, context) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      context.put('jurisdictions', { _id: data.jurisdiction });
    },
  },
};

const registered = (count: number) => {
  const example = findIntegrationEvent(REGISTERED)!.example as { targetId: string };
  return Array.from({ length: count }, () => randomUUID()).map((targetId) =>
    toBusMessage(TOPICS.planningEvents, {
      id: randomUUID(),
      type: REGISTERED,
      source: 'xuncha/planning-service',
      subject: targetId,
      time: new Date().toISOString(),
      correlationId: randomUUID(),
      data: { ...example, targetId },
    }),
  );
};

@Module({})
class EmptyModule {}

describe('projections in a service', () => {
  let harness: ServiceHarness;
  let admin: string;

  beforeAll(async () => {
    harness = await startService(
      {
        service: 'query-service',
        title: 'Projection test',
        description: 'test',
        feature: EmptyModule,
        projections: [targets, jurisdictions],
      },
      { env: { ROOT_JURISDICTION: '610000' } },
    );
    admin = await harness.token('admin', '610000');
    await harness.bus.publish(registered(3));
    await harness.settled();
  });
  afterAll(() => harness.close());

  it('folds the topic into its documents', async () => {
    expect(await harness.readModels.count('targets')).toBe(3);
  });

  it('reports its lag on /health/details and as a Prometheus metric, to an admin', async () => {
    const auth = { authorization: `Bearer ${admin}` };
    const health = await harness.http().get('/health/details').set(auth).expect(200);
    expect(health.body.info.projections).toEqual({
      status: 'up',
      targets: { lag: 0 },
      jurisdictions: { lag: 0 },
    });
    expect(health.body.info.bus).toMatchObject({ status: 'up', adapter: 'embedded' });
    const metrics = await harness.http().get('/metrics').set(auth).expect(200);
    expect(metrics.text).toMatch(/^xuncha_projection_lag\{projection="targets"\} 0$/m);
    expect(metrics.text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('lists projections and rebuilds one for an admin, to the same documents', async () => {
    const before = await harness.readModels.find('targets', { sort: { _id: 1 } });
    const list = await harness
      .http()
      .get('/api/v1/admin/projections')
      .set('authorization', `Bearer ${admin}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      { name: 'targets', generation: 0, running: true, lag: 0 },
      { name: 'jurisdictions', generation: 0, running: true, lag: 0 },
    ]);

    const rebuilt = await harness
      .http()
      .post('/api/v1/admin/projections/targets/rebuild')
      .set('authorization', `Bearer ${admin}`)
      .expect(202);
    expect(rebuilt.body).toMatchObject({ name: 'targets', generation: 1, running: true });
    await harness.settled();
    expect(await harness.readModels.find('targets', { sort: { _id: 1 } })).toEqual(before);
  });

  it('refuses rebuilds to other roles and unknown projections', async () => {
    const office = await harness.token('office', '610000');
    await harness
      .http()
      .post('/api/v1/admin/projections/targets/rebuild')
      .set('authorization', `Bearer ${office}`)
      .expect(403);
    await harness
      .http()
      .post('/api/v1/admin/projections/nothing/rebuild')
      .set('authorization', `Bearer ${admin}`)
      .expect(404)
      .expect('content-type', /problem\+json/);
  });

  it('refuses rebuilds to an admin below the root jurisdiction (ROOT_JURISDICTION)', async () => {
    const county = await harness.token('admin', '611002');
    const response = await harness
      .http()
      .post('/api/v1/admin/projections/targets/rebuild')
      .set('authorization', `Bearer ${county}`)
      .expect(403)
      .expect('content-type', /problem\+json/);
    expect(response.body.detail).toMatch(/root jurisdiction 610000/);
  });

  it('runs one rebuild at a time: 409 problem+json while one has not caught up', async () => {
    await harness.bus.publish(registered(1500));
    await harness.settled(60_000);
    const rebuild = (name: string) =>
      harness
        .http()
        .post(`/api/v1/admin/projections/${name}/rebuild`)
        .set('authorization', `Bearer ${admin}`);
    const started = await rebuild('jurisdictions').expect(202);
    expect(started.body.lag).toBeGreaterThan(0);
    for (const name of ['targets', 'jurisdictions']) {
      const refused = await rebuild(name)
        .expect(409)
        .expect('content-type', /problem\+json/);
      expect(refused.body.detail).toMatch(
        /jurisdictions is being rebuilt .* one rebuild at a time/,
      );
    }
    // Once it has caught up, the next may start.
    await harness.settled(60_000);
    await rebuild('targets').expect(202);
    await harness.settled(60_000);
    expect(await harness.readModels.count('targets')).toBe(1503);
  }, 90_000);
});
