/**
 * Payloads on xuncha.rectification.events (整改监督), published by the
 * rectification service. An analytics topic: responsible persons named in plans
 * stay in the rectification service.
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
  Text,
  Texts,
} from '../fields';
import { Village, happenedAsTold } from '../shared';
import { OnlyWhenItemOverdue, whenItemOverdue } from './overdue-item';
import {
  ASSESSMENT_GRADE_LABELS,
  ASSESSMENT_GRADES,
  OVERDUE_SUBJECT_LABELS,
  OVERDUE_SUBJECTS,
  RECTIFICATION_ITEM_SOURCE_LABELS,
  RECTIFICATION_ITEM_SOURCES,
  TARGET_TIER_LABELS,
  TARGET_TIERS,
  type AssessmentGrade,
  type OverdueSubject,
  type RectificationItemSource,
  type TargetTier,
} from '../vocabulary';

@Describe('An item to rectify (整改事项): one per finding fed back, plus the immediate items')
export class RectificationItem {
  @Id('Item id; for an immediate item, the id the inspection gave it')
  itemId!: string;

  @OneOf(RECTIFICATION_ITEM_SOURCES, RECTIFICATION_ITEM_SOURCE_LABELS, 'Where the item comes from')
  source!: RectificationItemSource;

  @Optional()
  @Id('Finding the item rectifies (always for source finding; for an immediate item, if any)')
  findingId?: string;

  @Text('What must be rectified (整改事项)', 300)
  title!: string;
}

@Describe(
  'Feedback opened a rectification case for the inspected organization (整改启动), one per ' +
    'feedback (per village for 分村反馈)',
)
export class RectificationCaseOpened {
  @Id('Case id')
  caseId!: string;

  @Id('Feedback that opened it')
  feedbackId!: string;

  @Id('Inspection id')
  inspectionId!: string;

  @Id('Round id')
  roundId!: string;

  @Id('Inspected target')
  targetId!: string;

  @Text('Name of the inspected organization (被巡察单位名称)', 200)
  targetName!: string;

  @JurisdictionCode('Jurisdiction of the inspected target')
  jurisdiction!: string;

  @OneOf(TARGET_TIERS, TARGET_TIER_LABELS, 'Tier of the inspected target')
  tier!: TargetTier;

  @Optional()
  @Nested(() => Village, 'The village that must rectify, for per-village feedback')
  village?: Village;

  @NestedList(() => RectificationItem, 'Items to rectify (整改清单)', { min: 1 })
  items!: RectificationItem[];

  @CalendarDate('Day the rectification plan is due (整改方案报送时限)')
  planDueBy!: string;

  @CalendarDate('Day the rectification report is due (整改报告报送时限)')
  reportDueBy!: string;

  @Optional()
  @Instant(happenedAsTold('the case opened: the feedback was delivered'))
  openedAt?: string;
}

@Describe('How the plan handles one item (整改措施); who is responsible stays in the service')
export class PlannedItem {
  @Id('Item id')
  itemId!: string;

  @Count('Measures planned (整改措施条数)', 1)
  measureCount!: number;

  @CalendarDate('Deadline of the item (整改时限)')
  deadline!: string;

  @Flag('Long-term item with milestones (中长期整改事项)')
  longTerm!: boolean;
}

@Describe(
  'The inspected organization submitted its rectification plan (报送整改方案); every item ' +
    'has measures, a responsible person and a deadline',
)
export class RectificationPlanSubmitted {
  @Id('Case id')
  caseId!: string;

  @Count('Which submission this is: 1, then 2 after a return, … (第N次报送)', 1)
  submission!: number;

  @Instant('When it was submitted (报送时间)')
  submittedAt!: string;

  @NestedList(() => PlannedItem, 'The plan item by item', { min: 1 })
  items!: PlannedItem[];
}

@Describe('The office approved the rectification plan (整改方案审核通过)')
export class RectificationPlanApproved {
  @Id('Case id')
  caseId!: string;

  @Count('Submission approved', 1)
  submission!: number;

  @Optional()
  @Instant(happenedAsTold('the plan was approved (审核通过时间)'))
  approvedAt?: string;
}

@Describe(
  'The office returned the plan (整改方案退回, 过筛子): responsibility not assigned, measures ' +
    'not specific or deadlines missing',
)
export class RectificationPlanReturned {
  @Id('Case id')
  caseId!: string;

  @Count('Submission returned', 1)
  submission!: number;

  @Texts('Why (退回理由)', { min: 1, maxLength: 1000 })
  reasons!: string[];

  @Ids('Items the reasons are about; empty when they concern the whole plan')
  itemIds!: string[];

  @Optional()
  @Instant(happenedAsTold('the plan was returned'))
  returnedAt?: string;
}

@Describe('The office verified an item and signed it off (销号): it counts as rectified')
export class RectificationItemSignedOff {
  @Id('Case id')
  caseId!: string;

  @Id('Item id')
  itemId!: string;

  @Text('Evidence the office verified (佐证材料)', 2000)
  evidence!: string;

  @Optional()
  @Instant(happenedAsTold('the item was signed off (销号时间)'))
  signedOffAt?: string;
}

@Describe('A signed-off item was reopened (重新整改): it no longer counts as rectified')
export class RectificationItemReopened {
  @Id('Case id')
  caseId!: string;

  @Id('Item id')
  itemId!: string;

  @Text('Why (原因)', 1000)
  reason!: string;

  @Optional()
  @Instant(happenedAsTold('the item was reopened'))
  reopenedAt?: string;
}

@Describe('The inspected organization submitted its rectification report (报送整改报告)')
export class RectificationReportSubmitted {
  @Id('Case id')
  caseId!: string;

  @Instant('When it was submitted (报送时间)')
  submittedAt!: string;

  @Count('Rules and systems established (建章立制数)')
  rulesEstablished!: number;

  @Amount('Funds recovered (挽回/追缴金额)')
  fundsRecovered!: number;
}

@Describe('The effectiveness of the rectification was assessed (整改成效评估)')
export class RectificationAssessed {
  @Id('Case id')
  caseId!: string;

  @OneOf(ASSESSMENT_GRADES, ASSESSMENT_GRADE_LABELS, 'Grade; poor leads to admonishment')
  grade!: AssessmentGrade;

  @Optional()
  @Instant(happenedAsTold('it was assessed (评估时间)'))
  assessedAt?: string;
}

@Describe(
  'The leading group held admonishment talks with the principal leaders (约谈) after a poor ' +
    'assessment',
)
export class AdmonishmentRecorded {
  @Id('Case id')
  caseId!: string;

  @CalendarDate('Day of the talks (约谈日期)')
  heldOn!: string;

  @Count('Leaders admonished (约谈人数)', 1)
  admonishedCount!: number;
}

@Describe('A rectification deadline passed (整改逾期)', whenItemOverdue(['itemId']))
export class RectificationOverdue {
  @Id('Case id')
  caseId!: string;

  @OneOf(OVERDUE_SUBJECTS, OVERDUE_SUBJECT_LABELS, 'What is overdue')
  what!: OverdueSubject;

  @OnlyWhenItemOverdue()
  @Id('The overdue item; present exactly when what is item')
  itemId?: string;

  @CalendarDate('Day it was due (应完成日期)')
  dueBy!: string;
}

@Describe('A rectification case was closed (整改结束)')
export class RectificationCaseClosed {
  @Id('Case id')
  caseId!: string;

  @Count('Items in the case (整改事项数)')
  itemCount!: number;

  @Count('Items signed off (已销号数); rectification rate = rectified / items')
  rectifiedCount!: number;

  @Optional()
  @Instant(happenedAsTold('the case was closed'))
  closedAt?: string;
}
