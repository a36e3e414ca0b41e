/**
 * Focus catalogs as data (issue 20), across the five processes: Shangluo's
 * rounds 1–9 classified under 六围绕一加强 come in through the ledger import;
 * an office's own catalog comes in as an Excel workbook, a round runs on it,
 * the office revises it, and the findings of the old round keep the old
 * version while the next round's use the new one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';
// tools/ is no library: the test drives the CLI's own function, as npm run import does.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runImport } from '../../../tools/import/run';

const PORTS = portsFrom(4981);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Service = 'PLANNING_PORT' | 'INSPECTION_PORT';

/** The office's own list, as a workbook: two focuses, three items each (wording the test's). */
async function workbookOf(items: Array<[string, string, string]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('监督重点');
  sheet.addRow(['聚焦编号', '聚焦', '条目编号', '条目']);
  for (const [focus, code, label] of items) sheet.addRow([focus, `${focus}聚焦`, code, label]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('focus catalogs across the system (监督重点清单)', () => {
  let dir: string;
  let system: RunningSystem;
  let office: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-catalogs-'));
    system = await startSystem({ dataDir: dir, ports: PORTS, env: { LOG_LEVEL: 'warn' } });
    office = await signToken(
      { sub: 'office-611000', roles: ['office'], jurisdiction: '611000' },
      resolveSigningKey(dir),
    );
  }, 90_000);
  afterAll(async () => {
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (service: Service, method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${PORTS[service]}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${office}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  const ok = async (service: Service, method: string, path: string, body?: unknown) => {
    const answer = await call(service, method, path, body);
    if (answer.status >= 300) {
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  };
  const eventually = async <T>(what: string, read: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`${what} never came`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const inspectionOf = (roundId: string) =>
    eventually(`the inspection of round ${roundId}`, async () => {
      const { items } = await ok('INSPECTION_PORT', 'GET', `/inspections?roundId=${roundId}`);
      return (items as Json[])[0]?.id as string | undefined;
    });
  const finding = (focusItem: string) => ({
    title: `问题 ${focusItem}`,
    description: '巡察发现的问题',
    focusItem,
    involvedRank: 'section',
  });
  const findingsOf = async (inspectionId: string) =>
    ((await ok('INSPECTION_PORT', 'GET', `/inspections/${inspectionId}`)).findings as Json[]).map(
      (f) => [f.focusItem, f.catalogVersion],
    );

  it('imports Shangluo’s 六围绕一加强 findings of a round before the tenth', async () => {
    const workbook = new ExcelJS.Workbook();
    const add = (name: string, rows: Array<Array<string | number>>) =>
      workbook.addWorksheet(name).addRows(rows);
    add('巡察对象', [
      ['名称', '类别', '层级', '区划代码', '人数'],
      ['商洛市林业局', '政府工作部门', '市级', '611000', 10],
    ]);
    add('干部', [
      ['姓名', '区划代码', '所在单位', '人才库', '专长'],
      ['杨组长', '611000', '', '组长库', '纪检'],
      ['何联络', '611000', '', '人才库', '财务'],
    ]);
    add('巡察规划', [
      ['名称', '区划代码', '开始日期', '结束日期', '巡察对象'],
      ['三届市委巡察规划', '611000', '2016-09-01', '2021-08-31', '商洛市林业局'],
    ]);
    add('巡察轮次', [
      ['巡察规划', '轮次', '类型', '方式', '主题', '开始日期', '结束日期', '监督重点清单'],
      ['', 3, '常规', '', '', '2017-03-01', '2017-05-31', '六围绕一加强'],
    ]);
    add('巡察组', [
      ['轮次', '组长', '副组长', '联络员', '组员', '巡察对象'],
      [3, '杨组长', '', '何联络', '', '商洛市林业局'],
    ]);
    add('巡察', [
      ['轮次', '巡察对象', '进驻日期', '举报渠道', '领导班子成员', '党员', '中层干部'],
      [3, '商洛市林业局', '2017-03-06', '举报电话', 3, 4, 1],
    ]);
    add('问题', [
      ['轮次', '巡察对象', '编号', '问题', '监督重点', '涉及层级'],
      [3, '商洛市林业局', 'F1', '“三重一大”决策不规范', 'LWRYJQ-2-01', '班子成员'],
      [3, '商洛市林业局', 'F2', '超标准列支会议费', 'SGJJ-2-07', '科级干部'],
      [3, '商洛市林业局', 'F3', '基层党组织建设薄弱', '【待填】围绕五·第01项', '科级以下'],
    ]);
    const file = join(dir, '商洛市委第三轮巡察台账.xlsx');
    await workbook.xlsx.writeFile(file);
    const env = {
      ...process.env,
      ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
    };
    const result = await runImport({ file, dataDir: dir, env, log: () => undefined });

    // The three-focuses code is no item of the round's catalog; the wording of one is.
    expect(result.refused.map((r) => [r.sheet, r.line])).toEqual([['问题', 3]]);
    expect(result.refused[0].reason).toMatch(
      /unknown-focus-item: 监督重点 'SGJJ-2-07' .*six-surrounds-one-strengthen-v1/,
    );
    expect(result.sheets.findings).toMatchObject({ rows: 3, imported: 2, refused: 1 });
    const { items } = await ok('PLANNING_PORT', 'GET', '/rounds');
    const round = (items as Json[]).find((r) => r.ordinal === 3)!;
    expect(round.catalogVersion).toBe('six-surrounds-one-strengthen-v1');
    expect(await findingsOf(await inspectionOf(round.id))).toEqual([
      ['LWRYJQ-2-01', 'six-surrounds-one-strengthen-v1'],
      ['LWRYJQ-5-01', 'six-surrounds-one-strengthen-v1'],
    ]);
  }, 120_000);

  it('runs a round on a catalog imported from Excel; after a revision, old findings keep the old version and new rounds use the new', async () => {
    const first = await ok('PLANNING_PORT', 'POST', '/focus-catalogs/workbooks', {
      id: 'shangluo-focus',
      jurisdiction: '611000',
      title: '商洛市委巡察监督重点',
      version: '2022',
      validFrom: '2022-01-01',
      workbook: await workbookOf([
        ['SL-1', 'SL-1-01', '贯彻落实上级决策部署打折扣'],
        ['SL-1', 'SL-1-02', '意识形态工作责任制落实不到位'],
        ['SL-2', 'SL-2-01', '违规发放津贴补贴'],
      ]),
    });
    expect(first.version).toBe('shangluo-focus-2022');

    const targets = await Promise.all(
      ['商洛市水利局', '商洛市交通运输局'].map(async (name) => {
        const body = { name, category: 'government-department', tier: 'city' };
        return (
          await ok('PLANNING_PORT', 'POST', '/targets', {
            ...body,
            jurisdiction: '611000',
            headcount: 40,
          })
        ).id as string;
      }),
    );
    const cadre = async (pools: string[]) =>
      (
        await ok('PLANNING_PORT', 'POST', '/cadres', {
          name: '干部',
          jurisdiction: '611000',
          pools,
          expertise: [],
        })
      ).id as string;
    const plan = await ok('PLANNING_PORT', 'POST', '/term-plans', {
      name: '四届市委巡察规划',
      jurisdiction: '611000',
      from: '2021-09-01',
      to: '2026-08-31',
      targetIds: targets,
    });
    await ok('PLANNING_PORT', 'POST', `/term-plans/${plan.id}/adopt`, {});
    const launchedRound = async (ordinal: number, from: string, to: string, targetId: string) => {
      const round = await ok('PLANNING_PORT', 'POST', '/rounds', {
        termPlanId: plan.id,
        ordinal,
        kind: 'regular',
        modes: [],
        window: { from, to },
      });
      await ok('PLANNING_PORT', 'POST', `/rounds/${round.id}/teams`, {
        leaderId: await cadre(['leader']),
        deputyIds: [],
        liaisonId: await cadre(['talent']),
        memberIds: [],
        targetIds: [targetId],
      });
      await ok('PLANNING_PORT', 'POST', `/rounds/${round.id}/approve`, {});
      await ok('PLANNING_PORT', 'POST', `/rounds/${round.id}/launch`, {});
      const inspection = await inspectionOf(round.id);
      await ok('INSPECTION_PORT', 'POST', `/inspections/${inspection}/stationing`, {
        announcedAt: `${from}T09:00:00+08:00`,
        channels: ['phone'],
      });
      return inspection;
    };

    // The twelfth round starts while the 2022 version is in force: nobody chose it.
    const twelfth = await launchedRound(12, '2022-03-01', '2022-05-31', targets[0]);
    await ok('INSPECTION_PORT', 'POST', `/inspections/${twelfth}/findings`, finding('SL-1-01'));

    const revised = await ok(
      'PLANNING_PORT',
      'POST',
      '/focus-catalogs/shangluo-focus/versions/workbooks',
      {
        validFrom: '2023-01-01',
        workbook: await workbookOf([
          ['SL-1', 'SL-1-02', '意识形态工作责任制落实不到位'],
          ['SL-1', 'SL-1-03', '巡视巡察整改不到位'],
          ['SL-2', 'SL-2-01', '违规发放津贴补贴'],
        ]),
      },
    );
    expect(revised.version).toBe('shangluo-focus-v2');

    // The old round goes on classifying against its own version: SL-1-03 is not in it.
    await ok('INSPECTION_PORT', 'POST', `/inspections/${twelfth}/findings`, finding('SL-1-02'));
    const refusedOld = await call(
      'INSPECTION_PORT',
      'POST',
      `/inspections/${twelfth}/findings`,
      finding('SL-1-03'),
    );
    expect(refusedOld.status).toBe(422);
    expect(refusedOld.body.type).toMatch(/\/rules\/unknown-focus-item$/);

    // The thirteenth starts in 2023: the revision is in force.
    const thirteenth = await launchedRound(13, '2023-03-01', '2023-05-31', targets[1]);
    await ok('INSPECTION_PORT', 'POST', `/inspections/${thirteenth}/findings`, finding('SL-1-03'));
    const refusedNew = await call(
      'INSPECTION_PORT',
      'POST',
      `/inspections/${thirteenth}/findings`,
      finding('SL-1-01'),
    );
    expect(refusedNew.status).toBe(422);

    expect(await findingsOf(twelfth)).toEqual([
      ['SL-1-01', 'shangluo-focus-2022'],
      ['SL-1-02', 'shangluo-focus-2022'],
    ]);
    expect(await findingsOf(thirteenth)).toEqual([['SL-1-03', 'shangluo-focus-v2']]);

    const { items } = await ok('PLANNING_PORT', 'GET', '/focus-catalogs');
    const own = (items as Json[]).find((c) => c.id === 'shangluo-focus')!;
    expect(own.versions.map((v: Json) => [v.version, v.validFrom, v.validTo])).toEqual([
      ['shangluo-focus-2022', '2022-01-01', '2022-12-31'],
      ['shangluo-focus-v2', '2023-01-01', undefined],
    ]);
  }, 120_000);
});
