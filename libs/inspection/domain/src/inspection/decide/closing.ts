import {
  RuleViolation,
  addMonths,
  addWorkingDays,
  chinaDay,
  happenedAt,
} from '@xuncha/platform-kernel';
import type { CloseInspection, DeliverFeedback } from '../inspection.commands';
import type { FeedbackList, ImmediateItem, InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import { inProgress, requireReportAtLeast, requireVillage } from './checks';

export function deliverFeedback(
  state: InspectionState,
  command: DeliverFeedback,
): InspectionEvent[] {
  const { opened, scope } = inProgress(state, command);
  if (state.feedback) {
    throw new RuleViolation('feedback-already-delivered', 'the feedback was already delivered');
  }
  requireReportAtLeast(state, 'heard', 'report-not-heard');
  for (const villageId of command.villageIds) requireVillage(opened, villageId);
  const missing = opened.villages
    .filter((village) => !command.villageIds.includes(village.villageId))
    .map((village) => village.villageId);
  if (missing.length > 0) {
    throw new RuleViolation(
      'village-feedback-missing',
      `every village gets its own problem list; missing: ${missing.join(', ')}`,
      { villageIds: missing },
    );
  }
  const findings = Object.values(state.findings).map(({ amendments: _a, ...rest }) => rest);
  const items = Object.values(state.immediateItems);
  const villageOf = (item: ImmediateItem) =>
    item.findingId ? state.findings[item.findingId]?.villageId : undefined;
  const list = (key: string, villageId?: string): FeedbackList => {
    const feedbackId = command.feedbackIds[key];
    if (!feedbackId) throw new Error(`no feedback id given for ${key}`);
    const village = opened.villages.find((v) => v.villageId === villageId);
    return {
      feedbackId,
      ...(village && { village }),
      findings: findings.filter((f) => f.villageId === villageId),
      immediateItems: items.filter((item) => villageOf(item) === villageId),
    };
  };
  const deliveredAt = happenedAt('feedback', command.deliveredAt, command.at, state.lastStep);
  const day = chinaDay(deliveredAt);
  const delivered: InspectionEvent = {
    type: 'FeedbackDelivered',
    data: {
      ...scope,
      inspectionId: opened.inspectionId,
      termPlanId: opened.termPlanId,
      targetName: opened.target.targetName,
      deliveredAt,
      copiedTo: command.copiedTo,
      lists: [list('target'), ...command.villageIds.map((villageId) => list(villageId, villageId))],
      planDueBy: addWorkingDays(day, opened.deadlines.rectificationPlanWorkingDays),
      reportDueBy: addMonths(day, opened.deadlines.rectificationReportMonths),
    },
  };
  return [delivered];
}

export function closeInspection(
  state: InspectionState,
  command: CloseInspection,
): InspectionEvent[] {
  const { opened } = inProgress(state, command);
  if (!state.feedback) {
    throw new RuleViolation('feedback-not-delivered', 'an inspection closes after its feedback');
  }
  const inspectedTargetIds = [
    opened.target.targetId,
    ...state.feedback.lists.flatMap((list) => (list.village ? [list.village.villageId] : [])),
  ];
  return [
    {
      type: 'InspectionClosed',
      data: {
        roundId: opened.roundId,
        termPlanId: opened.termPlanId,
        targetId: opened.target.targetId,
        inspectedTargetIds,
        closedAt: happenedAt('closing', command.closedAt, command.at, state.lastStep),
      },
    },
  ];
}
