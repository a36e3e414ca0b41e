/** Payloads on xuncha.planning.events (巡察规划), published by the planning service. */
import {
  CalendarDate,
  Count,
  Describe,
  Flag,
  Id,
  Ids,
  JurisdictionCode,
  Nested,
  NestedList,
  OneOf,
  Optional,
  Rate,
  SomeOf,
  Text,
} from '../fields';
import { DateWindow } from '../shared';
import { FocusCatalogVersion } from './focus-catalog';
import {
  ROUND_KIND_LABELS,
  ROUND_KINDS,
  ROUND_MODE_LABELS,
  ROUND_MODES,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  TARGET_TIER_LABELS,
  TARGET_TIERS,
  type RoundKind,
  type RoundMode,
  type TargetCategory,
  type TargetTier,
} from '../vocabulary';

@Describe(
  'A party organization that must be inspected (巡察对象), as planning knows it. ' +
    'Its top leader (一把手) is personal data and stays in the planning service',
)
export class TargetProfile {
  @Id('Target id')
  targetId!: string;

  @Text('Name of the organization (单位名称), e.g. 商洛市财政局', 200)
  targetName!: string;

  @OneOf(TARGET_CATEGORIES, TARGET_CATEGORY_LABELS, 'Category of the target (巡察对象类别)')
  category!: TargetCategory;

  @OneOf(
    TARGET_TIERS,
    TARGET_TIER_LABELS,
    'Tier the target is counted in (统计层级): city, county or village inspection',
  )
  tier!: TargetTier;

  @JurisdictionCode('Jurisdiction the target belongs to (所属区划)')
  jurisdiction!: string;

  @Optional()
  @Id('Parent target, e.g. the township (镇办) of a village; absent for top-level units')
  parentId?: string;

  @Count(
    'Staff headcount (干部职工人数); drives individual-talk coverage (30 or more: at least 70%)',
  )
  headcount!: number;

  @Optional()
  @Count('Party members (党员人数), when known')
  partyMemberCount?: number;
}

@Describe(
  'A target entered the inspection scope of its jurisdiction (新增巡察对象). ' +
    'Carries the whole profile.',
)
export class TargetRegistered extends TargetProfile {}

@Describe(
  'A target profile changed (巡察对象信息变更). Carries the whole profile after the change: ' +
    'consumers replace what they hold.',
)
export class TargetProfileUpdated extends TargetProfile {}

@Describe(
  'A target no longer exists, e.g. abolished by institutional reform (机构改革撤销). ' +
    'It leaves every term plan scope from the effective day; past inspections keep counting.',
)
export class TargetRetired {
  @Id('The retired target')
  targetId!: string;

  @Text('Why (撤销原因), e.g. the reform document', 500)
  reason!: string;

  @CalendarDate('Day the retirement takes effect (生效日期)')
  effectiveOn!: string;
}

@Describe(
  'Targets were merged into one by institutional reform (机构改革合并). The absorbed targets ' +
    'are retired by this event (no separate TargetRetired). A newly formed target is ' +
    'registered first, on its own key: a consumer may see this event before that one.',
)
export class TargetsMerged {
  @Id('The target that remains or was formed (合并后单位)')
  targetId!: string;

  @Ids('Targets absorbed into it and retired (被合并单位)', { min: 1 })
  mergedTargetIds!: string[];

  @Text('Why (合并依据)', 500)
  reason!: string;

  @CalendarDate('Day the merger takes effect (生效日期)')
  effectiveOn!: string;
}

@Describe(
  'A target was split by institutional reform (机构改革拆分). The split target is retired ' +
    'by this event; its successors are registered first, each on its own key.',
)
export class TargetSplit {
  @Id('The target that was split and is retired (被拆分单位)')
  targetId!: string;

  @Ids('Targets that succeed it (拆分后单位)', { min: 2 })
  successorIds!: string[];

  @Text('Why (拆分依据)', 500)
  reason!: string;

  @CalendarDate('Day the split takes effect (生效日期)')
  effectiveOn!: string;
}

@Describe(
  'A committee term plan was adopted (届内巡察规划通过): every target in its scope must be ' +
    'inspected once within the term (全覆盖).',
)
export class TermPlanAdopted {
  @Id('Term plan id')
  termPlanId!: string;

  @Text('Title of the plan (规划名称), e.g. 四届市委巡察工作规划', 200)
  title!: string;

  @JurisdictionCode('Jurisdiction of the committee that owns the plan (党委所在区划)')
  jurisdiction!: string;

  @Nested(() => DateWindow, 'The committee term the plan covers (届期)')
  window!: DateWindow;

  @Ids('Targets in scope (巡察范围)', { min: 1 })
  targetIds!: string[];
}

