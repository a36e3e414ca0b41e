/**
 * Payloads on xuncha.inspection.events (现场巡察), published by the inspection
 * service. An analytics topic: no names of people, no allegation texts.
 */
import {
  Amount,
  CalendarDate,
  Count,
  Describe,
  Flag,
  Id,
  Ids,
  Instant,
  JurisdictionCode,
  Nested,
  NestedList,
  OneOf,
  Optional,
  SomeOf,
  Text,
  Texts,
} from '../fields';
import { TargetProfile } from '../planning/planning.events';
import { VILLAGE_OF_RECORD, VILLAGE_WHOLE, Village, happenedAsTold } from '../shared';
import {
  DIRECTIVE_TARGET_LABELS,
  DIRECTIVE_TARGETS,
  DISCIPLINE_CATEGORIES,
  DISCIPLINE_CATEGORY_LABELS,
  INVOLVED_RANK_LABELS,
  INVOLVED_RANKS,
  REPORTING_CHANNEL_LABELS,
  REPORTING_CHANNELS,
  RESULT_USE_KIND_LABELS,
  RESULT_USE_KINDS,
  SUPERVISED_STEP_LABELS,
  SUPERVISED_STEPS,
  TALK_GROUP_LABELS,
  TALK_GROUPS,
  TARGET_TIER_LABELS,
  TARGET_TIERS,
  type DirectiveTarget,
  type DisciplineCategory,
  type InvolvedRank,
  type ReportingChannel,
  type ResultUseKind,
  type SupervisedStep,
  type TalkGroup,
  type TargetTier,
} from '../vocabulary';

const FOCUS_ITEM = 'Supervision-focus catalog item code (监督重点条目编号)';
const CATALOG_VERSION =
  'Version of the focus catalog the code belongs to (监督重点清单版本), e.g. 三个聚焦 since round 10';

@Describe('The talk rules an inspection is held to before its report (谈话要求)')
export class TalkRulesProfile {
  @SomeOf(TALK_GROUPS, TALK_GROUP_LABELS, 'Groups every one of which is talked to (必谈对象)', {
    min: 1,
  })
  mustTalkGroups!: TalkGroup[];

  @Count('Up to and including this headcount everyone is talked to (全覆盖人数上限)')
  everyoneUpTo!: number;

  @Count('Above it, at least this percent of the headcount (谈话比例下限, %)', 1)
  minimumPercent!: number;

  @Flag('Every party member is talked to where their number is known (全体党员)')
  allPartyMembers!: boolean;
}

@Describe(
  'An inspection was opened for one (team, target) of a launched round (巡察组进驻对象). ' +
    'Carries the target as planning knew it at launch.',
)
export class InspectionOpened {
  @Id('Inspection id')
  inspectionId!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Term plan id')
  termPlanId!: string;

  @Id('Team id')
  teamId!: string;

  @Id('Team leader (组长), a cadre id')
  teamLeaderId!: string;

  @Nested(() => TargetProfile, 'The inspected organization (被巡察党组织)')
  target!: TargetProfile;

  @Optional()
  @Nested(
    () => TalkRulesProfile,
    'Talk rules in force for the target at opening; absent: the defaults of its tier',
  )
  talkRules?: TalkRulesProfile;
}

@Describe(
  'A must-talk group was found absent at the target and marked not applicable (不适用), with why',
)
export class TalkGroupMarkedNotApplicable {
  @Id('Inspection id')
  inspectionId!: string;

  @OneOf(TALK_GROUPS, TALK_GROUP_LABELS, 'The must-talk group (必谈对象)')
  group!: TalkGroup;

  @Text('Why it does not apply, e.g. 本单位无少数民族职工', 200)
  reason!: string;

  @Instant('When it was marked')
  markedAt!: string;
}

@Describe('The team stationed at the target and announced it publicly (进驻，发布巡察公告)')
export class InspectionStationed {
  @Id('Inspection id')
  inspectionId!: string;

  @Instant('When the inspection was announced (公告时间)')
  announcedAt!: string;

  @SomeOf(REPORTING_CHANNELS, REPORTING_CHANNEL_LABELS, 'Reporting channels announced (举报渠道)', {
    min: 1,
  })
  channels!: ReportingChannel[];

  @CalendarDate('Last day of the field stage, from the round deadlines (现场巡察截止)')
  fieldStageDueBy!: string;
}

