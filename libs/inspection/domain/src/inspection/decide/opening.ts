import { RuleViolation, addDays, chinaDay, happenedAt } from '@xuncha/platform-kernel';
import { omit } from '../omit';
import type {
  HoldMeeting,
  OpenInspection,
  RecordBriefing,
  StationTeam,
} from '../inspection.commands';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import { inProgress } from './checks';

export function openInspection(state: InspectionState, command: OpenInspection): InspectionEvent[] {
  // Opening is keyed on (round, team, target): a second delivery opens nothing.
  if (state.opened) return [];
  const opening = omit(command, 'type', 'id', 'at');
  return [
    {
      type: 'InspectionOpened',
      data: { inspectionId: command.id, ...opening, openedAt: command.at },
    },
  ];
}

export function stationTeam(state: InspectionState, command: StationTeam): InspectionEvent[] {
  const { opened } = inProgress(state, command);
  if (state.stationed) {
    throw new RuleViolation('inspection-already-stationed', 'the team is already stationed');
  }
  // 进驻 is part of the round: a day outside its window is a wrong date, not a new round.
  const stationedOn = chinaDay(command.announcedAt);
  const window = opened.window;
  if (window && (stationedOn < window.from || stationedOn > window.to)) {
    throw new RuleViolation(
      'stationing-outside-round-window',
      `the team is stationed on ${stationedOn}, outside the round's window ${window.from} to ${window.to}`,
      { stationedOn, window: { ...window } },
    );
  }
  const fieldStageDueBy = addDays(
    chinaDay(command.announcedAt),
    opened.deadlines.fieldStageDays - 1,
  );
  return [
    {
      type: 'InspectionStationed',
      data: { announcedAt: command.announcedAt, channels: command.channels, fieldStageDueBy },
    },
  ];
}

/** A briefing unit briefed the team (巡前通报): once per unit; a late one is marked as late. */
export function recordBriefing(state: InspectionState, command: RecordBriefing): InspectionEvent[] {
  inProgress(state, command);
  if (state.briefings[command.unit]) {
    throw new RuleViolation('briefing-already-recorded', `${command.unit} has briefed the team`, {
      unit: command.unit,
    });
  }
  const briefedAt = happenedAt('briefing', command.briefedAt, command.at);
  const beforeStationing =
    !state.stationed || Date.parse(briefedAt) < Date.parse(state.stationed.announcedAt);
  const { unit, briefingId, summary } = command;
  return [
    {
      type: 'BriefingReceived',
      data: { unit, briefingId, ...(summary && { summary }), briefedAt, beforeStationing },
    },
  ];
}

export function holdMeeting(state: InspectionState, command: HoldMeeting): InspectionEvent[] {
  inProgress(state, command);
  const { kind, heldOn, attendees, note } = command;
  return [{ type: 'MeetingHeld', data: { kind, heldOn, attendees, ...(note && { note }) } }];
}
