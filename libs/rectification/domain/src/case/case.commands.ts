import type { AssessmentGrade, TargetTier } from '@xuncha/contracts';
import type {
  CaseItem,
  Milestone,
  Person,
  ReportDecision,
  SupervisingBody,
  Village,
} from './case.events';

/**
 * Every command carries the instant it is recorded (`at`); the decider keeps no clock. A step
 * may also say when it happened (`submittedAt`, `signedOffAt`, …), else it happened at `at`.
 */
interface Base {
  readonly caseId: string;
  readonly at: string;
}

export interface OpenCase extends Base {
  readonly type: 'OpenCase';
  /** When the feedback was delivered: the case opens then, whenever it is recorded. */
  readonly deliveredAt?: string;
  readonly feedbackId: string;
  readonly inspectionId: string;
  readonly roundId: string;
  readonly targetId: string;
  readonly targetName: string;
  readonly jurisdiction: string;
  readonly tier: TargetTier;
  readonly village?: Village;
  readonly items: CaseItem[];
  readonly planDueBy: string;
  readonly reportDueBy: string;
}

/** As submitted: parts may be missing, screening (过筛子) names the items that lack any. */
export interface PlanEntry {
  readonly itemId: string;
  readonly measures?: string[];
  readonly responsible?: string;
  readonly deadline?: string;
  readonly milestones?: Milestone[];
}

export interface SubmitPlan extends Base {
  readonly type: 'SubmitPlan';
  /** When it was submitted (报送时间), if not now; `at` is when it is recorded. */
  readonly submittedAt?: string;
  readonly items: PlanEntry[];
  readonly principalLeader?: Person;
}

export interface ReviewPlan extends Base {
  readonly type: 'ReviewPlan';
  /** When the office decided (审核时间), if not now. */
  readonly reviewedAt?: string;
  readonly decision: 'approve' | 'return';
  readonly reasons: string[];
  readonly itemIds?: string[];
}

export interface ReportProgress extends Base {
  readonly type: 'ReportProgress';
  /** When the progress was reported, if not now. */
  readonly reportedAt?: string;
  readonly itemId: string;
  readonly note: string;
  /** Index of the milestone this note reports reached, for a long-term item. */
  readonly milestone?: number;
}

export interface SignOffItem extends Base {
  readonly type: 'SignOffItem';
  /** When the office signed it off (销号时间), if not now. */
  readonly signedOffAt?: string;
  readonly itemId: string;
  readonly evidence: string;
}

export interface ReopenItem extends Base {
  readonly type: 'ReopenItem';
  /** When it was reopened, if not now. */
  readonly reopenedAt?: string;
  readonly itemId: string;
  readonly reason: string;
}

export interface WithholdItem extends Base {
  readonly type: 'WithholdItem';
  /** When it was withheld from disclosure, if not now. */
  readonly withheldAt?: string;
  readonly itemId: string;
  readonly reason: string;
}

export interface SubmitReport extends Base {
  readonly type: 'SubmitReport';
  /** When the report was submitted (报送时间), if not now. */
  readonly submittedAt?: string;
  readonly summary: string;
  readonly rulesEstablished: number;
  readonly fundsRecovered: number;
}

export interface ReviewReport extends Base {
  readonly type: 'ReviewReport';
  /** When the office decided, if not now. */
  readonly reviewedAt?: string;
  readonly decision: ReportDecision;
  readonly reasons: string[];
}

export interface IssueReRectificationNotice extends Base {
  readonly type: 'IssueReRectificationNotice';
  /** When the notice was issued, if not now. */
  readonly issuedAt?: string;
  readonly reasons: string[];
  readonly itemIds: string[];
  readonly reportDueBy: string;
}

export interface AssessRectification extends Base {
  readonly type: 'AssessRectification';
  /** When it was assessed (评估时间), if not now. */
  readonly assessedAt?: string;
  readonly grade: AssessmentGrade;
  readonly note?: string;
}

export interface RecordAdmonishment extends Base {
  readonly type: 'RecordAdmonishment';
  readonly heldOn: string;
  readonly leaders: Person[];
  readonly note?: string;
}

export interface RecordSupervisionNote extends Base {
  readonly type: 'RecordSupervisionNote';
  readonly by: SupervisingBody;
  readonly note: string;
}

/** Raised by the scheduler: `today` is the calendar day in China Standard Time. */
export interface CheckOverdue extends Base {
  readonly type: 'CheckOverdue';
  readonly today: string;
}

export interface CloseCase extends Base {
  readonly type: 'CloseCase';
  /** When the case was closed, if not now. */
  readonly closedAt?: string;
}

export type RectificationCaseCommand =
  | OpenCase
  | SubmitPlan
  | ReviewPlan
  | ReportProgress
  | SignOffItem
  | ReopenItem
  | WithholdItem
  | SubmitReport
  | ReviewReport
  | IssueReRectificationNotice
  | AssessRectification
  | RecordAdmonishment
  | RecordSupervisionNote
  | CheckOverdue
  | CloseCase;
