import { RuleViolation, addDays, chinaDay } from '@xuncha/platform-kernel';
import type { MarkStepOverdue } from '../inspection.commands';
import type { SupervisedStep } from '@xuncha/contracts';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState, ReportStage } from '../inspection.state';
import { openedOf, reportAtLeast, requireStationed } from './checks';

/** The report stage that means a supervised step is done. */
const DONE_AT: Record<SupervisedStep, ReportStage> = { 'field-stage': 'drafted', hearing: 'heard' };

/**
 * The last day of a supervised step: the field stage ends `fieldStageDays` after stationing
 * (fixed at stationing); the report goes to the secretary meeting `reportToSecretaryDays` after.
 */
export function dueDayOf(state: InspectionState, step: SupervisedStep): string | undefined {
  const fieldStageDueBy = state.stationed?.fieldStageDueBy;
  if (!fieldStageDueBy || step === 'field-stage') return fieldStageDueBy;
  return addDays(fieldStageDueBy, state.opened!.deadlines.reportToSecretaryDays);
}

/** Raised once, on the first check after the due day (China day) of a step not yet done. */
export function markStepOverdue(
  state: InspectionState,
  command: MarkStepOverdue,
): InspectionEvent[] {
  openedOf(state, command);
  requireStationed(state);
  const { step } = command;
  const done = reportAtLeast(state, DONE_AT[step]);
  if (state.closed || done || state.overdueSteps.includes(step)) return [];
  const dueBy = dueDayOf(state, step)!;
  if (dueBy >= chinaDay(command.at)) {
    throw new RuleViolation('deadline-not-passed', `${step} is due on ${dueBy}`, { step, dueBy });
  }
  return [{ type: 'InspectionStepOverdue', data: { step, dueBy, detectedAt: command.at } }];
}
