/**
 * The demo data set (npm run demo): Shangluo city (611000) with city units,
 * three districts/counties with their units, two townships each and two
 * villages per township, the cadres of the teams, the term plan and its rounds.
 * Names are realistic but invented; the figures come from a seeded generator.
 */

export type Category =
  | 'committee-organ'
  | 'party-mass-organ'
  | 'peoples-organization'
  | 'government-department'
  | 'public-institution'
  | 'state-owned-enterprise'
  | 'development-zone'
  | 'university'
  | 'township'
  | 'village'
  | 'other';

export interface TargetSpec {
  /** A stable key, used in idempotency keys and to refer to the target below. */
  readonly key: string;
  readonly name: string;
  readonly category: Category;
  readonly tier: 'city' | 'county' | 'village';
  readonly jurisdiction: string;
  readonly headcount: number;
  readonly leader: string;
  /** Key of the parent target (a village's township). */
  readonly parent?: string;
}

export const CITY = { code: '611000', name: '商洛市' };

const cityUnits: Array<[string, string, Category, number, string]> = [
  ['czj', '商洛市财政局', 'government-department', 46, '张某某'],
  ['jyj', '商洛市教育局', 'government-department', 52, '李某某'],
  ['zrzyj', '商洛市自然资源局', 'government-department', 58, '王某某'],
  ['xcb', '中共商洛市委宣传部', 'committee-organ', 34, '赵某某'],
  ['slxy', '商洛学院', 'university', 120, '刘某某'],
  ['lcj', '商洛市粮食和物资储备局', 'government-department', 26, '陈某某'],
  ['cbl', '商洛市储备粮管理有限公司', 'state-owned-enterprise', 38, '杨某某'],
  ['gxq', '商洛高新技术产业开发区党工委', 'development-zone', 40, '黄某某'],
  ['ct', '商洛市城市建设投资集团有限公司', 'state-owned-enterprise', 85, '周某某'],
  ['zxyy', '商洛市中心医院', 'public-institution', 150, '吴某某'],
  ['zgh', '商洛市总工会', 'peoples-organization', 22, '徐某某'],
  ['dx', '中共商洛市委党校', 'party-mass-organ', 31, '孙某某'],
];

export const COUNTIES = [
  {
    code: '611002',
    name: '商州区',
    short: 'sz',
    townships: [
      ['大荆镇', ['东寨村', '西峪村']],
      ['夜村镇', ['王山底村', '杨峪河村']],
    ],
  },
  {
    code: '611021',
    name: '洛南县',
    short: 'ln',
    townships: [
      ['石门镇', ['石门村', '黄龙村']],
      ['景村镇', ['景村村', '三角村']],
    ],
  },
  {
    code: '611022',
    name: '丹凤县',
    short: 'df',
    townships: [
      ['棣花镇', ['棣花村', '万湾村']],
      ['竹林关镇', ['竹林关村', '双庙岭村']],
    ],
  },
] as const;

const countyUnits: Array<[string, string, Category, number]> = [
  ['czj', '财政局', 'government-department', 28],
  ['jtj', '教育和体育局', 'government-department', 36],
  ['nyj', '农业农村局', 'government-department', 33],
  ['scj', '市场监督管理局', 'government-department', 41],
];

const surnames = ['马', '高', '郭', '何', '罗', '郑', '梁', '谢', '宋', '唐', '韩', '冯'];

