import { RuleViolation, chinaDay, happenedAt } from '@xuncha/platform-kernel';
import type {
  CloseDirective,
  FollowUpDirective,
  MarkDirectiveOverdue,
} from '../inspection.commands';
import type { InspectionEvent } from '../inspection.events';
import type { DirectiveRecord, InspectionState } from '../inspection.state';
import { openedOf } from './checks';

/**
 * The directives ledger (书记点人点事台账) is followed to closure after the inspection too: a
 * directive outlives the round that heard it, so these steps ask only that it was heard and is
 * still open.
 */
type DirectiveCommand = { readonly id: string; readonly directiveId: string };

function heardDirective(state: InspectionState, command: DirectiveCommand): DirectiveRecord {
  openedOf(state, command);
  const directive = state.directives[command.directiveId];
  if (!directive) {
    throw new RuleViolation('unknown-directive', `no directive ${command.directiveId} was heard`, {
      directiveId: command.directiveId,
    });
  }
  return directive;
}

function openDirective(state: InspectionState, command: DirectiveCommand): DirectiveRecord {
  const directive = heardDirective(state, command);
  if (directive.closed) {
    throw new RuleViolation('directive-closed', `directive ${command.directiveId} is closed`, {
      directiveId: command.directiveId,
      closedAt: directive.closed.at,
    });
  }
  return directive;
}

/** The last step of a directive's line: its hearing, else its latest follow-up. */
function lastStepOf(state: InspectionState, directive: DirectiveRecord) {
  const latest = directive.followUps.at(-1);
  return latest
    ? { step: 'directive follow-up', at: latest.at }
    : { step: 'hearing', at: state.report.heardAt! };
}

export function followUpDirective(
  state: InspectionState,
  command: FollowUpDirective,
): InspectionEvent[] {
  const directive = openDirective(state, command);
  const followedUpAt = happenedAt(
    'directive follow-up',
    command.followedUpAt,
    command.at,
    lastStepOf(state, directive),
  );
  return [
    {
      type: 'DirectiveFollowedUp',
      data: { directiveId: command.directiveId, note: command.note, followedUpAt },
    },
  ];
}

export function closeDirective(state: InspectionState, command: CloseDirective): InspectionEvent[] {
  const directive = openDirective(state, command);
  const closedAt = happenedAt(
    'directive closing',
    command.closedAt,
    command.at,
    lastStepOf(state, directive),
  );
  return [
    {
      type: 'DirectiveClosed',
      data: { directiveId: command.directiveId, result: command.result, closedAt },
    },
  ];
}

/** Raised once, on the first check after the due day (China day) of a directive still open. */
export function markDirectiveOverdue(
  state: InspectionState,
  command: MarkDirectiveOverdue,
): InspectionEvent[] {
  const directive = heardDirective(state, command);
  if (directive.closed || directive.overdue) return [];
  if (!directive.dueBy || directive.dueBy >= chinaDay(command.at)) {
    throw new RuleViolation(
      'directive-not-due',
      `directive ${command.directiveId} is not past its due day (${directive.dueBy ?? 'none'})`,
      { directiveId: command.directiveId, dueBy: directive.dueBy },
    );
  }
  return [
    {
      type: 'DirectiveOverdue',
      data: { directiveId: command.directiveId, dueBy: directive.dueBy, detectedAt: command.at },
    },
  ];
}