@Describe('Individual talks were held (个别谈话) with one group')
export class TalksRecorded {
  @Id('Inspection id')
  inspectionId!: string;

  @OneOf(TALK_GROUPS, TALK_GROUP_LABELS, 'Who was talked to (谈话对象)')
  group!: TalkGroup;

  @Count('Talks in this record (谈话人次)', 1)
  count!: number;

  @CalendarDate('Day of the talks (谈话日期)')
  talkedOn!: string;

  @Count('Talks of the inspection so far, all groups, this record included (累计谈话人次)', 1)
  cumulative!: number;
}

/** What FindingRecorded and FindingAmended both carry: the whole finding. */
class FindingFacts {
  @Id('Finding id')
  findingId!: string;

  @Id('Inspection id')
  inspectionId!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Inspected target')
  targetId!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @Text('Short statement of the problem (问题表述); about matters, never naming people', 300)
  title!: string;

  @Text(FOCUS_ITEM, 64)
  focusItem!: string;

  @Text(CATALOG_VERSION, 64)
  catalogVersion!: string;

  @OneOf(INVOLVED_RANKS, INVOLVED_RANK_LABELS, 'Highest rank involved (涉及人员层级)')
  involvedRank!: InvolvedRank;

  @Optional()
  @Amount('Amount of money involved (涉及金额)')
  amount?: number;

  @Optional()
  @Id(VILLAGE_OF_RECORD)
  villageId?: string;

  @Optional()
  @Nested(() => Village, VILLAGE_WHOLE)
  village?: Village;

  @Optional()
  @Flag('Marked a key problem (重点问题); absent: not marked')
  keyProblem?: boolean;

  @Optional()
  @Flag("Marked a problem of the public's urgent concerns (群众急难愁盼); absent: not marked")
  publicConcern?: boolean;

  @Optional()
  @Instant(happenedAsTold('the team found it (发现时间)'))
  foundAt?: string;
}

@Describe('A problem was found (发现问题) and classified against the focus catalog')
export class FindingRecorded extends FindingFacts {}

@Describe(
  'A finding was corrected (问题修订). Carries the whole finding after the change: ' +
    'consumers replace what they hold.',
)
export class FindingAmended extends FindingFacts {}

@Describe('An immediate rectification item was handed to the target (立行立改事项)')
export class ImmediateItemAssigned {
  @Id('Immediate item id; the rectification case reuses it as its item id')
  itemId!: string;

  @Id('Inspection id')
  inspectionId!: string;

  @Id('Inspected target')
  targetId!: string;

  @Text('What must be put right at once (事项)', 300)
  title!: string;

  @Optional()
  @Id('Finding the item comes from, if any')
  findingId?: string;

  @Optional()
  @CalendarDate('Day by which it must be done (完成时限), if one was set')
  dueBy?: string;
  @Optional()
  @Instant(happenedAsTold('it was handed to the target (交办时间)'))
  assignedAt?: string;
}

@Describe(
  'A problem clue was recorded (发现问题线索), REDACTED: no name, position or allegation. ' +
    'The full record goes to the clue service on xuncha.inspection.clues only.',
)
export class ClueRecorded {
  @Id('Clue id')
  clueId!: string;

  @Id('Inspection id')
  inspectionId!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Inspected target')
  targetId!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @Optional()
  @Id('Finding the clue comes from, if any')
  findingId?: string;

  @Optional()
  @Id(VILLAGE_OF_RECORD)
  villageId?: string;

  @Optional()
  @Nested(() => Village, VILLAGE_WHOLE)
  village?: Village;

  @OneOf(INVOLVED_RANKS, INVOLVED_RANK_LABELS, 'Rank of the person concerned (涉及人员层级)')
  involvedRank!: InvolvedRank;

  @OneOf(DISCIPLINE_CATEGORIES, DISCIPLINE_CATEGORY_LABELS, 'Discipline concerned (违纪类别)')
  discipline!: DisciplineCategory;

  @Flag('Transferred while the inspection goes on (边巡边移)')
  urgent!: boolean;
  @Optional()
  @Instant(happenedAsTold('the team identified it (发现时间)'))
  identifiedAt?: string;
}

@Describe(
  'The team leader approved the inspection report (巡察报告审定), with its counts at that point',
)
export class ReportApproved {
  @Id('Inspection id')
  inspectionId!: string;

