import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSigningKey, signToken, tokenFingerprint, type Role } from '@xuncha/platform-nest';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';

const PORTS = portsFrom(4721);

interface AuditItem {
  action: string;
  service: string;
  actor: { sub: string };
  tokenFingerprint: string;
  export?: { ledger: string; format: string; rows: number };
}

/**
 * The five services as `npm start` runs them: token use at two services and
 * ledger exports reach the query service's audit endpoint over the bus.
 */
describe('audit trail across the running system', () => {
  let dir: string;
  let system: RunningSystem | undefined;
  const token = (sub: string, role: Role) =>
    signToken({ sub, roles: [role], jurisdiction: '611000' }, resolveSigningKey(dir));
  const call = (port: number, path: string, bearer: string) =>
    fetch(`http://127.0.0.1:${port}/api/v1/${path}`, {
      headers: { authorization: `Bearer ${bearer}` },
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-audit-'));
    system = await startSystem({
      dataDir: dir,
      ports: PORTS,
      env: { LOG_LEVEL: 'warn' },
      timeoutMs: 90_000,
    });
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows admins the token use at every service and the exports with their rows', async () => {
    const office = await token('office-zhou', 'office');
    const analyst = await token('analyst-wu', 'analyst');
    const admin = await token('admin-zheng', 'admin');
    expect((await call(PORTS.PLANNING_PORT, 'targets', office)).status).toBe(200);
    for (const format of ['csv', 'xlsx']) {
      const file = await call(PORTS.QUERY_PORT, `ledgers/clues?format=${format}`, analyst);
      expect(file.status).toBe(200);
    }
    expect((await call(PORTS.QUERY_PORT, 'audit', analyst)).status).toBe(403);

    let items: AuditItem[] = [];
    const deadline = Date.now() + 30_000;
    while (items.length < 4 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const response = await call(PORTS.QUERY_PORT, 'audit?limit=1000', admin);
      expect(response.status).toBe(200);
      items = ((await response.json()) as { items: AuditItem[] }).items.filter(
        (item) => item.actor.sub !== 'admin-zheng',
      );
    }
    const summary = items
      .map(
        (item) => `${item.service} ${item.actor.sub} ${item.action} ${item.export?.format ?? ''}`,
      )
      .sort();
    expect(summary).toEqual([
      'planning-service office-zhou token.used ',
      'query-service analyst-wu ledger.exported csv',
      'query-service analyst-wu ledger.exported xlsx',
      'query-service analyst-wu token.used ',
    ]);
    const exports = items.filter((item) => item.action === 'ledger.exported');
    expect(exports.map((item) => item.export)).toEqual([
      { ledger: 'clues', format: 'xlsx', rows: 0 },
      { ledger: 'clues', format: 'csv', rows: 0 },
    ]);
    expect(new Set(exports.map((item) => item.tokenFingerprint))).toEqual(
      new Set([tokenFingerprint(analyst)]),
    );
  }, 60_000);
});
