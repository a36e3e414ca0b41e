import type { RuleCatalogue } from '@xuncha/platform-kernel';
import type { RectificationCaseCommand } from './case/case.commands';
import type { DeadlinesCommand } from './deadlines/deadlines';

// Every command on an opened case is refused once the case is closed.
const OPEN = 'case-closed';

/** The rules each rectification command can be refused by (see RuleCatalogue). */
export const RECTIFICATION_RULES = {
  OpenCase: ['case-without-items'],
  SubmitPlan: [
    OPEN,
    'item-listed-twice',
    'item-not-in-case',
    'milestone-after-deadline',
    'plan-already-approved',
    'plan-incomplete',
    'plan-under-review',
  ],
  ReviewPlan: [
    OPEN,
    'item-not-in-case',
    'plan-already-approved',
    'plan-not-submitted',
    'return-without-reasons',
  ],
  ReportProgress: [
    OPEN,
    'item-already-signed-off',
    'item-not-in-case',
    'milestone-not-in-plan',
    'plan-not-approved',
  ],
  SignOffItem: [
    OPEN,
    'item-already-signed-off',
    'item-not-in-case',
    'milestones-pending',
    'plan-not-approved',
  ],
  ReopenItem: [OPEN, 'item-not-in-case', 'item-not-signed-off'],
  WithholdItem: [OPEN, 'item-not-in-case'],
  SubmitReport: [OPEN, 'plan-not-approved', 'report-already-submitted'],
  ReviewReport: [OPEN, 'report-already-reviewed', 'report-not-submitted', 'return-without-reasons'],
  IssueReRectificationNotice: [
    OPEN,
    'due-date-in-past',
    'item-not-in-case',
    'report-not-submitted',
  ],
  AssessRectification: [OPEN, 'already-assessed', 'assessment-before-report'],
  RecordAdmonishment: [OPEN, 'admonishment-requires-poor'],
  RecordSupervisionNote: [OPEN],
  CheckOverdue: [OPEN],
  CloseCase: [OPEN, 'close-before-assessment'],
  ConfigureDeadlines: ['deadline-not-positive'],
} as const satisfies RuleCatalogue<RectificationCaseCommand['type'] | DeadlinesCommand['type']>;
