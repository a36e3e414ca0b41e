import { RuleViolation } from '@xuncha/platform-kernel';
import type { PlanEntry, ReviewPlan, SubmitPlan } from '../case.commands';
import type { PlannedItem, RectificationCaseEvent } from '../case.events';
import type { RectificationCaseState } from '../case.state';
import { inProgress, notInCase, notice } from './checks';
import { stepAt } from './timeline';

export function submitPlan(
  state: RectificationCaseState,
  command: SubmitPlan,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.planStatus === 'approved') {
    throw new RuleViolation('plan-already-approved', 'the plan was approved already');
  }
  const submittedAt = stepAt(state, 'plan submission', command.submittedAt, at, [
    'case opening',
    'plan review',
  ]);
  if (state.planStatus === 'submitted') {
    throw new RuleViolation(
      'plan-under-review',
      'the office has not reviewed the submitted plan yet',
    );
  }
  const unknown = command.items.map((e) => e.itemId).filter((id) => !state.items[id]);
  if (unknown.length > 0) throw notInCase(unknown);
  const ids = command.items.map((e) => e.itemId);
  const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (twice.length > 0) {
    throw new RuleViolation('item-listed-twice', `items listed twice: ${twice.join(', ')}`, {
      itemIds: [...new Set(twice)],
    });
  }
  const problems = screen(Object.keys(state.items), command.items);
  if (problems.length > 0) {
    throw new RuleViolation(
      'plan-incomplete',
      `every item needs measures, a responsible person and a deadline (过筛子): ${problems
        .map((p) => `${p.itemId} lacks ${p.missing.join(', ')}`)
        .join('; ')}`,
      { itemIds: problems.map((p) => p.itemId), items: problems },
    );
  }
  const planned = command.items.map((e): PlannedItem => ({
    itemId: e.itemId,
    measures: e.measures!.map((m) => m.trim()),
    responsible: e.responsible!.trim(),
    deadline: e.deadline!,
    milestones: e.milestones ?? [],
  }));
  const late = planned.filter((p) => p.milestones.some((m) => m.dueBy > p.deadline));
  if (late.length > 0) {
    throw new RuleViolation(
      'milestone-after-deadline',
      'a milestone falls after its item’s deadline',
      { itemIds: late.map((p) => p.itemId) },
    );
  }
  // Items keep the order of the case, whatever order the plan listed them in.
  const order = Object.keys(state.items);
  planned.sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId));
  return [
    {
      type: 'RectificationPlanSubmitted',
      data: {
        caseId,
        submission: state.submission + 1,
        submittedAt,
        ...(command.principalLeader && { principalLeader: command.principalLeader }),
        items: planned,
      },
    },
  ];
}

export function reviewPlan(
  state: RectificationCaseState,
  command: ReviewPlan,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  inProgress(state, command);
  if (state.planStatus === 'approved') {
    throw new RuleViolation('plan-already-approved', 'the plan was approved already');
  }
  if (state.planStatus !== 'submitted') {
    throw new RuleViolation('plan-not-submitted', 'no submitted plan awaits review');
  }
  const reviewedAt = stepAt(state, 'plan review', command.reviewedAt, at, ['plan submission']);
  if (command.decision === 'approve') {
    const approved = {
      type: 'RectificationPlanApproved' as const,
      data: { caseId, submission: state.submission, approvedAt: reviewedAt },
    };
    const deadlines = Object.values(state.items).map((i) => i.plan!.deadline);
    return [
      approved,
      notice(state, 'plan-approved', reviewedAt, {
        planApproved: {
          submission: state.submission,
          latestDeadline: deadlines.reduce((a, b) => (a > b ? a : b)),
        },
      }),
    ];
  }
  if (command.reasons.length === 0) {
    throw new RuleViolation('return-without-reasons', 'a returned plan needs its reasons');
  }
  const itemIds = command.itemIds ?? [];
  const unknown = itemIds.filter((id) => !state.items[id]);
  if (unknown.length > 0) throw notInCase(unknown);
  return [
    {
      type: 'RectificationPlanReturned',
      data: {
        caseId,
        submission: state.submission,
        reasons: command.reasons,
        itemIds,
        returnedAt: reviewedAt,
      },
    },
    notice(state, 'plan-returned', reviewedAt, {
      planReturned: { submission: state.submission, reasons: command.reasons, itemIds },
    }),
  ];
}

/** The three "不放过": an item is incomplete without measures, a responsible person or a deadline. */
function screen(caseItems: string[], entries: PlanEntry[]) {
  const byId = new Map(entries.map((e) => [e.itemId, e]));
  return caseItems
    .map((itemId) => {
      const entry = byId.get(itemId);
      const missing: string[] = [];
      if (!entry?.measures?.some((m) => m.trim() !== '')) missing.push('measures');
      if (!entry?.responsible?.trim()) missing.push('responsible');
      if (!entry?.deadline) missing.push('deadline');
      return { itemId, missing };
    })
    .filter((p) => p.missing.length > 0);
}
