/**
 * Payload on xuncha.rectification.notices: what the organization department
 * (组织部) needs to supervise rectification and use it in cadre evaluation
 * (三方联动, 年度考核). Not an analytics topic: it names the principal leader.
 */
import { ValidateBy } from 'class-validator';
import {
  CalendarDate,
  Count,
  Describe,
  Id,
  Ids,
  Instant,
  JurisdictionCode,
  Nested,
  OneOf,
  Optional,
  Text,
  Texts,
  type JsonSchema,
} from '../fields';
import { Village } from '../shared';
import {
  ASSESSMENT_GRADE_LABELS,
  ASSESSMENT_GRADES,
  NOTICE_KIND_LABELS,
  NOTICE_KINDS,
  OVERDUE_SUBJECT_LABELS,
  OVERDUE_SUBJECTS,
  TARGET_TIER_LABELS,
  TARGET_TIERS,
  type AssessmentGrade,
  type NoticeKind,
  type OverdueSubject,
  type TargetTier,
} from '../vocabulary';
import { OnlyWhenItemOverdue, whenItemOverdue } from './overdue-item';

@Describe('The principal leader of the inspected organization (主要负责人, 整改第一责任人)')
export class PrincipalLeader {
  @Text('Full name (姓名)', 50)
  name!: string;

  @Text('Position (职务)', 200)
  position!: string;
}

@Describe('Details of a case-opened notice')
export class CaseOpenedDetails {
  @Count('Items to rectify (整改事项数)', 1)
  itemCount!: number;

  @CalendarDate('Day the rectification plan is due (整改方案报送时限)')
  planDueBy!: string;

  @CalendarDate('Day the rectification report is due (整改报告报送时限)')
  reportDueBy!: string;
}

@Describe('Details of a plan-approved notice')
export class PlanApprovedDetails {
  @Count('Submission approved', 1)
  submission!: number;

  @CalendarDate('Latest item deadline in the plan (最晚整改时限)')
  latestDeadline!: string;
}

@Describe('Details of a plan-returned notice')
export class PlanReturnedDetails {
  @Count('Submission returned', 1)
  submission!: number;

  @Texts('Why (退回理由)', { min: 1, maxLength: 1000 })
  reasons!: string[];

  @Ids('Items the reasons are about')
  itemIds!: string[];
}

@Describe('Details of an overdue notice', whenItemOverdue(['itemId', 'itemTitle']))
export class OverdueDetails {
  @OneOf(OVERDUE_SUBJECTS, OVERDUE_SUBJECT_LABELS, 'What is overdue')
  what!: OverdueSubject;

  @OnlyWhenItemOverdue()
  @Id('The overdue item; present exactly when what is item')
  itemId?: string;

  @OnlyWhenItemOverdue()
  @Text('Title of the overdue item (整改事项); present exactly when what is item', 300)
  itemTitle?: string;

  @CalendarDate('Day it was due (应完成日期)')
  dueBy!: string;
}

@Describe('Details of an assessed notice')
export class AssessedDetails {
  @OneOf(ASSESSMENT_GRADES, ASSESSMENT_GRADE_LABELS, 'Grade (整改成效)')
  grade!: AssessmentGrade;
}

@Describe('Details of an admonishment notice')
export class AdmonishmentDetails {
  @CalendarDate('Day of the talks (约谈日期)')
  heldOn!: string;

  @Count('Leaders admonished (约谈人数)', 1)
  admonishedCount!: number;
}

@Describe('Details of a closed notice')
export class ClosedDetails {
  @Count('Items in the case (整改事项数)')
  itemCount!: number;

  @Count('Items signed off (已销号数)')
  rectifiedCount!: number;
}

@Describe('Details of the notice: exactly the one entry its noticeKind names')
export class RectificationNoticeDetails {
  @Optional()
  @Nested(() => CaseOpenedDetails, 'For case-opened')
  caseOpened?: CaseOpenedDetails;

  @Optional()
  @Nested(() => PlanApprovedDetails, 'For plan-approved')
  planApproved?: PlanApprovedDetails;

  @Optional()
  @Nested(() => PlanReturnedDetails, 'For plan-returned')
  planReturned?: PlanReturnedDetails;

  @Optional()
  @Nested(() => OverdueDetails, 'For overdue')
  overdue?: OverdueDetails;

  @Optional()
  @Nested(() => AssessedDetails, 'For assessed')
  assessed?: AssessedDetails;

  @Optional()
  @Nested(() => AdmonishmentDetails, 'For admonishment')
  admonishment?: AdmonishmentDetails;

  @Optional()
  @Nested(() => ClosedDetails, 'For closed')
  closed?: ClosedDetails;
}

/** The entry of `details` each kind of notice carries. */
export const NOTICE_DETAILS_ENTRY: Record<NoticeKind, keyof RectificationNoticeDetails> = {
  'case-opened': 'caseOpened',
  'plan-approved': 'planApproved',
  'plan-returned': 'planReturned',
  overdue: 'overdue',
  assessed: 'assessed',
  admonishment: 'admonishment',
  closed: 'closed',
};

/** The same rule as MatchesNoticeKind, for the JSON Schema. */
const DETAILS_FOLLOW_KIND: JsonSchema = {
  oneOf: NOTICE_KINDS.map((kind) => ({
    type: 'object',
    properties: {
      noticeKind: { enum: [kind] },
      details: { type: 'object', required: [NOTICE_DETAILS_ENTRY[kind]], maxProperties: 1 },
    },
  })),
};

function MatchesNoticeKind(): PropertyDecorator {
  const expected = (object: object): string | undefined =>
    NOTICE_DETAILS_ENTRY[(object as RectificationNotice).noticeKind];
  return ValidateBy({
    name: 'matchesNoticeKind',
    validator: {
      validate: (details: unknown, args) => {
        const entry = expected(args!.object);
        // A bad kind or a non-object is reported by the other rules of the payload.
        if (!entry || typeof details !== 'object' || details === null) return true;
        const present = Object.entries(details).filter(([, value]) => value !== undefined);
        return present.length === 1 && present[0][0] === entry;
      },
      defaultMessage: (args) => `must hold exactly the entry ${expected(args!.object)}`,
    },
  });
}

@Describe(
  'A rectification notice for the organization department (整改情况通报): one per step it ' +
    'supervises, self-contained.',
  DETAILS_FOLLOW_KIND,
)
export class RectificationNotice {
  @OneOf(NOTICE_KINDS, NOTICE_KIND_LABELS, 'What the notice is about')
  noticeKind!: NoticeKind;

  @Id('Rectification case id')
  caseId!: string;

  @Id('Inspection id')
  inspectionId!: string;

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

  @Optional()
  @Nested(
    () => PrincipalLeader,
    'Principal leader, once the organization named them in its rectification plan',
  )
  principalLeader?: PrincipalLeader;

  @Instant('When the step happened (发生时间)')
  occurredAt!: string;

  @MatchesNoticeKind()
  @Nested(() => RectificationNoticeDetails, 'Details of this kind of notice')
  details!: RectificationNoticeDetails;
}
