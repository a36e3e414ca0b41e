import type { AssessmentGrade, TargetTier } from '@xuncha/contracts';
import type {
  CaseItem,
  Milestone,
  Person,
  ReportDecision,
  SupervisingBody,
  Village,
} from './case.events';

/** Every command carries the instant it happened (`at`); the decider keeps no clock. */
interface Base {
  readonly caseId: string;
  readonly at: string;
}

export interface OpenCase extends Base {
  readonly type: 'OpenCase';
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
  readonly items: PlanEntry[];
  readonly principalLeader?: Person;
}

export interface ReviewPlan extends Base {
  readonly type: 'ReviewPlan';
  readonly decision: 'approve' | 'return';
  readonly reasons: string[];
  readonly itemIds?: string[];
}

export interface ReportProgress extends Base {
  readonly type: 'ReportProgress';
  readonly itemId: string;
  readonly note: string;
  /** Index of the milestone this note reports reached, for a long-term item. */
  readonly milestone?: number;
}

export interface SignOffItem extends Base {
  readonly type: 'SignOffItem';
  readonly itemId: string;
  readonly evidence: string;
}

export interface ReopenItem extends Base {
  readonly type: 'ReopenItem';
  readonly itemId: string;
  readonly reason: string;
}

export interface WithholdItem extends Base {
  readonly type: 'WithholdItem';
  readonly itemId: string;
  readonly reason: string;
}

export interface SubmitReport extends Base {
  readonly type: 'SubmitReport';
  readonly summary: string;
  readonly rulesEstablished: number;
  readonly fundsRecovered: number;
}

export interface ReviewReport extends Base {
  readonly type: 'ReviewReport';
  readonly decision: ReportDecision;
  readonly reasons: string[];
}

export interface IssueReRectificationNotice extends Base {
  readonly type: 'IssueReRectificationNotice';
  readonly reasons: string[];
  readonly itemIds: string[];
  readonly reportDueBy: string;
}

export interface AssessRectification extends Base {
  readonly type: 'AssessRectification';
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
