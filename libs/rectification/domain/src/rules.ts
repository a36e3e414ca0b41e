import { TIMELINE_RULES, type RuleCatalogue } from '@xuncha/platform-kernel';
import type { RectificationCaseCommand } from './case/case.commands';
import type { DeadlinesCommand } from './deadlines/deadlines';

// Every command on an opened case is refused once the case is closed.
const OPEN = 'case-closed';
// A step told to have happened at another time: not on a later day, not before what it follows.
const DATED = [OPEN, ...TIMELINE_RULES] as const;

/** The rules each rectification command can be refused by (see RuleCatalogue). */
export const RECTIFICATION_RULES = {
  OpenCase: ['case-without-items', ...TIMELINE_RULES],
  SubmitPlan: [
    ...DATED,
    'item-listed-twice',
    'item-not-in-case',
    'milestone-after-deadline',
    'plan-already-approved',
    'plan-incomplete',
    'plan-under-review',
  ],
  ReviewPlan: [
    ...DATED,
    'item-not-in-case',
    'plan-already-approved',
    'plan-not-submitted',
    'return-without-reasons',
  ],
  ReportProgress: [
    ...DATED,
    'item-already-signed-off',
    'item-not-in-case',
    'milestone-not-in-plan',
    'plan-not-approved',
  ],
  SignOffItem: [
    ...DATED,
    'item-already-signed-off',
    'item-not-in-case',
    'milestones-pending',
    'plan-not-approved',
  ],
  ReopenItem: [...DATED, 'item-not-in-case', 'item-not-signed-off'],
  WithholdItem: [...DATED, 'item-not-in-case'],
  SubmitReport: [...DATED, 'plan-not-approved', 'report-already-submitted'],
  ReviewReport: [
    ...DATED,
    'report-already-reviewed',
    'report-not-submitted',
    'return-without-reasons',
  ],
  IssueReRectificationNotice: [
    ...DATED,
    'due-date-in-past',
    'item-not-in-case',
    'report-not-submitted',
  ],
  AssessRectification: [...DATED, 'already-assessed', 'assessment-before-report'],
  RecordAdmonishment: [OPEN, 'admonishment-requires-poor'],
  RecordSupervisionNote: [OPEN],
  CheckOverdue: [OPEN],
  CloseCase: [...DATED, 'close-before-assessment'],
  ConfigureDeadlines: ['deadline-not-positive'],
} as const satisfies RuleCatalogue<RectificationCaseCommand['type'] | DeadlinesCommand['type']>;
