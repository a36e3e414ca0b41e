import { RuleViolation, chinaDay } from '@xuncha/platform-kernel';
import type { IssueReRectificationNotice, ReviewReport, SubmitReport } from '../case.commands';
import type { RectificationCaseEvent } from '../case.events';
import type { RectificationCaseState } from '../case.state';
import { inProgress, notInCase } from './checks';
import { stepAt } from './timeline';

export function submitReport(
  state: RectificationCaseState,
  command: SubmitReport,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.planStatus !== 'approved') {
    throw new RuleViolation('plan-not-approved', 'the report follows an approved plan');
  }
  if (state.reportStatus === 'submitted' || state.reportStatus === 'accepted') {
    throw new RuleViolation(
      'report-already-submitted',
      'a report is in hand; a new one is due only after a return or a re-rectification notice',
    );
  }
  const { summary, rulesEstablished, fundsRecovered } = command;
  const submittedAt = stepAt(state, 'report submission', command.submittedAt, at, [
    'plan approval',
    'report review',
    're-rectification notice',
  ]);
  return [
    {
      type: 'RectificationReportSubmitted',
      data: { caseId, summary, rulesEstablished, fundsRecovered, submittedAt },
    },
  ];
}

export function reviewReport(
  state: RectificationCaseState,
  command: ReviewReport,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.reportStatus === 'accepted') {
    throw new RuleViolation('report-already-reviewed', 'the report was accepted already');
  }
  if (state.reportStatus !== 'submitted') {
    throw new RuleViolation('report-not-submitted', 'no submitted report awaits review');
  }
  if (command.decision === 'return' && command.reasons.length === 0) {
    throw new RuleViolation('return-without-reasons', 'a returned report needs its reasons');
  }
  const reviewedAt = stepAt(state, 'report review', command.reviewedAt, at, ['report submission']);
  return [
    {
      type: 'RectificationReportReviewed',
      data: { caseId, decision: command.decision, reasons: command.reasons, reviewedAt },
    },
  ];
}

export function issueReRectificationNotice(
  state: RectificationCaseState,
  command: IssueReRectificationNotice,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.reportStatus !== 'submitted' && state.reportStatus !== 'accepted') {
    throw new RuleViolation(
      'report-not-submitted',
      'a re-rectification notice answers a submitted report',
    );
  }
  const unknown = command.itemIds.filter((id) => !state.items[id]);
  if (unknown.length > 0) throw notInCase(unknown);
  const issuedAt = stepAt(state, 're-rectification notice', command.issuedAt, at, [
    'report submission',
    'report review',
  ]);
  if (command.reportDueBy < chinaDay(issuedAt)) {
    throw new RuleViolation('due-date-in-past', 'the new report due day has passed already');
  }
  return [
    {
      type: 'ReRectificationNoticeIssued',
      data: {
        caseId,
        reasons: command.reasons,
        itemIds: command.itemIds,
        reportDueBy: command.reportDueBy,
        issuedAt,
      },
    },
  ];
}