@Describe(
  'Targets were added to or dropped from a term plan scope (调整巡察范围), e.g. after reform',
)
export class TermPlanScopeAdjusted {
  @Id('Term plan id')
  termPlanId!: string;

  @Ids('Targets added to the scope (新增)')
  addedTargetIds!: string[];

  @Ids('Targets dropped from the scope (移出)')
  droppedTargetIds!: string[];

  @Text('Why (调整原因)', 500)
  reason!: string;

  @Count('Targets in scope after the adjustment (调整后应巡察数)')
  inScope!: number;
}

@Describe(
  'Deadlines that apply to this round, from the jurisdiction configuration (docs/domain.md §5 ' +
    'gives the defaults). Inspections and rectification cases compute their due dates from them.',
)
export class RoundDeadlines {
  @Count('Days between the inspection notice and stationing (进驻前通知), default 10', 0)
  stationingNoticeDays!: number;

  @Count('Length of the field stage in days (现场巡察), default 40', 1)
  fieldStageDays!: number;

  @Count(
    'Days from the end of the field stage to the secretary meeting (书记专题会), default 30',
    1,
  )
  reportToSecretaryDays!: number;

  @Count('Working days from feedback to the rectification plan (整改方案), default 15', 1)
  rectificationPlanWorkingDays!: number;

  @Count('Months from feedback to the rectification report (整改报告), default 2', 1)
  rectificationReportMonths!: number;

  @Count('Months from transfer to the result of a clue (线索办理结果), default 3', 1)
  clueResultMonths!: number;
}

@Describe('A team of the round (巡察组) and the targets it inspects')
export class RoundTeam {
  @Id('Team id')
  teamId!: string;

  @Id('Team leader (组长), a cadre id')
  leaderId!: string;

  @Ids('Deputy leaders (副组长), cadre ids')
  deputyIds!: string[];

  @Id('Liaison (联络员), a cadre id')
  liaisonId!: string;

  @Ids('Members (组员), cadre ids')
  memberIds!: string[];

  @NestedList(() => TargetProfile, 'Targets this team inspects: one inspection each', { min: 1 })
  targets!: TargetProfile[];
}

@Describe(
  'A round was launched (巡察进驻启动): the inspection service opens one inspection per ' +
    '(team, target) from this event alone. Cadres appear by id only.',
)
export class RoundLaunched {
  @Id('Round id')
  roundId!: string;

  @Id('Term plan the round belongs to')
  termPlanId!: string;

  @JurisdictionCode('Jurisdiction of the committee running the round')
  jurisdiction!: string;

  @Count('Ordinal within the term (第N轮)', 1)
  ordinal!: number;

  @OneOf(ROUND_KINDS, ROUND_KIND_LABELS, 'Kind of round (巡察类型)')
  kind!: RoundKind;

  @SomeOf(ROUND_MODES, ROUND_MODE_LABELS, 'Modes combined with the kind (巡察方式); may be empty')
  modes!: RoundMode[];

  @Optional()
  @Text('Theme of a special round (专项主题), e.g. 粮食购销领域', 200)
  theme?: string;

  @Nested(() => DateWindow, 'Planned window of the round (计划起止日期)')
  window!: DateWindow;

  @NestedList(() => RoundTeam, 'Teams and their targets', { min: 1 })
  teams!: RoundTeam[];

  @Nested(() => RoundDeadlines, 'Deadlines that apply (时限要求)')
  deadlines!: RoundDeadlines;

  @Optional()
  @Nested(
    () => FocusCatalogVersion,
    'The focus catalog version its findings are classified against (监督重点清单). Absent in ' +
      'messages published before catalogs were data: those rounds used three-focuses-2022',
  )
  catalog?: FocusCatalogVersion;

  @Optional()
  @Flag(
    'Its feedbacks count toward full coverage (计入全覆盖), as the jurisdiction set it at ' +
      'launch. Absent in earlier messages: regular rounds count, other kinds do not',
  )
  countsTowardCoverage?: boolean;
}

@Describe('A round was closed (本轮巡察结束); its inspections go on to rectification')
export class RoundClosed {
  @Id('Round id')
  roundId!: string;

  @Id('Term plan the round belongs to')
  termPlanId!: string;
}

@Describe(
  'Coverage of a term plan changed (全覆盖进度): a target was inspected or the scope changed. ' +
    'A target counts as inspected once an inspection of it delivered feedback.',
)
export class TermPlanCoverageChanged {
  @Id('Term plan id')
  termPlanId!: string;

  @Count('Targets in scope (应巡察数)')
  inScope!: number;

  @Count('Targets in scope already inspected this term (已巡察数)')
  inspected!: number;

  @Rate('Coverage rate (覆盖率) = inspected / inScope, a fraction; 0 when the scope is empty')
  rate!: number;
}
