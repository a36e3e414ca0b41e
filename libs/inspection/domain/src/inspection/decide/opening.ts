import { RuleViolation, addDays, chinaDay } from '@xuncha/platform-kernel';
import { omit } from '../omit';
import type { HoldMeeting, OpenInspection, StationTeam } from '../inspection.commands';
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

export function holdMeeting(state: InspectionState, command: HoldMeeting): InspectionEvent[] {
  inProgress(state, command);
  const { kind, heldOn, attendees, note } = command;
  return [{ type: 'MeetingHeld', data: { kind, heldOn, attendees, ...(note && { note }) } }];
}
