import type { CheckOverdue } from '../case.commands';
import type { RectificationCaseEvent } from '../case.events';
import { overdueKey, type ItemState, type RectificationCaseState } from '../case.state';
import { openedOf, notice } from './checks';

export function checkOverdue(
  state: RectificationCaseState,
  command: CheckOverdue,
): RectificationCaseEvent[] {
  openedOf(state, command);
  // The scheduler may still ask a case its read model has not yet seen closed.
  if (state.closed) return [];
  return overdue(state, command.today, command.at);
}

/** Deadlines passed on `today` and not raised before: plan, report, then items. */
function overdue(
  state: RectificationCaseState,
  today: string,
  at: string,
): RectificationCaseEvent[] {
  const opened = state.opened!;
  const due: Array<{ what: 'plan' | 'report' | 'item'; dueBy: string; item?: ItemState }> = [];
  if ((state.planStatus === 'due' || state.planStatus === 'returned') && opened.planDueBy < today) {
    due.push({ what: 'plan', dueBy: opened.planDueBy });
  }
  if (
    (state.reportStatus === 'due' || state.reportStatus === 'returned') &&
    state.reportDueBy! < today
  ) {
    due.push({ what: 'report', dueBy: state.reportDueBy! });
  }
  if (state.planStatus === 'approved') {
    for (const item of Object.values(state.items)) {
      if (!item.signedOff && item.plan!.deadline < today) {
        due.push({ what: 'item', dueBy: item.plan!.deadline, item });
      }
    }
  }
  return due
    .filter((d) => !state.overdueRaised.includes(overdueKey(d.what, d.dueBy, d.item?.itemId)))
    .flatMap(({ what, dueBy, item }) => [
      {
        type: 'RectificationOverdue' as const,
        data: {
          caseId: opened.caseId,
          what,
          ...(item && { itemId: item.itemId }),
          dueBy,
          raisedAt: at,
        },
      },
      notice(state, 'overdue', at, {
        overdue: { what, ...(item && { itemId: item.itemId, itemTitle: item.title }), dueBy },
      }),
    ]);
}
