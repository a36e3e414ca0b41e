import ExcelJS from 'exceljs';
import { createHash, randomUUID } from 'node:crypto';
import type request from 'supertest';
import { ROLES } from '@xuncha/platform-nest';
import { startService, type ServiceHarness } from '@xuncha/platform-nest/testing';
import { queryService } from '../query.service';
import { EventFeed } from '../testing/event-feed';

const fingerprint = (token: string) =>
  createHash('sha256').update(token).digest('hex').slice(0, 32);

/** The whole body as a Buffer, whatever the content type. */
function binary(call: request.Test): request.Test {
  return call.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/**
 * The audit trail end to end in the query service: an analyst's token use and
 * ledger exports are recorded in the service's audit store, published on
 * xuncha.audit, projected, and served to admins only (issue #12).
 */
describe('audit trail', () => {
  let harness: ServiceHarness;
  let analyst: string;
  let admin: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const audit = (query: string, token = admin) =>
    harness.http().get(`/api/v1/audit?${query}`).set(bearer(token));

  beforeAll(async () => {
    harness = await startService(queryService);
    const feed = new EventFeed('2026-05-10T10:00:00+08:00');
    for (const jurisdiction of ['611000', '611000', '611002']) {
      feed.add('inspection.FindingRecorded', {
        findingId: randomUUID(),
        inspectionId: randomUUID(),
        targetId: randomUUID(),
        jurisdiction,
      });
    }
    await feed.flush(harness.bus);
    await harness.settled();
    analyst = await harness.token('analyst', '611000', 'analyst-wang');
    admin = await harness.token('admin', '611000', 'admin-li');
  });
  afterAll(() => harness?.close());

  it('records CSV and XLSX exports with their row counts and the token use, for admins', async () => {
    const path = '/api/v1/ledgers/problems';
    const csv = await binary(
      harness.http().get(`${path}?format=csv&jurisdiction=611000`).set(bearer(analyst)),
    ).expect(200);
    const csvRows = (csv.body as Buffer).toString('utf8').split('\r\n').filter(Boolean).length - 1;
    const xlsx = await binary(
      harness.http().get(`${path}?format=xlsx&tier=city&limit=1`).set(bearer(analyst)),
    ).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    const xlsxRows = workbook.worksheets[0].rowCount - 1;
    expect([csvRows, xlsxRows]).toEqual([3, 3]);
    // A page of JSON is a read like any other: not an export.
    await harness.http().get(path).set(bearer(analyst)).expect(200);
    await harness.settled();

    const exports = await audit('action=ledger.exported').expect(200);
    const common = {
      action: 'ledger.exported',
      service: 'query-service',
      actor: { sub: 'analyst-wang', roles: ['analyst'], jurisdiction: '611000' },
      resource: path,
      tokenFingerprint: fingerprint(analyst),
      correlationId: expect.any(String),
      auditId: expect.any(String),
      at: expect.any(String),
    };
    // Newest first.
    expect(exports.body.items).toEqual([
      expect.objectContaining({
        ...common,
        export: { ledger: 'problems', format: 'xlsx', filters: 'tier=city', rows: xlsxRows },
      }),
      expect.objectContaining({
        ...common,
        export: { ledger: 'problems', format: 'csv', filters: 'jurisdiction=611000', rows: 3 },
      }),
    ]);

    // Three calls with one token: one record of its use at this service this hour.
    const used = await audit('action=token.used&actor=analyst-wang').expect(200);
    expect(used.body.items).toEqual([
      expect.objectContaining({
        action: 'token.used',
        service: 'query-service',
        actor: { sub: 'analyst-wang', roles: ['analyst'], jurisdiction: '611000' },
        resource: path,
        tokenFingerprint: fingerprint(analyst),
        token: { issuer: 'xuncha-local', expiresAt: expect.any(String) },
      }),
    ]);
    // The token itself is in no record.
    const all = await audit('limit=1000').expect(200);
    expect(JSON.stringify(all.body)).not.toContain(analyst);
  });

  it('filters by service, period and actor, in cursor pages', async () => {
    const service = await audit('service=planning-service').expect(200);
    expect(service.body.items).toEqual([]);
    const first = await audit('actor=analyst-wang&limit=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    const rest = await audit(`actor=analyst-wang&limit=2&cursor=${first.body.next}`).expect(200);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.next).toBeUndefined();
    const later = await audit(`to=${encodeURIComponent('2026-01-01T00:00:00+08:00')}`).expect(200);
    expect(later.body.items).toEqual([]);
    const recent = await audit(`from=${new Date(Date.now() - 3_600_000).toISOString()}`).expect(
      200,
    );
    expect(recent.body.items.length).toBeGreaterThanOrEqual(3);
    await audit('action=DROP TABLE').expect(400);
  });

  it('shows an admin the actors of their jurisdiction subtree only', async () => {
    const province = await harness.token('admin', '610000', 'admin-province');
    const elsewhere = await harness.token('admin', '612000', 'admin-elsewhere');
    const seen = await audit('action=ledger.exported', province).expect(200);
    expect(seen.body.items).toHaveLength(2);
    const unseen = await audit('action=ledger.exported', elsewhere).expect(200);
    expect(unseen.body.items).toEqual([]);
    await audit('jurisdiction=610000').expect(403);
  });

  it('refuses every other role with 403 and no token with 401, as problem+json', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const response = await audit('', await harness.token(role, '611000')).expect(403);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await harness
      .http()
      .get('/api/v1/audit')
      .expect(401)
      .expect('content-type', /application\/problem\+json/);
  });
});
