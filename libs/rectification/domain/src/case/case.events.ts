import type {
  AssessmentGrade,
  OverdueSubject,
  RectificationItemSource,
  RectificationNotice,
  TargetTier,
} from '@xuncha/contracts';
import type { DomainEvent } from '@xuncha/platform-kernel';

export interface CaseItem {
  readonly itemId: string;
  readonly source: RectificationItemSource;
  readonly findingId?: string;
  readonly title: string;
}

export interface Village {
  readonly villageId: string;
  readonly villageName: string;
  readonly jurisdiction: string;
}

export interface Milestone {
  readonly title: string;
  readonly dueBy: string;
}

/** One item of a plan that passed screening: all three parts are there. */
export interface PlannedItem {
  readonly itemId: string;
  readonly measures: string[];
  readonly responsible: string;
  readonly deadline: string;
  /** Non-empty for a long-term item (中长期整改事项). */
  readonly milestones: Milestone[];
}

export interface Person {
  readonly name: string;
  readonly position: string;
}

export type SupervisingBody = 'discipline' | 'organization';
export type ReportDecision = 'accept' | 'return';

export type RectificationCaseOpened = DomainEvent<
  'RectificationCaseOpened',
  {
    caseId: string;
    feedbackId: string;
    inspectionId: string;
    roundId: string;
    targetId: string;
    targetName: string;
    jurisdiction: string;
    tier: TargetTier;
    village?: Village;
    items: CaseItem[];
    planDueBy: string;
    reportDueBy: string;
    openedAt: string;
  }
>;
export type RectificationPlanSubmitted = DomainEvent<
  'RectificationPlanSubmitted',
  {
    caseId: string;
    submission: number;
    submittedAt: string;
    principalLeader?: Person;
    items: PlannedItem[];
  }
>;
export type RectificationPlanApproved = DomainEvent<
  'RectificationPlanApproved',
  { caseId: string; submission: number; approvedAt: string }
>;
export type RectificationPlanReturned = DomainEvent<
  'RectificationPlanReturned',
  { caseId: string; submission: number; reasons: string[]; itemIds: string[]; returnedAt: string }
>;
export type RectificationProgressReported = DomainEvent<
  'RectificationProgressReported',
  { caseId: string; itemId: string; note: string; milestone?: number; reportedAt: string }
>;
export type RectificationItemSignedOff = DomainEvent<
  'RectificationItemSignedOff',
  { caseId: string; itemId: string; evidence: string; signedOffAt: string }
>;
export type RectificationItemReopened = DomainEvent<
  'RectificationItemReopened',
  { caseId: string; itemId: string; reason: string; reopenedAt: string }
>;
export type RectificationItemWithheld = DomainEvent<
  'RectificationItemWithheld',
  { caseId: string; itemId: string; reason: string; withheldAt: string }
>;
export type RectificationReportSubmitted = DomainEvent<
  'RectificationReportSubmitted',
  {
    caseId: string;
    summary: string;
    rulesEstablished: number;
    fundsRecovered: number;
    submittedAt: string;
  }
>;
export type RectificationReportReviewed = DomainEvent<
  'RectificationReportReviewed',
  { caseId: string; decision: ReportDecision; reasons: string[]; reviewedAt: string }
>;
export type ReRectificationNoticeIssued = DomainEvent<
  'ReRectificationNoticeIssued',
  { caseId: string; reasons: string[]; itemIds: string[]; reportDueBy: string; issuedAt: string }
>;
export type RectificationAssessed = DomainEvent<
  'RectificationAssessed',
  { caseId: string; grade: AssessmentGrade; note?: string; assessedAt: string }
>;
export type AdmonishmentRecorded = DomainEvent<
  'AdmonishmentRecorded',
  { caseId: string; heldOn: string; leaders: Person[]; note?: string; recordedAt: string }
>;
export type SupervisionNoteRecorded = DomainEvent<
  'SupervisionNoteRecorded',
  { caseId: string; by: SupervisingBody; note: string; recordedAt: string }
>;
export type RectificationOverdue = DomainEvent<
  'RectificationOverdue',
  { caseId: string; what: OverdueSubject; itemId?: string; dueBy: string; raisedAt: string }
>;
export type RectificationCaseClosed = DomainEvent<
  'RectificationCaseClosed',
  { caseId: string; itemCount: number; rectifiedCount: number; closedAt: string }
>;
/** The organization department was notified (整改情况通报): the notice as it travels. */
export type RectificationNoticeIssued = DomainEvent<
  'RectificationNoticeIssued',
  RectificationNotice
>;

export type RectificationCaseEvent =
  | RectificationCaseOpened
  | RectificationPlanSubmitted
  | RectificationPlanApproved
  | RectificationPlanReturned
  | RectificationProgressReported
  | RectificationItemSignedOff
  | RectificationItemReopened
  | RectificationItemWithheld
  | RectificationReportSubmitted
  | RectificationReportReviewed
  | ReRectificationNoticeIssued
  | RectificationAssessed
  | AdmonishmentRecorded
  | SupervisionNoteRecorded
  | RectificationOverdue
  | RectificationCaseClosed
  | RectificationNoticeIssued;
