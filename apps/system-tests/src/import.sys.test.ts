import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { resolveSigningKey, signToken } from '@xuncha/platform-nest';
import { portsFrom, startSystem, type RunningSystem } from '@xuncha/platform-nest/testing';
// tools/ is no library: the test drives the CLI's own function, as npm run import does.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runImport, type ImportOptions } from '../../../tools/import/run';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { parseOrdinal } from '../../../tools/import/cycle-rows';

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

// ── The cycle's ledgers: one county (洛南县, 611021), every sheet, good and bad rows ──
type Cell = string | number;
const sheet = (headers: string[], rows: Cell[][]) => ({ headers, rows });
const LEDGER = {
  巡察对象: sheet(TARGET_HEADERS, [
    ['洛南县财政局', '政府工作部门', '县级', '611021', 28, '', '冯某某'],
    ['洛南县教育和体育局', '政府工作部门', '县级', '611021', 40, '', ''],
    ['洛南县农业农村局', '政府工作部门', '县级', '611021', 33, '', ''],
    ['洛南县市场监督管理局', '政府工作部门', '县级', '611021', 20, '', ''],
    ['洛南县石门镇', '镇办/街道', '县级', '611021001', 42, '', ''],
    ['石门镇石门村', '村/社区', '村级', '611021001001', 9, '洛南县石门镇', ''],
    ['石门镇黄龙村', '村/社区', '村级', '611021001002', 11, '洛南县石门镇', ''],
    ['洛南县审计局', '政府工作部门', '县级', '611021', 25, '', ''], // never inspected
  ]),
  干部: sheet(CADRE_HEADERS, [
    ['王建军', '611021', '', '组长库、人才库', '党建'],
    ['李卫国', '611021', '', '组长库', '纪检'],
    ['赵敏', '611021', '', '人才库', '审计'],
    ['孙丽', '611021', '', '人才库', '财务'],
    ['周强', '611021', '', '人才库', '组织'],
    ['吴静', '611021', '', '人才库', '纪检'],
    ['郑涛', '611021', '', '人才库', '法律'],
    ['陈红', '611021', '', '人才库', '农业'],
    ['冯刚', '611021', '洛南县财政局', '人才库', '财务'],
  ]),
  巡察规划: sheet(
    ['名称', '区划代码', '开始日期', '结束日期', '巡察对象'],
    [
      ['中共洛南县委十五届巡察规划', '611021', '2021-10-01', '2026-09-30', ''],
      ['洛南县委巡察规划（草稿）', '611021', '2026-01-01', '2025-01-01', ''], // 3: dates
    ],
  ),
  巡察轮次: sheet(
    ['巡察规划', '轮次', '类型', '方式', '主题', '开始日期', '结束日期'],
    [
      ['', 1, '常规', '', '', '2022-03-01', '2022-06-30'],
      ['', 2, '专项巡察', '', '农村集体“三资”管理专项巡察', '2023-03-01', '2023-05-31'],
      ['', 3, '常规', '巡镇带村、上下联动', '', '2024-03-01', '2024-06-30'],
      ['', 4, '提级巡察', '', '', '2024-09-01', '2024-10-31'], // 5: a mode, not a kind
      ['', 5, '专项', '', '', '2024-11-01', '2024-12-31'], // 6: no theme
      ['', '第六轮', '回头看', '', '巡察整改“回头看”', '2025-03-01', '2025-04-30'],
      ['', 7, '常规', '', '', '2027-03-01', '2027-06-30'], // 8: outside the term
    ],
  ),
  巡察组: sheet(
    ['轮次', '组长', '副组长', '联络员', '组员', '巡察对象'],
    [
      [1, '王建军', '赵敏', '孙丽', '周强', '洛南县财政局、洛南县教育和体育局'],
      [1, '李卫国', '吴静', '郑涛', '陈红', '洛南县农业农村局'],
      [2, '王建军', '赵敏', '孙丽', '周强', '洛南县市场监督管理局'],
      [2, '李卫国', '吴静', '郑涛', '冯刚', '洛南县财政局'], // 5: 冯刚 works there
      [2, '赵敏', '', '陈红', '', '洛南县审计局'], // 6: not in the leader pool
      ['第三轮', '王建军', '赵敏', '孙丽', '周强', '洛南县石门镇、石门镇石门村、石门镇黄龙村'],
      [4, '李卫国', '吴静', '郑涛', '陈红', '洛南县审计局'], // 8: round 4 was refused
      [6, '李卫国', '吴静', '郑涛', '陈红', '洛南县财政局'],
      [1, '张三丰', '', '郑涛', '', '洛南县审计局'], // 10: unknown cadre
    ],
  ),
  巡察: sheet(
    [
      ...['轮次', '巡察对象', '进驻日期', '举报渠道'],
      ...['领导班子成员', '党员', '中层干部', '少数民族代表', '老中青代表', '其他干部职工'],
      ...[
        '谈话日期',
        '问卷人数',
        '测评人数',
        '巡察报告',
        '听取日期',
        '点人点事',
        '反馈日期',
        '抄送',
      ],
    ],
    [
      [
        ...[1, '洛南县财政局', '2022-03-08', '举报电话、邮政信箱', 5, 12, 6, 1, 4, ''],
        ...['2022-03-20', 25, 25, '关于对洛南县财政局党组巡察情况的报告', '2022-06-05'],
        ...['对照问题清单逐项整改；违规资金全部清退', '2022-06-20', '分管县领导、派驻纪检监察组'],
      ],
      [
        ...[1, '洛南县教育和体育局', '2022-03-10', '举报电话', 5, 10, 5, 1, 3, ''], // 3: 24 < 28
        ...['2022-03-25', 30, 30, '关于对洛南县教育和体育局党组巡察情况的报告', '2022-06-05'],
        ...['', '2022-06-21', '分管县领导'],
      ],
      [1, '洛南县农业农村局', '2022-03-12', '举报电话、网上举报', 4, 8, 4, 1, 3, '', '2022-03-28'],
      [
        ...[2, '洛南县市场监督管理局', '2023-03-06', '举报电话、举报箱', 3, 8, 4, 1, 4, ''],
        ...['2023-03-15', 18, 18, '关于对洛南县市场监督管理局党组巡察情况的报告', '2023-05-10'],
        ...['', '2023-05-20', '分管县领导'],
      ],
      [2, '洛南县财政局', '2023-03-06', '举报电话', 5, 12, 6, 1, 4], // 6: its team was refused
      [
        ...[3, '洛南县石门镇', '2024-03-05', '举报电话、码上举报', 6, 14, 6, 1, 3, ''],
        ...['2024-03-20', 35, 35, '关于对洛南县石门镇党委巡察情况的报告', '2024-06-05'],
        ...['', '2024-06-15', '分管县领导'],
      ],
      [
        ...[6, '洛南县财政局', '2025-03-05', '举报电话', 5, 12, 6, 1, 4, '', '2025-03-15', '', ''],
        ...['关于对洛南县财政局巡察整改“回头看”情况的报告', '2025-04-10', '', '2025-04-20'],
        '分管县领导',
      ],
      [3, '石门镇石门村', '2024-02-30', '举报电话', 2, 5, 1, 1, 1], // 9: no such day
    ],
  ),
  问题: sheet(
    [
      ...['轮次', '巡察对象', '编号', '村', '问题', '问题描述', '监督重点', '涉及层级', '金额'],
      ...['立行立改', '整改状态', '整改措施', '责任人', '整改时限', '销号日期', '销号依据'],
    ],
    [
      [
        ...[1, '洛南县财政局', 'F1', '', '违规发放津贴补贴', '违规发放津贴补贴共计12.5万元'],
        ...['SGJJ-2-06', '科级干部', 125000, '是', '已整改'],
        ...['全面清退违规发放资金；修订津贴补贴发放办法', '王某（财务股股长）', '2022-09-30'],
        ...['2022-09-15', '财务凭证及银行回单'],
      ],
      [
        ...[1, '洛南县财政局', 'F2', '', '第一议题制度落实不严', '党组会议第一议题学习流于形式'],
        ...['SGJJ-1-02', '班子成员', '', '否'],
        ...['整改中', '建立第一议题学习台账', '李某（办公室主任）', '2022-12-31'],
      ],
      [
        ...[1, '洛南县财政局', 'F3', '', '三会一课制度落实不到位', '支部组织生活不规范'],
        ...['SGJJ-3-04', '科级以下', '', '否', '已整改', '规范三会一课记录'],
        ...['张某（机关党委书记）', '2022-10-31', '2022-10-20', '支部会议记录'],
      ],
      [1, '洛南县财政局', 'F4', '', '超标准列支会议费', '', 'SGJJ-9-99', '科级干部', 30000], // 5
      [
        ...[1, '洛南县财政局', 'F5', '', '公款吃喝', '违规公务接待', 'SGJJ-2-05', '科级干部'],
        ...[8000, '否', '已整改', '清退接待费用', '刘某', '2022-09-30', '2022-09-01', ''], // 6
      ],
      [1, '洛南县教育和体育局', 'E1', '', '违规收受礼品礼金', '', 'SGJJ-2-04', '班子成员'], // 7
      [
        ...[1, '洛南县农业农村局', 'N1', '', '专项资金管理使用不规范', '挤占挪用8万元'],
        ...['SGJJ-2-01', '科级干部', 80000],
      ],
      [
        ...[2, '洛南县市场监督管理局', 'S1', '', '公车私用', '公务用车私用', 'SGJJ-2-08'],
        ...['科级以下', 20000, '否', '已整改', '公务用车统一管理；追缴费用'],
        ...['陈某（办公室主任）', '2023-08-31', '2023-08-15', '车辆使用登记簿及缴款凭证'],
      ],
      [
        ...[2, '洛南县市场监督管理局', 'S2', '', '选人用人程序不规范', '干部选拔动议程序不规范'],
        ...['SGJJ-3-08', '班子成员', '', '否', '整改中', '修订干部选拔任用工作规程'],
        ...['高某（人事股股长）', '2023-12-31'],
      ],
      [
        ...[3, '洛南县石门镇', 'T1', '', '专项资金管理不规范', '镇级专项资金管理混乱'],
        ...['SGJJ-2-01', '科级干部', 50000, '否', '整改中', '建立专项资金管理台账'],
        ...['镇财政所所长', '2024-10-31'],
      ],
      [
        ...[3, '洛南县石门镇', 'T2', '石门镇石门村', '村集体资金管理混乱', '坐收坐支3万元'],
        ...['SGJJ-2-01', '科级以下', 30000, '是', '已整改', '村集体资金纳入村账镇管'],
        ...['村党支部书记', '2024-08-31', '2024-08-10', '村账镇管台账及银行流水'],
      ],
      [
        ...[3, '洛南县石门镇', 'T3', '石门镇黄龙村', '村务公开不及时', '村务公开栏长期未更新'],
        ...['SGJJ-3-01', '不涉及具体人员'],
      ],
      [3, '洛南县石门镇', 'T4', '石门镇杨峪河村', '村务不公开', '', 'SGJJ-3-01', '科级以下'], // 14
      [
        ...[6, '洛南县财政局', 'H1', '', '整改不彻底', '上轮巡察反馈问题整改不彻底'],
        ...['SGJJ-1-07', '班子成员', '', '否', '已整改', '开展整改“回头看”'],
        ...['冯某某（局长）', '2025-06-30', '2025-06-01', '整改销号材料'], // 15: no 整改 row
      ],
      [6, '洛南县财政局', 'H2', '', '主体责任落实不到位', '', 'SGJJ-1-07', '一把手'],
    ],
  ),
  线索: sheet(
    [
      ...['轮次', '巡察对象', '问题编号', '姓名', '职务', '职级', '线索内容', '违纪类别', '紧急'],
      ...['移交对象', '会商意见', '签收日期', '处置方式'],
      ...['立案', '处分人数', '移送司法', '组织处理', '追缴金额', '办结', '村'],
    ],
    [
      [
        ...[1, '洛南县财政局', 'F1', '王某', '财务股股长', '科级干部', '涉嫌违规发放津贴补贴'],
        ...['廉洁纪律', '否', '纪检监察机关', '', '2022-07-01', '初步核实'],
        ...['是', 2, 0, 1, 100000, '是'],
      ],
      [
        ...[1, '洛南县财政局', 'F2', '李某', '副局长', '班子成员', '涉嫌履职不力', '工作纪律'],
        ...['否', '纪委监委', '经集体会商，移交县纪委监委', '2022-07-03', '谈话函询'],
      ],
      [
        ...[2, '洛南县市场监督管理局', 'S2', '赵某', '人事股股长', '科级干部'],
        ...['涉嫌在干部选拔中违规操作', '组织纪律', '否', '组织部门', '', '2023-06-01'],
      ],
      [1, '洛南县财政局', 'F4', '钱某', '会计', '科级以下', '涉嫌超标准列支', '廉洁', '否'], // 5
      [
        ...[1, '洛南县农业农村局', 'N1', '孙某', '项目办工作人员', '科级以下'],
        ...['涉嫌挪用专项资金8万元', '廉洁纪律', '是', '纪检监察机关'],
      ],
      [
        ...[1, '洛南县农业农村局', 'N1', '钱某某', '会计', '科级以下', '涉嫌虚报冒领'],
        ...['廉洁纪律', '否', '纪检监察机关'], // 7: not urgent, and no report yet
      ],
      [
        ...[3, '洛南县石门镇', 'T2', '周某', '村会计', '科级以下', '涉嫌侵占村集体资金'],
        ...['廉洁纪律', '否', '纪检监察机关', '', '2024-07-01', '予以了结'],
        ...['否', 0, 0, 0, 0, '是'],
      ],
      [1, '洛南县财政局', '', '吴某', '科员', '科级以下', '涉嫌贪污', '贪污', '否'], // 9
      [1, '洛南县财政局', 'F9', '郑某', '科员', '科级以下', '涉嫌违规', '廉洁纪律', '否'], // 10
      [2, '洛南县市场监督管理局', '', '冯某', '股长', '科级干部', '涉嫌违规', '廉洁纪律', '否'],
      [
        ...[3, '洛南县石门镇', '', '陈某', '村委会主任', '科级以下', '涉嫌优亲厚友', '群众纪律'],
        ...['否', '纪检监察机关', '', '2024-07-02', '', '', '', '', '', '', ''],
        '石门镇黄龙村', // a village's own clue, of no finding
      ],
      [
        ...[3, '洛南县石门镇', '', '刘某', '村文书', '科级以下', '涉嫌违规', '廉洁纪律', '否'],
        ...['', '', '', '', '', '', '', '', '', ''],
        '石门镇杨峪河村', // 13: not a village of the inspection
      ],
    ],
  ),
  整改: sheet(
    ['轮次', '巡察对象', '村', '整改报告', '建章立制', '追缴资金', '成效评价'],
    [
      [1, '洛南县财政局', '', '洛南县财政局党组关于巡察反馈问题整改情况的报告', 3, 125000, '较好'],
      [2, '洛南县市场监督管理局', '', '', '', '', ''],
      [3, '洛南县石门镇', '', '洛南县石门镇党委关于巡察反馈问题整改情况的报告', 2, 50000, '一般'],
      [3, '洛南县石门镇', '石门镇石门村', '', '', '', ''],
      [1, '洛南县农业农村局', '', '', '', '', ''], // 6: no feedback yet
      [3, '洛南县石门镇', '石门镇黄龙村', '', '', '', ''], // 7: T3 has no plan
      [1, '洛南县财政局', '', '', '', '', '较好'], // 8: assessed without a report
    ],
  ),
};
type SheetName = keyof typeof LEDGER;