  @Count('Findings in the report (发现问题数)')
  findingCount!: number;

  @Count('Immediate items assigned (立行立改事项数)')
  immediateItemCount!: number;

  @Count('Clues recorded (问题线索数)')
  clueCount!: number;

  @Count('Individual talks held (个别谈话人次)')
  talkCount!: number;

  @Optional()
  @Instant(happenedAsTold('the team leader approved it (审定时间)'))
  approvedAt?: string;
}

@Describe(
  'The secretary meeting heard the report (书记专题会听取汇报) and its directives were ' +
    'recorded (书记点人点事点问题台账). Directives are about matters.',
)
export class ReportHeard {
  @Id('Inspection id')
  inspectionId!: string;

  @Instant('When the meeting heard the report (听取时间)')
  heardAt!: string;

  @Texts('Directives of the secretary (书记点人点事点问题), one text each; may be empty', {
    maxLength: 1000,
  })
  directives!: string[];
}

@Describe(
  'A directive of the secretary meeting entered the directives ledger (书记点人点事台账): ' +
    'whom or what it points at (a person by post, never by name), its owner and due day',
)
export class DirectiveIssued {
  @Id('Inspection id')
  inspectionId!: string;

  @Id('Directive id, unique within its inspection')
  directiveId!: string;

  @Instant('When the meeting heard the report and gave it (听取时间)')
  heardAt!: string;

  @OneOf(DIRECTIVE_TARGETS, DIRECTIVE_TARGET_LABELS, 'What it points at (点人、点事、点问题)')
  pointsAt!: DirectiveTarget;

  @Text('Whom or what it points at; a person by post (职务), never by name', 1000)
  subject!: string;

  @Optional()
  @Text('The department that owns it (责任部门); absent on directives heard before the ledger', 200)
  owner?: string;

  @Optional()
  @CalendarDate('Day it is due (办理时限)')
  dueBy?: string;
}

@Describe(
  'A use of the inspection’s results was sent (成果运用): a recommendation letter, a thematic ' +
    'report, a suggestion to a department, a prompt (提示) or a written warning (预警); what it ' +
    'is about travels only to its recipient',
)
export class ResultUseRecorded {
  @Id('Inspection id')
  inspectionId!: string;

  @Id('Result use id')
  useId!: string;

  @OneOf(RESULT_USE_KINDS, RESULT_USE_KIND_LABELS, 'What was sent (成果运用方式)')
  kind!: ResultUseKind;

  @Text('Whom it was sent to (送达单位): a body, never a person', 200)
  addressee!: string;

  @Instant(happenedAsTold('it was sent (送达时间)'))
  sentAt!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Inspected target')
  targetId!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;
}

@Describe(
  'A prompt (提示) from an inspection to the discipline commission or the organization ' +
    'department, self-contained for its recipient (两提示)',
)
export class PromptSent {
  @Id('Result use id')
  useId!: string;

  @Id('Inspection id')
  inspectionId!: string;

  @OneOf(
    ['discipline-commission', 'organization-department'],
    { 'discipline-commission': '纪委监委', 'organization-department': '组织部' },
    'Whose prompt it is',
  )
  recipient!: 'discipline-commission' | 'organization-department';

  @Id('Inspected target')
  targetId!: string;

  @Text('Name of the inspected organization (被巡察单位名称)', 200)
  targetName!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @Text('What it is about (提示内容); a person by post', 5000)
  subject!: string;

  @Instant('When it was sent (送达时间)')
  sentAt!: string;
}

@Describe('A directive was carried out (办结)')
export class DirectiveClosed {
  @Id('Inspection id')
  inspectionId!: string;

  @Id('Directive id')
  directiveId!: string;

  @Instant(happenedAsTold('it was closed (办结时间)'))
  closedAt!: string;
}

@Describe(
  'A step of the inspection passed its due day undone (逾期): the field stage without a ' +
    'report draft (现场巡察), or the report not heard by the secretary meeting in time; raised once',
)
export class InspectionStepOverdue {
  @Id('Inspection id')
  inspectionId!: string;

  @OneOf(SUPERVISED_STEPS, SUPERVISED_STEP_LABELS, 'The step (现场巡察、向书记专题会报告)')
  step!: SupervisedStep;

