import { decideBy, type CommandHandlers, type Decider } from '@xuncha/platform-kernel';
import type { RectificationCaseCommand } from './case.commands';
import type { RectificationCaseEvent } from './case.events';
import { evolve, initialState, type RectificationCaseState } from './case.state';
import {
  assessRectification,
  closeCase,
  recordAdmonishment,
  recordSupervisionNote,
} from './decide/assessment';
import { reopenItem, reportProgress, signOffItem, withholdItem } from './decide/items';
import { openCase } from './decide/opening';
import { checkOverdue } from './decide/overdue';
import { reviewPlan, submitPlan } from './decide/plan';
import { issueReRectificationNotice, reviewReport, submitReport } from './decide/report';

export type { ItemState, PlanStatus, RectificationCaseState, ReportStatus } from './case.state';

/** One decision per command, in the order of a case; each lives with its step in ./decide. */
const handlers: CommandHandlers<
  RectificationCaseState,
  RectificationCaseCommand,
  RectificationCaseEvent
> = {
  OpenCase: openCase,
  SubmitPlan: submitPlan,
  ReviewPlan: reviewPlan,
  ReportProgress: reportProgress,
  SignOffItem: signOffItem,
  ReopenItem: reopenItem,
  WithholdItem: withholdItem,
  SubmitReport: submitReport,
  ReviewReport: reviewReport,
  IssueReRectificationNotice: issueReRectificationNotice,
  AssessRectification: assessRectification,
  RecordAdmonishment: recordAdmonishment,
  RecordSupervisionNote: recordSupervisionNote,
  CheckOverdue: checkOverdue,
  CloseCase: closeCase,
};

/** One rectification case (整改案): feedback → plan → items signed off → report → assessment. */
export const rectificationCaseDecider: Decider<
  RectificationCaseState,
  RectificationCaseCommand,
  RectificationCaseEvent
> = { initialState, evolve, decide: decideBy(handlers) };
