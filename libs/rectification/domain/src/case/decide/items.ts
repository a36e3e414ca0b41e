import { RuleViolation } from '@xuncha/platform-kernel';
import type { ReopenItem, ReportProgress, SignOffItem, WithholdItem } from '../case.commands';
import type { RectificationCaseEvent } from '../case.events';
import type { RectificationCaseState } from '../case.state';
import { alreadySignedOff, inProgress, notInCase, planned } from './checks';
import { stepAt } from './timeline';

export function reportProgress(
  state: RectificationCaseState,
  command: ReportProgress,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  const item = planned(state, command.itemId);
  if (item.signedOff) throw alreadySignedOff(command.itemId);
  if (
    command.milestone !== undefined &&
    (command.milestone < 0 || command.milestone >= item.plan!.milestones.length)
  ) {
    throw new RuleViolation(
      'milestone-not-in-plan',
      `item ${command.itemId} has no milestone ${command.milestone} in its plan`,
    );
  }
  return [
    {
      type: 'RectificationProgressReported',
      data: {
        caseId,
        itemId: command.itemId,
        note: command.note,
        ...(command.milestone !== undefined && { milestone: command.milestone }),
        reportedAt: stepAt(state, 'progress report', command.reportedAt, at, ['plan approval']),
      },
    },
  ];
}

export function signOffItem(
  state: RectificationCaseState,
  command: SignOffItem,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  const item = planned(state, command.itemId);
  if (item.signedOff) throw alreadySignedOff(command.itemId);
  const pending = item.plan!.milestones.length - item.milestonesReached.length;
  if (pending > 0) {
    throw new RuleViolation(
      'milestones-pending',
      `long-term item ${command.itemId} has ${pending} milestone(s) not reported reached`,
      { itemIds: [command.itemId] },
    );
  }
  // After the plan's approval and the item's own progress reports.
  const progress = item.progress.map((p) => ({ step: 'progress report', at: p.reportedAt }));
  const signedOffAt = stepAt(
    state,
    'sign-off',
    command.signedOffAt,
    at,
    ['plan approval'],
    progress,
  );
  return [
    {
      type: 'RectificationItemSignedOff',
      data: { caseId, itemId: command.itemId, evidence: command.evidence, signedOffAt },
    },
  ];
}

export function reopenItem(
  state: RectificationCaseState,
  command: ReopenItem,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  const item = state.items[command.itemId];
  if (!item) throw notInCase([command.itemId]);
  if (!item.signedOff) {
    throw new RuleViolation('item-not-signed-off', `item ${command.itemId} is not signed off`);
  }
  const signedOff = item.signedOffAt ? [{ step: 'sign-off', at: item.signedOffAt }] : [];
  const reopenedAt = stepAt(state, 'reopening', command.reopenedAt, at, [], signedOff);
  return [
    {
      type: 'RectificationItemReopened',
      data: { caseId, itemId: command.itemId, reason: command.reason, reopenedAt },
    },
  ];
}

export function withholdItem(
  state: RectificationCaseState,
  command: WithholdItem,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  const item = state.items[command.itemId];
  if (!item) throw notInCase([command.itemId]);
  if (item.withheld !== undefined) return [];
  const withheldAt = stepAt(state, 'withholding', command.withheldAt, at, ['case opening']);
  return [
    {
      type: 'RectificationItemWithheld',
      data: { caseId, itemId: command.itemId, reason: command.reason, withheldAt },
    },
  ];
}
