import type {
  ApproveReport,
  ConsultOnReport,
  DraftReport,
  HearReport,
  ReviseReport,
} from '../inspection.commands';
import type { InspectionEvent } from '../inspection.events';
import { inspectionTalkCoverage, type InspectionState } from '../inspection.state';
import {
  inProgress,
  release,
  requireReportAtLeast,
  requireReportBefore,
  requireStationed,
  requireTalksCovered,
} from './checks';

export function draftReport(state: InspectionState, command: DraftReport): InspectionEvent[] {
  const { opened } = inProgress(state, command);
  requireStationed(state);
  requireReportBefore(state, 'approved');
  requireTalksCovered(inspectionTalkCoverage(state, opened));
  return [{ type: 'ReportDrafted', data: { summary: command.summary, draftedAt: command.at } }];
}

export function reviseReport(state: InspectionState, command: ReviseReport): InspectionEvent[] {
  inProgress(state, command);
  requireReportAtLeast(state, 'drafted', 'report-not-drafted');
  requireReportBefore(state, 'approved');
  return [{ type: 'ReportRevised', data: { summary: command.summary, revisedAt: command.at } }];
}

export function approveReport(state: InspectionState, command: ApproveReport): InspectionEvent[] {
  const { opened, scope } = inProgress(state, command);
  requireReportAtLeast(state, 'drafted', 'report-not-drafted');
  requireReportBefore(state, 'approved');
  const clues = Object.values(state.clues);
  const approved: InspectionEvent = {
    type: 'ReportApproved',
    data: {
      approvedAt: command.at,
      findingCount: Object.keys(state.findings).length,
      immediateItemCount: Object.keys(state.immediateItems).length,
      clueCount: clues.length,
      talkCount: inspectionTalkCoverage(state, opened).talked,
    },
  };
  // Clues that were not urgent go to the clue service with the approved report.
  const released = clues
    .filter((clue) => !clue.released)
    .map(({ released: _released, ...clue }) => release(clue, opened, scope));
  return [approved, ...released];
}

export function consultOnReport(
  state: InspectionState,
  command: ConsultOnReport,
): InspectionEvent[] {
  inProgress(state, command);
  requireReportAtLeast(state, 'approved', 'report-not-approved');
  requireReportBefore(state, 'heard');
  return [{ type: 'ReportConsulted', data: { consultedAt: command.at, note: command.note } }];
}

export function hearReport(state: InspectionState, command: HearReport): InspectionEvent[] {
  inProgress(state, command);
  requireReportAtLeast(state, 'approved', 'report-not-approved');
  requireReportBefore(state, 'heard');
  return [
    { type: 'ReportHeard', data: { heardAt: command.heardAt, directives: command.directives } },
  ];
}