function buildTargets(): TargetSpec[] {
  const targets: TargetSpec[] = cityUnits.map(([key, name, category, headcount, leader]) => ({
    key,
    name,
    category,
    tier: 'city',
    jurisdiction: CITY.code,
    headcount,
    leader,
  }));
  let n = 0;
  for (const county of COUNTIES) {
    for (const [key, name, category, headcount] of countyUnits) {
      targets.push({
        key: `${county.short}-${key}`,
        name: `${county.name}${name}`,
        category,
        tier: 'county',
        jurisdiction: county.code,
        headcount: headcount + (n % 3) * 2,
        leader: `${surnames[n++ % surnames.length]}某某`,
      });
    }
    county.townships.forEach(([township, villages], t) => {
      const townshipCode = `${county.code}${String(t + 1).padStart(3, '0')}`;
      const townshipKey = `${county.short}-t${t + 1}`;
      targets.push({
        key: townshipKey,
        name: `${county.name}${township}`,
        category: 'township',
        tier: 'county',
        jurisdiction: townshipCode,
        headcount: 42 + t * 9,
        leader: `${surnames[n++ % surnames.length]}某某`,
      });
      villages.forEach((village, v) => {
        targets.push({
          key: `${townshipKey}-v${v + 1}`,
          name: `${township}${village}`,
          category: 'village',
          tier: 'village',
          jurisdiction: `${townshipCode}${String(v + 1).padStart(3, '0')}`,
          headcount: 7 + v * 2,
          leader: `${surnames[n++ % surnames.length]}某某`,
          parent: townshipKey,
        });
      });
    });
  }
  return targets;
}

export const TARGETS = buildTargets();

export interface CadreSpec {
  readonly key: string;
  readonly name: string;
  readonly pools: Array<'leader' | 'talent'>;
  readonly expertise: string[];
}

export const LEADERS: CadreSpec[] = [
  ['王建国', ['党建', '纪检']],
  ['李卫东', ['组织', '党建']],
  ['张秀英', ['纪检', '财务']],
].map(([name, expertise], i) => ({
  key: `leader-${i + 1}`,
  name: name as string,
  pools: ['leader', 'talent'],
  expertise: expertise as string[],
}));

export const TALENTS: CadreSpec[] = [
  ['刘志强', ['纪检']],
  ['陈晓燕', ['审计']],
  ['杨帆', ['财务']],
  ['赵磊', ['组织']],
  ['周静', ['纪检', '法律']],
  ['吴海涛', ['工程']],
  ['郑丽', ['审计', '财务']],
  ['孙浩', ['组织']],
  ['马小军', ['纪检']],
  ['胡敏', ['农业']],
  ['朱建华', ['财务']],
  ['林娜', ['法律']],
].map(([name, expertise], i) => ({
  key: `talent-${i + 1}`,
  name: name as string,
  pools: ['talent'],
  expertise: expertise as string[],
}));

export const TERM_PLAN = {
  name: '四届市委巡察规划（2021—2026）',
  from: '2021-09-01',
  to: '2026-08-31',
};

export interface RoundSpec {
  readonly ordinal: number;
  readonly kind: 'regular' | 'special' | 'mobile' | 'follow-up';
  readonly modes: Array<'elevated' | 'cross' | 'linked' | 'township-with-villages'>;
  readonly theme?: string;
  readonly window: { from: string; to: string };
  /** Target keys per team; the team's cadres come from the pools by index. */
  readonly teams: string[][];
}

const countyKeys = (short: string) => ['czj', 'jtj', 'nyj', 'scj'].map((k) => `${short}-${k}`);
const townshipWithVillages = (short: string) =>
  [1, 2].flatMap((t) => [`${short}-t${t}`, `${short}-t${t}-v1`, `${short}-t${t}-v2`]);

/**
 * The rounds of the term. Never inspected: 商洛市总工会, 中共商洛市委党校 and
 * 丹凤县市场监督管理局 (coverage stays below 100%); the targets of the special and the
 * mobile round only do not count as covered either (the default coverage rule: regular
 * rounds only). The follow-up round (回头看)
 * comes back to 商洛市财政局 once its first inspection fed back.
 */
