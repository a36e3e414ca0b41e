import { Controller, Get, Module, Param } from '@nestjs/common';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import type { EventStore } from '@xuncha/platform-event-store';
import type { AuditRecorded } from '@xuncha/contracts';
import { Roles } from '../auth/auth.guard';
import { startService, type ServiceHarness } from '../testing/service-harness';
import { AUDIT_STORE, tokenFingerprint } from './audit-trail';
import { Audited } from './audited';

@Controller('records')
@Roles('office')
class RecordsController {
  @Get(':id')
  @Audited('clue.full-read')
  read(@Param('id') id: string) {
    if (id === 'missing') throw new AggregateNotFound('record', id);
    return { id };
  }

  @Get()
  list() {
    return { items: [] };
  }
}

@Module({ controllers: [RecordsController] })
class RecordsModule {}

describe('the audit trail of a service', () => {
  let harness: ServiceHarness;
  let trail: EventStore;
  let office: string;
  const records = async () =>
    (await trail.readAll({ after: 0, maxCount: 1000 })).map((e) => e.data as AuditRecorded);
  const get = (path: string, token = office) =>
    harness.http().get(path).set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    harness = await startService({
      service: 'clue-service',
      title: 'Audit test',
      description: 'test',
      feature: RecordsModule,
    });
    trail = harness.app.get(AUDIT_STORE);
    office = await harness.token('office', '611000', 'office-zhao');
  });
  afterAll(() => harness?.close());

  it('records a successful @Audited call, before answering, and not a refused or failed one', async () => {
    await get('/api/v1/records/missing').expect(404);
    await get('/api/v1/records/r-1').set('x-correlation-id', 'corr-read-1').expect(200);
    await get('/api/v1/records/r-1', await harness.token('analyst', '611000')).expect(403);
    const reads = (await records()).filter((r) => r.action === 'clue.full-read');
    expect(reads).toEqual([
      {
        auditId: expect.any(String),
        action: 'clue.full-read',
        service: 'clue-service',
        actor: { sub: 'office-zhao', roles: ['office'], jurisdiction: '611000' },
        resource: '/api/v1/records/r-1',
        tokenFingerprint: tokenFingerprint(office),
        at: expect.any(String),
        correlationId: 'corr-read-1',
        clientIp: expect.any(String),
      },
    ]);
  });

  it('records each token once an hour, a refused call included, and never the token', async () => {
    await get('/api/v1/records').expect(200);
    const analyst = await harness.token('analyst', '611000', 'analyst-qian');
    await get('/api/v1/records', analyst).expect(403);
    await get('/api/v1/records', analyst).expect(403);
    const uses = (await records()).filter((r) => r.action === 'token.used');
    expect(uses.map((r) => [r.actor.sub, r.tokenFingerprint])).toEqual([
      ['office-zhao', tokenFingerprint(office)],
      ['analyst-611000', expect.any(String)],
      ['analyst-qian', tokenFingerprint(analyst)],
    ]);
    expect(uses[0]).toMatchObject({
      resource: '/api/v1/records/missing',
      token: { issuer: 'xuncha-local' },
    });
    expect(JSON.stringify(await records())).not.toContain(office);
    // The domain store holds none of it.
    expect(await harness.eventStore.headPosition()).toBe(0);
  });

  it('publishes the trail and reports its lag on /health/details and /metrics', async () => {
    const admin = { authorization: `Bearer ${await harness.token('admin', '611000')}` };
    // The admin token's first use is itself a record: made and published before the reading.
    await harness.http().get('/health/details').set(admin).expect(200);
    await harness.settled();
    const health = await harness.http().get('/health/details').set(admin).expect(200);
    expect(health.body.info.auditTrail).toEqual({
      status: 'up',
      head: (await records()).length,
      publisherLag: 0,
    });
    const metrics = await harness.http().get('/metrics').set(admin).expect(200);
    expect(metrics.text).toMatch(/^xuncha_audit_publisher_lag 0$/m);
  });
});