/** Every row the import must refuse: sheet, Excel line (header = 1), what the reason says. */
const REFUSED: Array<[SheetName, number, RegExp]> = [
  ['巡察规划', 3, /结束日期 2025-01-01 is not after 开始日期 2026-01-01/],
  ['巡察轮次', 5, /类型 '提级巡察' is a 方式/],
  ['巡察轮次', 6, /special-round-theme-required/],
  ['巡察轮次', 8, /round-outside-term/],
  ['巡察组', 5, /^cadre-home-unit-conflict: /],
  ['巡察组', 6, /team-leader-not-in-leader-pool: 赵敏/],
  ['巡察组', 8, /巡察轮次 line 5 \(第4轮\) was refused/],
  ['巡察组', 10, /组长 '张三丰' is neither in the 干部 sheet nor registered/],
  ['巡察', 3, /talk-coverage-not-met: 24 talks for a headcount of 40: 28 needed/],
  ['巡察', 6, /巡察组 line 5 \(its team in 第2轮\) was refused/],
  ['巡察', 9, /进驻日期 '2024-02-30' is not a date/],
  ['问题', 5, /unknown-focus-item: 监督重点 'SGJJ-9-99'/],
  ['问题', 6, /needs 销号依据/],
  ['问题', 7, /巡察 line 3 \(第1轮 洛南县教育和体育局\) was refused/],
  ['问题', 14, /unknown-village: 村 '石门镇杨峪河村'/],
  ['问题', 15, /needs the rectification plan: no 整改 row for 第6轮 洛南县财政局/],
  ['线索', 5, /问题编号 'F4': 问题 line 5 was refused/],
  ['线索', 7, /not 紧急 goes out with the approved report/],
  ['线索', 9, /违纪类别 '贪污' is not one of/],
  ['线索', 10, /问题编号 'F9' names no 问题 row/],
  ['线索', 13, /unknown-village: 村 '石门镇杨峪河村'/],
  ['整改', 6, /巡察 line 4 has no 反馈日期/],
  ['整改', 7, /plan-incomplete: 问题 line 13 lacks 整改措施、责任人、整改时限/],
  ['整改', 8, /成效评价 needs 整改报告/],
];

