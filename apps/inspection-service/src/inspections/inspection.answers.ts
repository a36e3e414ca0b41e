/** What the inspection service answers: its views' schemas for the OpenAPI document. */
import {
  DIRECTIVE_TARGETS,
  DISCIPLINE_CATEGORIES,
  INVOLVED_RANKS,
  REPORTING_CHANNELS,
  RESULT_USE_KINDS,
  ROUND_KINDS,
  ROUND_MODES,
  TALK_GROUPS,
  TARGET_CATEGORIES,
  TARGET_TIERS,
} from '@xuncha/contracts';
import {
  BRIEFING_UNITS,
  MEETING_KINDS,
  PORTRAIT_RATINGS,
  REPORT_STAGES,
} from '@xuncha/inspection-domain';
import { named, outcomeWith, page, s } from '@xuncha/platform-nest';

const STATUSES = [
  'opened',
  'stationed',
  ...REPORT_STAGES.filter((stage) => stage !== 'none').map((stage) => `report-${stage}`),
  'feedback-delivered',
  'closed',
];

const TalkCounts = s.record(s.count(), '各类谈话人数 (talks per group)');
const NotApplicable = s.record(
  s.object({ reason: s.string(), markedAt: s.dateTime() }),
  '不适用的必谈对象及理由',
);
const TalkRules = named(
  'TalkRules',
  s.object({
    mustTalkGroups: s.array(s.enum(TALK_GROUPS), '必谈对象'),
    everyoneUpTo: s.count('此人数以下全部谈话'),
    minimumPercent: s.number('超过时至少谈话的比例 (%)'),
    allPartyMembers: s.bool('全体党员'),
  }),
);
const Coverage = named(
  'TalkCoverage',
  s.object(
    {
      headcount: s.count(),
      required: s.count('应谈人数'),
      talked: s.count('已谈人数'),
      rate: s.number(),
      missingGroups: s.array(s.enum(TALK_GROUPS), '尚未谈话的必谈对象'),
      notApplicable: NotApplicable,
      met: s.bool('谈话要求已满足'),
    },
    { partyMembers: s.object({ required: s.count(), talked: s.count() }, {}, '全体党员') },
  ),
);
const Target = s.object(
  {
    targetId: s.uuid(),
    targetName: s.string('被巡察单位'),
    category: s.enum(TARGET_CATEGORIES),
    tier: s.enum(TARGET_TIERS),
    jurisdiction: s.string(),
    headcount: s.count(),
  },
  { parentId: s.uuid(), partyMemberCount: s.count() },
);
const Team = s.object({
  teamId: s.uuid(),
  leaderId: s.uuid('组长'),
  deputyIds: s.array(s.uuid()),
  liaisonId: s.uuid(),
  memberIds: s.array(s.uuid()),
});
const Village = s.object({
  villageId: s.string(),
  villageName: s.string('村名'),
  jurisdiction: s.string(),
});
const Finding = s.object(
  {
    findingId: s.uuid(),
    title: s.string(),
    description: s.string(),
    focusItem: s.string('重点问题条目'),
    catalogVersion: s.string(),
    involvedRank: s.enum(INVOLVED_RANKS),
    amendments: s.count('修改次数'),
  },
  {
    amount: s.number('涉及金额 (元)'),
    villageId: s.string(),
    village: Village,
    keyProblem: s.bool('重点问题'),
    publicConcern: s.bool('群众急难愁盼'),
    focusItemLabel: s.string('条目表述 (the wording of the item in the round’s catalog version)'),
  },
);
const ImmediateItem = s.object(
  { itemId: s.uuid(), title: s.string() },
  { findingId: s.uuid(), dueBy: s.date() },
);

const inspectionFields = {
  id: s.uuid(),
  roundId: s.uuid(),
  termPlanId: s.uuid(),
  status: s.enum(STATUSES, '进度'),
  talks: TalkCounts,
};

export const InspectionSummaryView = named(
  'InspectionSummary',
  s.object(
    {
      ...inspectionFields,
      teamId: s.uuid(),
      targetId: s.uuid(),
      targetName: s.string('被巡察单位'),
      tier: s.enum(TARGET_TIERS),
      jurisdiction: s.string(),
      headcount: s.count(),
      coverage: s.object({
        talked: s.count(),
        required: s.count(),
        rate: s.number(),
        met: s.bool(),
      }),
      findingCount: s.count(),
      immediateItemCount: s.count(),
      clueCount: s.count(),
    },
    {
      partyMemberCount: s.count(),
      talkRules: TalkRules,
      talksNotApplicable: NotApplicable,
      announcedAt: s.dateTime('进驻'),
      heardAt: s.dateTime('听取汇报'),
      feedbackDeliveredAt: s.dateTime('反馈'),
    },
  ),
);
export const InspectionPage = page(InspectionSummaryView);

