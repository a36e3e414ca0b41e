import { happenedAt } from '@xuncha/platform-kernel';
import type { RecordResultUse } from '../inspection.commands';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import { openedOf, requireReportAtLeast } from './checks';

/**
 * 成果运用: a letter, report, suggestion, prompt or warning sent from the inspection's results,
 * once the secretary meeting heard the report; also after the inspection closed. A use already
 * recorded under its id is not recorded again.
 */
export function recordResultUse(
  state: InspectionState,
  command: RecordResultUse,
): InspectionEvent[] {
  const opened = openedOf(state, command);
  requireReportAtLeast(state, 'heard', 'report-not-heard');
  if (state.resultUses.some((use) => use.useId === command.useId)) return [];
  const sentAt = happenedAt('result use', command.sentAt, command.at, {
    step: 'hearing',
    at: state.report.heardAt!,
  });
  const { useId, kind, addressee, subject } = command;
  const { targetId, targetName, jurisdiction, tier } = opened.target;
  const { roundId } = opened;
  return [
    {
      type: 'ResultUseRecorded',
      data: {
        useId,
        kind,
        addressee,
        subject,
        sentAt,
        roundId,
        targetId,
        targetName,
        jurisdiction,
        tier,
      },
    },
  ];
}
