import { RuleViolation, happenedAt } from '@xuncha/platform-kernel';
import type { OpenCase } from '../case.commands';
import type { RectificationCaseEvent, RectificationCaseOpened } from '../case.events';
import { evolve, type RectificationCaseState } from '../case.state';
import { notice } from './checks';

export function openCase(
  state: RectificationCaseState,
  command: OpenCase,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  // The id comes from the feedback: a second delivery finds the case and opens nothing.
  if (state.opened) return [];
  if (command.items.length === 0) {
    throw new RuleViolation('case-without-items', 'feedback with no item opens no case');
  }
  const { feedbackId, inspectionId, roundId, targetId, targetName, jurisdiction, tier } = command;
  // The case opens with the feedback, however late the service hears of it.
  const openedAt = happenedAt('case opening', command.deliveredAt, at);
  const opened: RectificationCaseOpened = {
    type: 'RectificationCaseOpened',
    data: {
      caseId,
      feedbackId,
      inspectionId,
      roundId,
      targetId,
      targetName,
      jurisdiction,
      tier,
      ...(command.village && { village: command.village }),
      items: command.items,
      planDueBy: command.planDueBy,
      reportDueBy: command.reportDueBy,
      openedAt,
    },
  };
  const next = evolve(state, opened);
  return [
    opened,
    notice(next, 'case-opened', openedAt, {
      caseOpened: {
        itemCount: command.items.length,
        planDueBy: command.planDueBy,
        reportDueBy: command.reportDueBy,
      },
    }),
  ];
}