export const InspectionView = named(
  'InspectionView',
  s.object({
    ...inspectionFields,
    revision: s.int(),
    ordinal: s.int('第N轮'),
    kind: s.enum(ROUND_KINDS),
    modes: s.array(s.enum(ROUND_MODES)),
    team: Team,
    target: Target,
    villages: s.array(Village, '巡镇带村的村'),
    catalogVersion: s.string('重点问题目录版本'),
    stationing: s.nullable(
      s.object({
        announcedAt: s.dateTime(),
        channels: s.array(s.enum(REPORTING_CHANNELS), '受理渠道'),
        fieldStageDueBy: s.date(),
      }),
    ),
    briefings: s.object(
      {
        received: s.array(
          s.object(
            {
              unit: s.enum(BRIEFING_UNITS),
              briefedAt: s.dateTime(),
              beforeStationing: s.bool('进驻前通报'),
            },
            {
              summary: s.string('通报内容 (office and team only)'),
              redacted: s.bool('内容不向本角色显示'),
              personalDataErased: s.bool(),
            },
          ),
        ),
        missing: s.array(s.enum(BRIEFING_UNITS), '尚未通报的单位'),
      },
      {},
      '巡前通报',
    ),
    meetings: s.array(
      s.object(
        { kind: s.enum(MEETING_KINDS), heldOn: s.date(), attendees: s.count() },
        { note: s.string() },
      ),
    ),
    talks: s.object({ byGroup: TalkCounts, total: s.count() }),
    talkRules: TalkRules,
    coverage: Coverage,
    questionnaires: s.object({ respondents: s.count() }),
    evaluations: s.object({ respondents: s.count() }),
    documentReviews: s.array(s.object({ subject: s.string(), volumes: s.count(), date: s.date() })),
    visits: s.array(s.object({ place: s.string(), date: s.date() })),
    petitions: s.array(
      s.object(
        { petitionId: s.uuid(), channel: s.enum(REPORTING_CHANNELS), receivedAt: s.dateTime() },
        {
          summary: s.string('来信来访内容 (for who reads it; erased after an erasure)'),
          redacted: s.bool('内容不可见'),
          triage: s.object({ inScope: s.bool() }, { forwardedTo: s.string() }),
          personalDataErased: s.bool(),
          personalDataErasedAt: s.dateTime(),
          erasureReason: s.string(),
        },
      ),
      '信访件',
    ),
    findings: s.array(Finding, '发现的问题'),
    immediateItems: s.array(ImmediateItem, '立行立改'),
    clues: s.array(
      s.object(
        {
          clueId: s.uuid(),
          involvedRank: s.enum(INVOLVED_RANKS),
          discipline: s.enum(DISCIPLINE_CATEGORIES),
          urgent: s.bool(),
          identifiedAt: s.dateTime(),
          transferred: s.bool('已移交线索服务'),
        },
        {
          findingId: s.uuid(),
          villageId: s.string(),
          village: Village,
          personalDataErased: s.bool(),
        },
      ),
      '问题线索 (without person and allegation)',
    ),
    portrait: s.nullable(
      s.object({
        entries: s.array(
          s.object({
            dimension: s.string(),
            rating: s.enum(PORTRAIT_RATINGS),
            assessment: s.string(),
          }),
        ),
        recordedAt: s.dateTime(),
      }),
    ),
    report: s.object(
      { stage: s.enum(REPORT_STAGES) },
      { summary: s.string(), heardAt: s.dateTime() },
    ),
    resultUses: s.array(
      s.object({
        useId: s.uuid(),
        kind: s.enum(RESULT_USE_KINDS, '成果运用方式'),
        addressee: s.string('送达单位'),
        subject: s.string('主要内容'),
        sentAt: s.dateTime('送达时间'),
      }),
      '成果运用',
    ),
    directives: s.array(
      s.object(
        {
          directiveId: s.string(),
          pointsAt: s.enum(DIRECTIVE_TARGETS, '点人、点事、点问题'),
          subject: s.string('所点的人（职务）、事或问题'),
          followUps: s.array(s.object({ note: s.string('办理情况'), at: s.dateTime() })),
          overdue: s.bool('逾期'),
        },
        {
          owner: s.string('责任部门'),
          dueBy: s.date('办理时限'),
          closed: s.object({ result: s.string('办结情况'), at: s.dateTime() }),
        },
      ),
      '书记点人点事台账',
    ),
    feedback: s.nullable(
      s.object({
        deliveredAt: s.dateTime(),
        copiedTo: s.array(s.string()),
        planDueBy: s.date('整改方案期限'),
        reportDueBy: s.date('整改报告期限'),
        lists: s.array(
          s.object({
            feedbackId: s.uuid(),
            village: s.nullable({ ...Village, type: 'object' }),
            findingIds: s.array(s.uuid()),
            immediateItemIds: s.array(s.uuid()),
          }),
        ),
      }),
    ),
  }),
);

export const PetitionOutcome = outcomeWith('PetitionOutcome', { petitionId: s.uuid() });
export const FindingOutcome = outcomeWith('FindingOutcome', { findingId: s.uuid() });
export const ImmediateItemOutcome = outcomeWith('ImmediateItemOutcome', { itemId: s.uuid() });
export const ResultUseOutcome = outcomeWith('ResultUseOutcome', { useId: s.uuid() });
export const ClueOutcome = outcomeWith('ClueOutcome', { clueId: s.uuid() });

export const TalkRulesInForce = named(
  'TalkRulesInForce',
  s.object({
    jurisdiction: s.string(),
    tiers: s.array(
      s.object({ tier: s.enum(TARGET_TIERS), rules: TalkRules, source: s.string('来源辖区') }),
    ),
  }),
);
