import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';
// tools/ is no library: the test drives the CLI's own function, as npm run import does.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runImport, type ImportOptions } from '../../../tools/import/run';

const PORTS = portsFrom(4661);

const TARGET_HEADERS = ['名称', '类别', '层级', '区划代码', '人数', '上级单位', '主要负责人'];
const TARGETS: Array<Array<string | number>> = [
  ['市发展和改革委员会', '政府工作部门', '市级', '611000', 86, '', '王建国'],
  ['市财政局', '政府工作部门', '市级', '611000', 64, '', ''],
  ['商洛学院', '高校', '市级', '611000', 900, '', ''],
  ['商州区委组织部', 'committee-organ', 'county', '611002', 30, '', ''],
  ['市宗教协会', '宗教团体', '市级', '611000', 12, '', ''], // line 6: unknown category
  ['北宽坪镇', '镇办/街道', '县级', '611002103', 45, '', '赵镇长'],
  ['市国资委', '政府工作部门', '市级', '6110', 40, '', ''], // line 8: bad code
  ['广东坪村', '村/社区', '村级', '611002103201', 1200, '北宽坪镇', '孙书记'],
];
const CADRE_HEADERS = ['姓名', '区划代码', '所在单位', '人才库', '专长'];
const CADRES: Array<Array<string | number>> = [
  ['张明', '611000', '市财政局', '组长库', '财务，审计'],
  ['李华', '611000', '', '人才库', '纪检'],
  ['王芳', '611000', '市发展和改革委员会', '专家库', '经济'], // line 4: unknown pool
];
const GOOD_TARGETS = [0, 1, 2, 3, 5, 7].map((i) => String(TARGETS[i][0])).sort();

describe('npm run import (planning ledgers)', () => {
  let dir: string;
  let system: RunningSystem;
  let options: Omit<ImportOptions, 'file'>;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-import-'));
    system = await startSystem({ dataDir: dir, ports: PORTS, env: { LOG_LEVEL: 'warn' } });
    const env = {
      ...process.env,
      ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
    };
    options = { dataDir: dir, env, log: () => undefined };
    token = await signToken(
      { sub: 'analyst-611000', roles: ['analyst'], jurisdiction: '611000' },
      resolveSigningKey(dir),
    );
  }, 90_000);

  afterAll(async () => {
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const targetNames = async (): Promise<string[]> => {
    const response = await fetch(
      `http://127.0.0.1:${PORTS.PLANNING_PORT}/api/v1/targets?jurisdiction=611000&limit=1000`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Array<{ name: string }> };
    return body.items.map((item) => item.name).sort();
  };
  const eventuallyNames = async (expected: string[]): Promise<string[]> => {
    const deadline = Date.now() + 10_000;
    let names = await targetNames();
    while (JSON.stringify(names) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      names = await targetNames();
    }
    return names;
  };

  it('imports the good rows of a workbook, reports the bad ones, and adds nothing on a re-run', async () => {
    const workbook = new ExcelJS.Workbook();
    const targets = workbook.addWorksheet('巡察对象');
    targets.addRows([TARGET_HEADERS, ...TARGETS]);
    const cadres = workbook.addWorksheet('干部');
    cadres.addRows([CADRE_HEADERS, ...CADRES]);
    const file = join(dir, '商洛市巡察台账.xlsx');
    await workbook.xlsx.writeFile(file);

    const first = await runImport({ ...options, file });
    expect(first.jurisdiction).toBe('611000');
    expect(first.sheets).toEqual({
      targets: { rows: 8, imported: 6, replayed: 0, refused: 2 },
      cadres: { rows: 3, imported: 2, replayed: 0, refused: 1 },
    });
    expect(first.refused.map(({ sheet, line }) => [sheet, line])).toEqual([
      ['巡察对象', 6],
      ['巡察对象', 8],
      ['干部', 4],
    ]);
    expect(first.refused[0].reason).toMatch(/类别 '宗教团体'/);
    expect(first.refused[1].reason).toMatch(/区划代码 '6110'/);
    expect(first.refused[2].reason).toMatch(/人才库 '专家库'/);
    expect(await eventuallyNames(GOOD_TARGETS)).toEqual(GOOD_TARGETS);

    const again = await runImport({ ...options, file });
    expect(again.sheets).toEqual({
      targets: { rows: 8, imported: 0, replayed: 6, refused: 2 },
      cadres: { rows: 3, imported: 0, replayed: 2, refused: 1 },
    });
    expect(again.refused).toEqual(first.refused);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await targetNames()).toEqual(GOOD_TARGETS);
  }, 30_000);

  it('imports a CSV file of targets, with the service refusing what it alone can tell', async () => {
    const csv = [
      '名称,类别,层级,区划代码,人数,上级单位,主要负责人',
      '市审计局,政府工作部门,市级,611000,38,,',
      '"商州区 ""两新"" 工委",党委工作机关及直属单位,县级,611002,9,,',
      '杨峪河村,村/社区,村级,611002103202,800,北宽坪镇,', // parent from the workbook
      '无名村,村/社区,村级,611002103203,300,不存在镇,', // line 5: unknown parent
      '市外单位,其他,市级,610100,5,,', // line 6: outside 611000, refused by the service
    ].join('\r\n');
    const file = join(dir, 'targets.csv');
    writeFileSync(file, `\uFEFF${csv}\r\n`);
    const result = await runImport({ ...options, file, sheet: 'targets', jurisdiction: '611000' });
    expect(result.sheets).toEqual({ targets: { rows: 5, imported: 3, replayed: 0, refused: 2 } });
    expect(result.refused.map((r) => r.line)).toEqual([5, 6]);
    expect(result.refused[0].reason).toMatch(/上级单位 '不存在镇'/);
    expect(result.refused[1].status).toBe(403);
    const expected = [...GOOD_TARGETS, '市审计局', '商州区 "两新" 工委', '杨峪河村'].sort();
    expect(await eventuallyNames(expected)).toEqual(expected);

    const again = await runImport({ ...options, file, sheet: 'targets', jurisdiction: '611000' });
    expect(again.sheets.targets).toEqual({ rows: 5, imported: 0, replayed: 3, refused: 2 });
  }, 30_000);

  it('refuses unusable input before sending anything', async () => {
    await expect(runImport({ ...options, file: join(dir, 'missing.xlsx') })).rejects.toThrow(
      /no such file/,
    );
    const text = join(dir, 'ledger.txt');
    writeFileSync(text, 'x');
    await expect(runImport({ ...options, file: text })).rejects.toThrow(/not an .xlsx/);
    const headless = join(dir, 'cadres.csv');
    writeFileSync(headless, '姓名,专长\n张三,财务\n');
    await expect(runImport({ ...options, file: headless, sheet: 'cadres' })).rejects.toThrow(
      /lacks the column\(s\) 区划代码/,
    );
    const workbook = join(dir, '商洛市巡察台账.xlsx');
    const elsewhere = { ...options.env, PLANNING_PORT: '4699' };
    await expect(runImport({ ...options, env: elsewhere, file: workbook })).rejects.toThrow(
      /the system is not running/,
    );
  });
});