/** The rows of a sheet that must go in, each as cells by header. */
const good = (name: SheetName): Array<Record<string, string>> => {
  const { headers, rows } = LEDGER[name];
  return rows
    .map((row, i) => ({ row, line: i + 2 }))
    .filter(({ line }) => !REFUSED.some(([s, l]) => s === name && l === line))
    .map(({ row }) => Object.fromEntries(headers.map((h, c) => [h, String(row[c] ?? '')])));
};
const KINDS: Record<SheetName, string> = {
  巡察对象: 'targets',
  干部: 'cadres',
  巡察规划: 'termPlans',
  巡察轮次: 'rounds',
  巡察组: 'teams',
  巡察: 'inspections',
  问题: 'findings',
  线索: 'clues',
  整改: 'cases',
};

describe('npm run import (historical ledgers)', () => {
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
    office = await signToken(
      { sub: 'office-611000', roles: ['office'], jurisdiction: '611000' },
      resolveSigningKey(dir),
    );
  }, 90_000);

  afterAll(async () => {
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  let office: string;
  const json = async (port: keyof typeof PORTS, path: string, as: string): Promise<Json> => {
    const response = await fetch(`http://127.0.0.1:${PORTS[port]}/api/v1${path}`, {
      headers: { authorization: `Bearer ${as}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  };
  /** `body` has every field of `expected` with its value. */
  const matches = (body: Json, expected: Json): boolean =>
    Object.entries(expected).every(([key, value]) =>
      typeof value === 'object' ? matches(body?.[key] ?? {}, value) : body?.[key] === value,
    );
  /** The first answer that passes `ready` and stays the same 300 ms later. */
  const settled = async (read: () => Promise<Json>, ready: (body: Json) => boolean) => {
    const deadline = Date.now() + 30_000;
    let previous = '';
    for (;;) {
      const body = await read();
      const seen = JSON.stringify(body);
      if ((ready(body) && seen === previous) || Date.now() > deadline) return body;
      previous = seen;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  };
  /** Every stream's revision (its event count) and every read model the cycle fills. */
  const snapshot = async () => {
    const inspections = (await json('INSPECTION_PORT', '/inspections?limit=1000', office))
      .items as Json[];
    const cases = (await json('RECTIFICATION_PORT', '/rectification-cases?limit=1000', office))
      .items as Json[];
    return {
      inspections: await Promise.all(
        inspections.map(async (i) => {
          const view = await json('INSPECTION_PORT', `/inspections/${i.id}`, office);
          return [view.id, view.revision];
        }),
      ),
      cases: await Promise.all(
        cases.map(async (c) => {
          const view = await json('RECTIFICATION_PORT', `/rectification-cases/${c.id}`, office);
          return [view.id, view.revision];
        }),
      ),
      clues: (await json('CLUE_PORT', '/clues?limit=1000', token)).items,
      rounds: (await json('PLANNING_PORT', '/rounds?limit=1000', office)).items,
      stats: await json('QUERY_PORT', '/stats?jurisdiction=611000', token),
    };
  };

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

  it('imports the ledgers of the cycle: bad rows refused with line and reason, none of them stored, a re-run adds nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const [name, { headers, rows }] of Object.entries(LEDGER)) {
      workbook.addWorksheet(name).addRows([headers, ...rows]);
    }
    const file = join(dir, '洛南县巡察历史台账.xlsx');
    await workbook.xlsx.writeFile(file);

    const first = await runImport({ ...options, file });
    expect(first.jurisdiction).toBe('611021');
    expect(first.refused.map(({ sheet, line }) => [sheet, line])).toEqual(
      REFUSED.map(([sheet, line]) => [sheet, line]),
    );
    REFUSED.forEach(([, , reason], i) => expect(first.refused[i].reason).toMatch(reason));
    // The service's own refusal keeps its status and rule.
    const byService = REFUSED.findIndex(([sheet, line]) => sheet === '巡察组' && line === 5);
    expect(first.refused[byService]).toMatchObject({
      status: 422,
      type: expect.stringMatching(/\/rules\/cadre-home-unit-conflict$/),
    });
    const counts = (fresh: boolean) =>
      Object.fromEntries(
        (Object.keys(LEDGER) as SheetName[]).map((name) => {
          const rows = LEDGER[name].rows.length;
          const refused = REFUSED.filter(([s]) => s === name).length;
          const done = rows - refused;
          return [
            KINDS[name],
            { rows, imported: fresh ? done : 0, replayed: fresh ? 0 : done, refused },
          ];
        }),
      );
    expect(first.sheets).toEqual(counts(true));

    // What the good rows add up to, computed from them.
    const ord = (text: string) => parseOrdinal(text)!;
    const yes = (text: string) => text === '是';
    const sum = (rows: Array<Record<string, string>>, header: string) =>
      rows.reduce((total, row) => total + Number(row[header] || 0), 0);
    const [targets, rounds, teams, inspections] = [
      good('巡察对象'),
      good('巡察轮次'),
      good('巡察组'),
      good('巡察'),
    ];
    const [findings, clues, cases] = [good('问题'), good('线索'), good('整改')];
    const of = (r: Record<string, string>) => `${ord(r['轮次'])}|${r['巡察对象']}`;
    const fedBack = new Set(inspections.filter((r) => r['反馈日期']).map(of));
    const reported = new Set(inspections.filter((r) => r['巡察报告']).map(of));
    // Each row counts on the day its step happened: an inspection's targets when fed back
    // (反馈日期), a finding when found (the inspection's 进驻日期: the fixture gives no 发现日期),
    // a clue when transferred (移交日期, else the 签收日期 that bounds it), a case when opened by
    // the feedback.
    const inspectionOf = (r: Record<string, string>) => inspections.find((i) => of(i) === of(r));
    const foundOn = (f: Record<string, string>) => f['发现日期'] || inspectionOf(f)!['进驻日期'];
    const transferredOn = (c: Record<string, string>) => c['移交日期'] || c['签收日期'];
    const openedOn = (r: Record<string, string>) => inspectionOf(r)?.['反馈日期'] ?? '';
    const transferred = clues.filter((c) => c['移交对象']);
    /** The figures of the good rows whose days `inPeriod` holds. */
    const figures = (inPeriod: (day: string) => boolean) => {
      // Only regular rounds (常规) count toward coverage by default; a township-with-villages
      // inspection feeds each of its team's villages back on its own.
      const inspected = new Set<string>();
      for (const r of inspections.filter((i) => i['反馈日期'] && inPeriod(i['反馈日期']))) {
        const round = rounds.find((x) => ord(x['轮次']) === ord(r['轮次']))!;
        if (!round['类型'].startsWith('常规')) continue;
        inspected.add(r['巡察对象']);
        if (!round['方式'].includes('巡镇带村')) continue;
        for (const team of teams.filter((t) => ord(t['轮次']) === ord(r['轮次']))) {
          for (const name of team['巡察对象'].split('、')) {
            const t = targets.find((x) => x['名称'] === name);
            if (t?.['上级单位'] === r['巡察对象']) inspected.add(name);
          }
        }
      }
      const found = findings.filter((f) => inPeriod(foundOn(f)));
      const moved = transferred.filter((c) => inPeriod(transferredOn(c)));
      const opened = cases.filter((c) => inPeriod(openedOn(c)));
      const lists = new Set(
        findings
          .filter((f) => fedBack.has(of(f)) && inPeriod(openedOn(f)))
          .map((f) => `${of(f)}|${f['村']}`),
      );
      return {
        inspected,
        expected: {
          targets: { inScope: targets.length, inspected: inspected.size },
          problems: {
            found: found.length,
            rectified: found.filter((f) => f['整改状态'] === '已整改').length,
            fedBack: found.filter((f) => fedBack.has(of(f))).length,
          },
          clues: {
            transferred: moved.length,
            concluded: moved.filter((c) => yes(c['办结'])).length,
            casesFiled: moved.filter((c) => yes(c['立案'])).length,
            sanctionedPersons: sum(moved, '处分人数'),
            judicialTransfers: sum(moved, '移送司法'),
            fundsRecovered: sum(moved, '追缴金额'),
          },
          rulesEstablished: sum(opened, '建章立制'),
          immediateItems: found.filter((f) => yes(f['立行立改'])).length,
          rectification: { cases: lists.size, fundsRecovered: sum(opened, '追缴资金') },
        },
      };
    };
    const { inspected, expected } = figures(() => true);
    const lists = new Set(
      findings.filter((f) => fedBack.has(of(f))).map((f) => `${of(f)}|${f['村']}`),
    );
    const stats = await settled(
      () => json('QUERY_PORT', '/stats?jurisdiction=611021', token),
      (body) => matches(body, expected),
    );
    expect(stats).toMatchObject(expected);
    // The fixture's intent, so that the figures above cannot pass by being empty.
    expect(expected.problems).toEqual({ found: 10, rectified: 4, fedBack: 9 });

    // Each year's figures are that year's rows, not the day of the import: the ledger's steps
    // happened in 2022 to 2025 and were entered today.
    const years = [...new Set(inspections.map((i) => i['进驻日期'].slice(0, 4)))].sort();
    expect(years).toEqual(['2022', '2023', '2024', '2025']);
    for (const year of years) {
      const period = await json(
        'QUERY_PORT',
        `/stats?jurisdiction=611021&from=${year}-01-01&to=${year}-12-31`,
        token,
      );
      const { expected: inYear } = figures((day) => day.startsWith(year));
      expect({ year, period }).toMatchObject({ year, period: inYear });
    }
    // 2022 and 2023 each hold findings, clues and cases of their own.
    for (const year of ['2022', '2023']) {
      const { expected: inYear } = figures((day) => day.startsWith(year));
      expect({
        year,
        found: inYear.problems.found > 0,
        cases: inYear.rectification.cases > 0,
      }).toEqual({ year, found: true, cases: true });
    }
    expect(figures((day) => day.startsWith('2022')).expected.clues.transferred).toBeGreaterThan(0);

    // 巡镇带村: a village's findings and clues count in the village row (tier 村级, and the
    // county committee's 对村巡察), the township's own in the county row.
    const villageOf = (c: Record<string, string>) =>
      c['村'] ||
      findings.find((f) => of(f) === of(c) && c['问题编号'] && f['编号'] === c['问题编号'])?.[
        '村'
      ] ||
      '';
    const row = (isVillage: boolean) => {
      const these = <T extends Record<string, string>>(rows: T[], place: (r: T) => string) =>
        rows.filter((r) => !!place(r) === isVillage);
      const placed = these(targets, (t) => (t['层级'] === '村级' ? t['名称'] : ''));
      return {
        targets: {
          inScope: placed.length,
          inspected: placed.filter((t) => inspected.has(t['名称'])).length,
        },
        problems: {
          found: these(findings, (f) => f['村']).length,
          rectified: these(findings, (f) => f['村']).filter((f) => f['整改状态'] === '已整改')
            .length,
        },
        clues: { transferred: these(transferred, villageOf).length },
      };
    };
    const villageRow = row(true);
    for (const query of ['tier=village', 'level=village']) {
      const body = await json('QUERY_PORT', `/stats?jurisdiction=611021&${query}`, token);
      expect({ query, body }).toMatchObject({ query, body: villageRow });
    }
    const countyRow = await json('QUERY_PORT', '/stats?jurisdiction=611021&level=county', token);
    expect(countyRow).toMatchObject(row(false));
    // The village row is not empty by accident: two villages, their findings and clues.
    expect(villageRow).toEqual({
      targets: { inScope: 2, inspected: 2 },
      problems: { found: 2, rectified: 1 },
      clues: { transferred: 2 },
    });

    // Clue states (one per good clue row that reached the clue service) and case states.
    const clueStatus = (c: Record<string, string>) =>
      yes(c['办结'])
        ? 'concluded'
        : c['处置方式']
          ? 'disposed'
          : c['签收日期']
            ? 'received'
            : c['移交对象']
              ? 'transferred'
              : 'registered';
    const atClueService = clues.filter((c) => yes(c['紧急']) || reported.has(of(c)));
    const statuses = atClueService.map(clueStatus).sort();
    const clueItems = (
      await settled(
        () => json('CLUE_PORT', '/clues?limit=1000', token),
        (body) => matches(body.items.map((c: Json) => c.status).sort(), statuses),
      )
    ).items as Json[];
    expect(clueItems.map((c) => c.status).sort()).toEqual(statuses);
    const caseItems = (await json('RECTIFICATION_PORT', '/rectification-cases?limit=1000', office))
      .items as Json[];
    expect(caseItems).toHaveLength(lists.size);
    expect(caseItems.filter((c) => c.planStatus === 'approved')).toHaveLength(cases.length);
    const grades: Record<string, string> = { 较好: 'good', 一般: 'fair', 较差: 'poor' };
    expect(
      caseItems
        .map((c) => c.grade)
        .filter(Boolean)
        .sort(),
    ).toEqual(
      cases
        .map((c) => grades[c['成效评价']])
        .filter(Boolean)
        .sort(),
    );
    const plans = (await json('PLANNING_PORT', '/term-plans?jurisdiction=611021', office))
      .items as Json[];
    expect(plans.map((p) => p.name)).toEqual(good('巡察规划').map((p) => p['名称']));
    // Rounds with the teams of their good rows; inspections stationed for the good rows alone.
    const roundItems = (await json('PLANNING_PORT', `/rounds?termPlanId=${plans[0].id}`, office))
      .items as Json[];
    expect(roundItems.map((r) => [r.ordinal, r.status, r.teams.length]).sort()).toEqual(
      rounds
        .map((r) => [
          ord(r['轮次']),
          'launched',
          teams.filter((t) => ord(t['轮次']) === ord(r['轮次'])).length,
        ])
        .sort(),
    );
    const inspectionItems = (await json('INSPECTION_PORT', '/inspections?limit=1000', office))
      .items as Json[];
    expect(inspectionItems.filter((i) => i.status !== 'opened')).toHaveLength(inspections.length);
    const coverage = await json('PLANNING_PORT', `/term-plans/${plans[0].id}/coverage`, office);
    expect(coverage).toMatchObject({ inScope: targets.length, inspected: inspected.size });

    // A re-run: every good row is there already, every bad row refused again, no event added.
    const before = await settled(snapshot, () => true);
    const again = await runImport({ ...options, file });
    expect(again.sheets).toEqual(counts(false));
    // The team the service refused now meets a launched round; every other reason is the same.
    expect(again.refused.map(({ sheet, line }) => [sheet, line])).toEqual(
      first.refused.map(({ sheet, line }) => [sheet, line]),
    );
    expect(again.refused[byService].reason).toMatch(/^round-already-launched: /);
    expect(again.refused.filter((_, i) => i !== byService)).toEqual(
      first.refused.filter((_, i) => i !== byService),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await snapshot()).toEqual(before);
  }, 180_000);

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
