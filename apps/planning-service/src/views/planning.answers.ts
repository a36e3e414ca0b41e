/** What the planning service answers: its views' schemas for the OpenAPI document. */
import { ROUND_KINDS, ROUND_MODES, TARGET_CATEGORIES, TARGET_TIERS } from '@xuncha/contracts';
import { CADRE_POOLS } from '@xuncha/planning-domain';
import { named, outcomeWith, page, s } from '@xuncha/platform-nest';

const Window = named(
  'DateWindow',
  s.object({ from: s.date('开始 (first day)'), to: s.date('结束 (last day, included)') }),
);

export const TargetView = named(
  'TargetView',
  s.object(
    {
      id: s.uuid(),
      name: s.string('单位名称'),
      category: s.enum(TARGET_CATEGORIES, '类别'),
      tier: s.enum(TARGET_TIERS, '层级'),
      jurisdiction: s.string('所属辖区 (division code)'),
      headcount: s.count('在编人数'),
      status: s.enum(['active', 'retired'], '状态'),
    },
    {
      partyMemberCount: s.count('党员人数'),
      parentId: s.uuid('上级单位'),
      leader: s.string('主要负责人 (一把手)'),
      retirement: s.object(
        {
          reason: s.string(),
          effectiveOn: s.date('生效日期'),
          by: s.enum(['retired', 'merged', 'split'], '撤销、合并或拆分'),
        },
        {},
        '撤销 (when retired)',
      ),
    },
  ),
);
export const TargetPage = page(TargetView);
export const SplitOutcome = outcomeWith('SplitOutcome', {
  successorIds: s.array(s.uuid(), '拆分后的新单位'),
});

export const CadreView = named(
  'CadreView',
  s.object(
    {
      id: s.uuid(),
      name: s.string('姓名'),
      jurisdiction: s.string(),
      pools: s.array(s.enum(CADRE_POOLS), '组长库、人才库'),
      expertise: s.array(s.string(), '专长'),
      conflicts: s.array(
        s.object({ targetId: s.uuid(), reason: s.string() }),
        '申报的回避 (declared conflicts)',
      ),
    },
    { homeUnitId: s.uuid('所在单位') },
  ),
);
export const CadrePage = page(CadreView);

const Coverage = {
  inScope: s.count('规划范围内单位数'),
  inspected: s.count('已巡察'),
  rate: s.number('覆盖率 (0..1)'),
};

export const TermPlanView = named(
  'TermPlanView',
  s.object({
    id: s.uuid(),
    name: s.string('规划名称'),
    jurisdiction: s.string(),
    window: Window,
    status: s.enum(['draft', 'adopted'], '草案、已通过'),
    targetIds: s.array(s.uuid(), '规划范围'),
    annualPlans: s.array(
      s.object({ year: s.int(), title: s.string(), targetIds: s.array(s.uuid()) }),
      '年度计划',
    ),
    ...Coverage,
  }),
);
export const TermPlanPage = page(TermPlanView);
export const TermPlanCoverage = named(
  'TermPlanCoverage',
  s.object({
    ...Coverage,
    missing: s.array(s.uuid(), '尚未巡察的单位'),
    covered: s.array(
      s.object({
        targetId: s.uuid(),
        inspectionId: s.uuid('覆盖它的巡察'),
        roundId: s.uuid(),
        inspectedAt: s.dateTime('反馈时间'),
      }),
      '已覆盖的单位与覆盖它的巡察',
    ),
  }),
);
export const CoverageRulesInForce = named(
  'CoverageRulesInForce',
  s.object({
    jurisdiction: s.string(),
    coveringKinds: s.array(s.enum(ROUND_KINDS), '计入全覆盖的巡察类型'),
    source: s.string('来源辖区 (or `default`)'),
  }),
);
export const CoverageWarnings = named(
  'CoverageWarnings',
  s.object({
    asOf: s.date(),
    daysElapsed: s.count(),
    daysLeft: s.count(),
    missing: s.count('尚未巡察的单位数'),
    pacePerMonth: s.number('每30天巡察单位数'),
    coverableAtPace: s.count('按此进度还能覆盖'),
    shortfall: s.count('缺口 (0: on track)'),
    atRisk: s.array(s.uuid(), '难以覆盖的单位 (unscheduled first)'),
  }),
);

const Team = s.object(
  {
    teamId: s.uuid(),
    leaderId: s.uuid('组长'),
    deputyIds: s.array(s.uuid(), '副组长'),
    liaisonId: s.uuid('联络员'),
    memberIds: s.array(s.uuid(), '组员'),
    targetIds: s.array(s.uuid(), '巡察对象'),
  },
  {
    overlapOverride: s.object(
      { reason: s.string('书面理由'), roundIds: s.array(s.uuid()) },
      {},
      '时间重叠的书面说明 (kept when the office overrode the overlap rule)',
    ),
  },
);

export const RoundView = named(
  'RoundView',
  s.object(
    {
      id: s.uuid(),
      termPlanId: s.uuid(),
      jurisdiction: s.string(),
      ordinal: s.int('第N轮'),
      kind: s.enum(ROUND_KINDS, '巡察类型'),
      modes: s.array(s.enum(ROUND_MODES), '巡察方式'),
      window: Window,
      status: s.enum(['draft', 'approved', 'launched', 'closed'], '状态'),
      teams: s.array(Team, '巡察组'),
    },
    {
      theme: s.string('专项主题'),
      catalogVersion: s.string('选定的监督重点清单版本 (chosen focus catalog version)'),
    },
  ),
);
export const RoundPage = page(RoundView);
export const TeamOutcome = outcomeWith('TeamOutcome', { teamId: s.uuid() });

const Suggested = s.object({ cadreId: s.uuid(), matchedExpertise: s.array(s.string()) });
export const TeamSuggestion = named(
  'TeamSuggestion',
  s.object({
    leaders: s.array(Suggested, '组长人选 (best first)'),
    members: s.array(Suggested, '组员人选'),
    excluded: s.array(
      s.object({ cadreId: s.uuid(), rule: s.string('排除的规则') }),
      '被排除的干部及原因',
    ),
  }),
);

export const PlanningDeadlines = named(
  'PlanningDeadlines',
  s.object({
    jurisdiction: s.string(),
    deadlines: s.object({
      stationingNoticeDays: s.int('进驻通知提前天数'),
      fieldStageDays: s.int('现场巡察天数'),
      reportToSecretaryDays: s.int('向书记专题会报告天数'),
      rectificationPlanWorkingDays: s.int('整改方案工作日'),
      rectificationReportMonths: s.int('整改报告月数'),
      clueResultMonths: s.int('线索办理结果月数'),
    }),
    source: s.string('来源辖区 (or `default`)'),
  }),
);
