import type {
  ApproveReport,
  ConsultOnReport,
  DraftReport,
  HearReport,
  ReviseReport,
} from '../inspection.commands';
import { RuleViolation, chinaDay, happenedAt } from '@xuncha/platform-kernel';
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
  const draftedAt = happenedAt('report draft', command.draftedAt, command.at, state.lastStep);
  return [{ type: 'ReportDrafted', data: { summary: command.summary, draftedAt } }];
}

export function reviseReport(state: InspectionState, command: ReviseReport): InspectionEvent[] {
  inProgress(state, command);
  requireReportAtLeast(state, 'drafted', 'report-not-drafted');
  requireReportBefore(state, 'approved');
  const revisedAt = happenedAt('report revision', command.revisedAt, command.at, state.lastStep);
  return [{ type: 'ReportRevised', data: { summary: command.summary, revisedAt } }];
}

export function approveReport(state: InspectionState, command: ApproveReport): InspectionEvent[] {
  const { opened, scope } = inProgress(state, command);
  requireReportAtLeast(state, 'drafted', 'report-not-drafted');
  requireReportBefore(state, 'approved');
  const approvedAt = happenedAt('report approval', command.approvedAt, command.at, state.lastStep);
  const clues = Object.values(state.clues);
  const approved: InspectionEvent = {
    type: 'ReportApproved',
    data: {
      approvedAt,
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
  const consultedAt = happenedAt('consultation', command.consultedAt, command.at, state.lastStep);
  return [{ type: 'ReportConsulted', data: { consultedAt, note: command.note } }];
}

export function hearReport(state: InspectionState, command: HearReport): InspectionEvent[] {
  inProgress(state, command);
  requireReportAtLeast(state, 'approved', 'report-not-approved');
  requireReportBefore(state, 'heard');
  const heardAt = happenedAt('hearing', command.heardAt, command.at, state.lastStep);
  for (const directive of command.directives) {
    if (directive.dueBy && directive.dueBy < chinaDay(heardAt)) {
      throw new RuleViolation(
        'directive-due-before-hearing',
        `a directive cannot be due on ${directive.dueBy}, before the hearing (${chinaDay(heardAt)})`,
        { directiveId: directive.directiveId, dueBy: directive.dueBy },
      );
    }
  }
  return [{ type: 'ReportHeard', data: { heardAt, directives: command.directives } }];
}