  @CalendarDate('The due day it passed')
  dueBy!: string;

  @Instant('When the supervisor found it overdue')
  detectedAt!: string;
}

@Describe('A directive passed its due day before it was closed (逾期督办); raised once')
export class DirectiveOverdue {
  @Id('Inspection id')
  inspectionId!: string;

  @Id('Directive id')
  directiveId!: string;

  @CalendarDate('The due day it passed (办理时限)')
  dueBy!: string;

  @Instant('When the supervisor found it overdue')
  detectedAt!: string;
}

@Describe('A finding on the problem list fed back (反馈问题)')
export class FedBackFinding {
  @Id('Finding id')
  findingId!: string;

  @Text('Short statement of the problem (问题表述)', 300)
  title!: string;

  @Text(FOCUS_ITEM, 64)
  focusItem!: string;

  @Text(CATALOG_VERSION, 64)
  catalogVersion!: string;

  @OneOf(INVOLVED_RANKS, INVOLVED_RANK_LABELS, 'Highest rank involved (涉及人员层级)')
  involvedRank!: InvolvedRank;

  @Optional()
  @Id('Village the finding is about, as a target id')
  villageId?: string;

  @Optional()
  @Flag('A key problem (重点问题); absent: not marked')
  keyProblem?: boolean;

  @Optional()
  @Flag("A problem of the public's urgent concerns (群众急难愁盼); absent: not marked")
  publicConcern?: boolean;
}

@Describe('An immediate item listed in the feedback (立行立改事项)')
export class FedBackImmediateItem {
  @Id('Immediate item id')
  itemId!: string;

  @Text('What must be put right at once (事项)', 300)
  title!: string;

  @Optional()
  @Id('Finding the item comes from, if any')
  findingId?: string;
}

@Describe(
  'Feedback was delivered to the inspected party organization (反馈), copied to the leaders ' +
    'in charge of it (双向反馈). A township-with-villages inspection delivers one feedback per ' +
    'village besides its own. The rectification service opens one case per feedback; the ' +
    'target (or the village) counts as inspected from here.',
)
export class FeedbackDelivered {
  @Id('Feedback id: one per problem list delivered')
  feedbackId!: string;

  @Id('Inspection id')
  inspectionId!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Term plan id')
  termPlanId!: string;

  @Id('Inspected target')
  targetId!: string;

  @Text('Name of the inspected organization (被巡察单位名称)', 200)
  targetName!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @Optional()
  @Nested(() => Village, 'The village this problem list is for (分村反馈), if any')
  village?: Village;

  @Instant('When the feedback was delivered (反馈时间)')
  deliveredAt!: string;

  @Texts('Positions or bodies copied (抄送), e.g. 分管副市长: offices, never personal names', {
    maxLength: 200,
  })
  copiedTo!: string[];

  @NestedList(() => FedBackFinding, 'Problems fed back (反馈问题清单)')
  findings!: FedBackFinding[];

  @NestedList(() => FedBackImmediateItem, 'Immediate items, done or not (立行立改事项)')
  immediateItems!: FedBackImmediateItem[];

  // Deprecated: the rectification service owns these due dates (docs/domain.md, "Who owns the
  // rectification deadlines"). Still sent, as v1 is never changed in place; v2 drops them.
  @CalendarDate(
    "Deprecated: the day the round's deadlines put the rectification plan (整改方案报送时限) at. " +
      'The due day in force is RectificationCaseOpened.planDueBy',
    { deprecated: true },
  )
  planDueBy!: string;

  @CalendarDate(
    "Deprecated: the day the round's deadlines put the rectification report (整改报告报送时限) at. " +
      'The due day in force is RectificationCaseOpened.reportDueBy',
    { deprecated: true },
  )
  reportDueBy!: string;
}

@Describe(
  'An inspection was closed after feedback (巡察结束). The planning service marks coverage ' +
    'from inspectedTargetIds.',
)
export class InspectionClosed {
  @Id('Inspection id')
  inspectionId!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Term plan id')
  termPlanId!: string;

  @Id('Inspected target')
  targetId!: string;

  @Ids('Targets that received feedback: the target and every village fed back separately', {
    min: 1,
  })
  inspectedTargetIds!: string[];

  @Optional()
  @Instant(happenedAsTold('the inspection was closed'))
  closedAt?: string;
}