export const ROUNDS: RoundSpec[] = [
  {
    ordinal: 1,
    kind: 'regular',
    modes: [],
    window: { from: '2022-03-01', to: '2022-06-30' },
    teams: [
      ['czj', 'jyj', 'zrzyj'],
      ['xcb', 'slxy'],
    ],
  },
  {
    ordinal: 2,
    kind: 'regular',
    modes: ['elevated'],
    window: { from: '2022-09-01', to: '2022-12-31' },
    teams: [countyKeys('sz'), countyKeys('ln'), countyKeys('df').filter((k) => k !== 'df-scj')],
  },
  {
    ordinal: 3,
    kind: 'special',
    modes: [],
    theme: '粮食购销领域腐败问题专项巡察',
    window: { from: '2023-03-01', to: '2023-05-31' },
    teams: [['lcj', 'cbl']],
  },
  {
    ordinal: 4,
    kind: 'mobile',
    modes: [],
    window: { from: '2023-09-01', to: '2023-10-31' },
    teams: [['gxq']],
  },
  {
    ordinal: 5,
    kind: 'regular',
    modes: ['township-with-villages', 'linked'],
    window: { from: '2024-03-01', to: '2024-06-30' },
    teams: [townshipWithVillages('sz'), townshipWithVillages('ln'), townshipWithVillages('df')],
  },
  {
    ordinal: 6,
    kind: 'follow-up',
    modes: [],
    theme: '巡察整改“回头看”',
    window: { from: '2024-09-01', to: '2024-10-31' },
    teams: [['czj']],
  },
  {
    ordinal: 7,
    kind: 'regular',
    modes: [],
    window: { from: '2025-03-01', to: '2025-06-30' },
    teams: [['ct', 'zxyy']],
  },
];

/** Finding templates: a title and a description with a placeholder for the amount. */
export const FINDING_TEXTS: Record<string, Array<[string, string]>> = {
  'SGJJ-1': [
    ['贯彻上级决策部署不到位', '对上级重点工作部署研究不深、推进不力，部分任务未按期完成'],
    ['第一议题制度落实不严', '党组（党委）会议第一议题学习流于形式，研讨记录缺失'],
    ['重大项目推进缓慢', '年度重点项目建设进度滞后，督办落实不到位'],
    ['意识形态工作责任制落实不到位', '意识形态工作专题研究次数不足，阵地管理存在漏洞'],
  ],
  'SGJJ-2': [
    ['违规发放津贴补贴', '违规发放各类津贴补贴共计{amount}万元'],
    ['超标准列支公务接待费', '公务接待无公函、超标准列支接待费{amount}万元'],
    ['工程项目未按规定招标', '部分工程项目化整为零规避招标，涉及金额{amount}万元'],
    ['专项资金管理使用不规范', '专项资金挤占挪用、拨付滞后，涉及金额{amount}万元'],
    ['公车管理使用不规范', '公务用车私用、加油费用报销不规范，涉及金额{amount}万元'],
  ],
  'SGJJ-3': [
    ['基层党组织建设薄弱', '“三会一课”制度落实不到位，组织生活会质量不高'],
    ['选人用人程序不规范', '干部选拔任用动议、考察环节程序不规范，档案材料不全'],
    ['巡察整改责任落实不到位', '上轮巡察反馈问题整改不彻底，存在表面整改现象'],
    ['党员发展管理不规范', '发展党员程序倒置，党费收缴不及时、不足额'],
  ],
};

export const MEASURES = [
  '召开专题民主生活会，深刻剖析问题根源',
  '逐项建立整改台账，明确责任人和完成时限',
  '全面清退违规资金，追回相关款项',
  '修订完善内部管理制度，堵塞制度漏洞',
  '开展专项整治，举一反三排查同类问题',
  '加强党员干部教育培训，强化纪律意识',
];

export const POSITIONS: Array<[string, 'top-leader' | 'leadership' | 'section' | 'below-section']> =
  [
    ['党组书记', 'top-leader'],
    ['副局长', 'leadership'],
    ['财务科科长', 'section'],
    ['办公室主任', 'section'],
    ['项目办工作人员', 'below-section'],
    ['会计', 'below-section'],
  ];

export const CLUE_NAMES = ['王某', '李某某', '张某', '刘某某', '陈某', '杨某某', '赵某', '黄某某'];

/**
 * The targets full coverage counts as inspected once fed back: those of the regular rounds,
 * the kind that counts by default (the demo leaves the city's coverage rule as it is).
 */
export const COVERED_TARGET_KEYS = new Set(
  ROUNDS.filter((round) => round.kind === 'regular').flatMap((round) => round.teams.flat()),
);
