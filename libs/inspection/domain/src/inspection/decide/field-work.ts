import { RuleViolation } from '@xuncha/platform-kernel';
import type {
  MarkTalkGroupNotApplicable,
  RecordEvaluation,
  RecordQuestionnaires,
  RecordTalks,
  RecordVisit,
  ReviewDocuments,
} from '../inspection.commands';
import type { InspectionEvent } from '../inspection.events';
import { talkRulesOf, type InspectionState } from '../inspection.state';
import { inProgress, requireReportBefore, requireStationed } from './checks';

export function recordTalks(state: InspectionState, command: RecordTalks): InspectionEvent[] {
  inProgress(state, command);
  requireStationed(state);
  const cumulative =
    Object.values(state.talks).reduce((sum, count) => sum + (count ?? 0), 0) + command.count;
  return [
    {
      type: 'TalksRecorded',
      data: { group: command.group, count: command.count, talkedOn: command.date, cumulative },
    },
  ];
}

export function markTalkGroupNotApplicable(
  state: InspectionState,
  command: MarkTalkGroupNotApplicable,
): InspectionEvent[] {
  const { opened } = inProgress(state, command);
  requireStationed(state);
  requireReportBefore(state, 'drafted');
  const { group } = command;
  const reason = command.reason.trim();
  if (!talkRulesOf(opened).mustTalkGroups.includes(group)) {
    throw new RuleViolation(
      'talk-group-not-required',
      `${group} is not a must-talk group of this inspection`,
      { group },
    );
  }
  if (!reason) {
    throw new RuleViolation(
      'not-applicable-reason-required',
      'say why the group is not applicable',
      { group },
    );
  }
  if (state.talks[group]) {
    throw new RuleViolation('talk-group-has-talks', `talks with ${group} are recorded`, {
      group,
      talks: state.talks[group],
    });
  }
  if (state.talksNotApplicable[group] === reason) return [];
  return [{ type: 'TalkGroupMarkedNotApplicable', data: { group, reason, markedAt: command.at } }];
}

export function recordQuestionnaires(
  state: InspectionState,
  command: RecordQuestionnaires,
): InspectionEvent[] {
  inProgress(state, command);
  requireStationed(state);
  return [
    {
      type: 'QuestionnairesRecorded',
      data: { respondents: command.respondents, date: command.date },
    },
  ];
}

export function recordEvaluation(
  state: InspectionState,
  command: RecordEvaluation,
): InspectionEvent[] {
  inProgress(state, command);
  requireStationed(state);
  return [
    {
      type: 'EvaluationRecorded',
      data: { respondents: command.respondents, date: command.date },
    },
  ];
}

export function reviewDocuments(
  state: InspectionState,
  command: ReviewDocuments,
): InspectionEvent[] {
  inProgress(state, command);
  requireStationed(state);
  const { subject, volumes, date } = command;
  return [{ type: 'DocumentsReviewed', data: { subject, volumes, date } }];
}

export function recordVisit(state: InspectionState, command: RecordVisit): InspectionEvent[] {
  inProgress(state, command);
  requireStationed(state);
  return [{ type: 'VisitMade', data: { place: command.place, date: command.date } }];
}
