import { decideBy, evolveBy, type CommandHandlers, type Decider } from '@xuncha/platform-kernel';
import { omit } from './omit';
import type { InspectionCommand } from './inspection.commands';
import type { Finding, InspectionEvent, InspectionScope } from './inspection.events';
import type { InspectionState } from './inspection.state';
import { closeInspection, deliverFeedback } from './decide/closing';
import {
  markTalkGroupNotApplicable,
  recordEvaluation,
  recordQuestionnaires,
  recordTalks,
  recordVisit,
  reviewDocuments,
} from './decide/field-work';
import {
  amendFinding,
  assignImmediateItem,
  recordClue,
  recordFinding,
  recordLeaderPortrait,
} from './decide/findings';
import { markStepOverdue } from './decide/deadlines';
import { recordResultUse } from './decide/result-use';
import { closeDirective, followUpDirective, markDirectiveOverdue } from './decide/directives';
import { holdMeeting, openInspection, recordBriefing, stationTeam } from './decide/opening';
import { erasePetitionPersonalData, receivePetition, triagePetition } from './decide/petitions';
import {
  approveReport,
  consultOnReport,
  draftReport,
  hearReport,
  reviseReport,
} from './decide/report';

const initialState = (): InspectionState => ({
  briefings: {},
  meetings: [],
  talks: {},
  talksNotApplicable: {},
  questionnaires: 0,
  evaluations: 0,
  documentReviews: [],
  visits: [],
  petitions: {},
  findings: {},
  immediateItems: {},
  clues: {},
  report: { stage: 'none' },
  directives: {},
  overdueSteps: [],
  resultUses: [],
  closed: false,
});

const evolve = evolveBy<InspectionState, InspectionEvent>({
  InspectionOpened: (state, event) => ({ ...state, opened: event.data }),
  InspectionStationed: (state, event) => ({
    ...state,
    stationed: event.data,
    lastStep: { step: 'stationing', at: event.data.announcedAt },
  }),
  BriefingReceived: (state, event) => ({
    ...state,
    briefings: { ...state.briefings, [event.data.unit]: event.data },
  }),
  MeetingHeld: (state, event) => ({ ...state, meetings: [...state.meetings, event.data] }),
  TalksRecorded: (state, event) => {
    const { group, count } = event.data;
    // Talks with a group show it was there after all: it is no longer not applicable.
    return {
      ...state,
      talks: { ...state.talks, [group]: (state.talks[group] ?? 0) + count },
      talksNotApplicable: omit(state.talksNotApplicable, group),
    };
  },
  TalkGroupMarkedNotApplicable: (state, event) => ({
    ...state,
    talksNotApplicable: { ...state.talksNotApplicable, [event.data.group]: event.data.reason },
  }),
  QuestionnairesRecorded: (state, event) => ({
    ...state,
    questionnaires: state.questionnaires + event.data.respondents,
  }),
  EvaluationRecorded: (state, event) => ({
    ...state,
    evaluations: state.evaluations + event.data.respondents,
  }),
  DocumentsReviewed: (state, event) => ({
    ...state,
    documentReviews: [...state.documentReviews, event.data],
  }),
  VisitMade: (state, event) => ({ ...state, visits: [...state.visits, event.data] }),
  PetitionReceived: (state, event) => {
    const { petitionId, ...petition } = event.data;
    return { ...state, petitions: { ...state.petitions, [petitionId]: petition } };
  },
  PetitionTriaged: (state, event) => {
    const { petitionId, inScope, forwardedTo } = event.data;
    const petition = { ...state.petitions[petitionId], triage: { inScope, forwardedTo } };
    return { ...state, petitions: { ...state.petitions, [petitionId]: petition } };
  },
  PetitionPersonalDataErased: (state, event) => {
    const { petitionId, reason, erasedAt } = event.data;
    const petition = { ...state.petitions[petitionId], erasure: { at: erasedAt, reason } };
    return { ...state, petitions: { ...state.petitions, [petitionId]: petition } };
  },
  FindingRecorded: (state, event) => ({
    ...state,
    findings: {
      ...state.findings,
      [event.data.findingId]: { ...finding(event.data), amendments: 0 },
    },
  }),
  FindingAmended: (state, event) => {
    const amendments = state.findings[event.data.findingId].amendments + 1;
    return {
      ...state,
      findings: {
        ...state.findings,
        [event.data.findingId]: { ...finding(event.data), amendments },
      },
    };
  },
  ImmediateItemAssigned: (state, event) => {
    const item = omit(event.data, 'targetId');
    return { ...state, immediateItems: { ...state.immediateItems, [item.itemId]: item } };
  },
  ClueRecorded: (state, event) => {
    const clue = omit(event.data, 'roundId', 'targetId', 'jurisdiction', 'tier');
    return { ...state, clues: { ...state.clues, [clue.clueId]: { ...clue, released: false } } };
  },
  ClueReleased: (state, event) => {
    const clue = { ...state.clues[event.data.clueId], released: true };
    return { ...state, clues: { ...state.clues, [clue.clueId]: clue } };
  },
  LeaderPortraitRecorded: (state, event) => ({ ...state, portrait: event.data }),
  ReportDrafted: (state, event) => ({
    ...state,
    report: { ...state.report, stage: 'drafted', summary: event.data.summary },
    lastStep: { step: 'report draft', at: event.data.draftedAt },
  }),
  ReportRevised: (state, event) => ({
    ...state,
    report: { ...state.report, stage: 'revised', summary: event.data.summary },
    lastStep: { step: 'report revision', at: event.data.revisedAt },
  }),
  ReportApproved: (state, event) => ({
    ...state,
    report: { ...state.report, stage: 'approved' },
    lastStep: { step: 'report approval', at: event.data.approvedAt },
  }),
  ReportConsulted: (state, event) => ({
    ...state,
    report: { ...state.report, stage: 'consulted' },
    lastStep: { step: 'consultation', at: event.data.consultedAt },
  }),
  ReportHeard: (state, event) => ({
    ...state,
    report: { ...state.report, stage: 'heard', heardAt: event.data.heardAt },
    directives: Object.fromEntries(
      event.data.directives.map((d) => [d.directiveId, { ...d, followUps: [], overdue: false }]),
    ),
    lastStep: { step: 'hearing', at: event.data.heardAt },
  }),
  DirectiveFollowedUp: (state, event) => {
    const { directiveId, note, followedUpAt } = event.data;
    const directive = state.directives[directiveId];
    const followUps = [...directive.followUps, { note, at: followedUpAt }];
    return {
      ...state,
      directives: { ...state.directives, [directiveId]: { ...directive, followUps } },
    };
  },
  DirectiveClosed: (state, event) => {
    const { directiveId, result, closedAt } = event.data;
    const directive = { ...state.directives[directiveId], closed: { result, at: closedAt } };
    return { ...state, directives: { ...state.directives, [directiveId]: directive } };
  },
  ResultUseRecorded: (state, event) => ({
    ...state,
    resultUses: [...state.resultUses, event.data],
  }),
  InspectionStepOverdue: (state, event) => ({
    ...state,
    overdueSteps: [...state.overdueSteps, event.data.step],
  }),
  DirectiveOverdue: (state, event) => {
    const directive = { ...state.directives[event.data.directiveId], overdue: true };
    return { ...state, directives: { ...state.directives, [directive.directiveId]: directive } };
  },
  FeedbackDelivered: (state, event) => ({
    ...state,
    feedback: event.data,
    lastStep: { step: 'feedback', at: event.data.deliveredAt },
  }),
  InspectionClosed: (state) => ({ ...state, closed: true }),
});

/** The finding fields of a finding event, without the scope it travels with. */
function finding(data: InspectionScope & Finding & { reason?: string }): Finding {
  return omit(data, 'roundId', 'targetId', 'jurisdiction', 'tier', 'reason');
}

/** One decision per command, in the order of the work; each lives with its stage in ./decide. */
const handlers: CommandHandlers<InspectionState, InspectionCommand, InspectionEvent> = {
  OpenInspection: openInspection,
  StationTeam: stationTeam,
  RecordBriefing: recordBriefing,
  HoldMeeting: holdMeeting,
  RecordTalks: recordTalks,
  MarkTalkGroupNotApplicable: markTalkGroupNotApplicable,
  RecordQuestionnaires: recordQuestionnaires,
  RecordEvaluation: recordEvaluation,
  ReviewDocuments: reviewDocuments,
  RecordVisit: recordVisit,
  ReceivePetition: receivePetition,
  TriagePetition: triagePetition,
  ErasePetitionPersonalData: erasePetitionPersonalData,
  RecordFinding: recordFinding,
  AmendFinding: amendFinding,
  AssignImmediateItem: assignImmediateItem,
  RecordClue: recordClue,
  RecordLeaderPortrait: recordLeaderPortrait,
  DraftReport: draftReport,
  ReviseReport: reviseReport,
  ApproveReport: approveReport,
  ConsultOnReport: consultOnReport,
  HearReport: hearReport,
  FollowUpDirective: followUpDirective,
  CloseDirective: closeDirective,
  MarkDirectiveOverdue: markDirectiveOverdue,
  MarkStepOverdue: markStepOverdue,
  RecordResultUse: recordResultUse,
  DeliverFeedback: deliverFeedback,
  CloseInspection: closeInspection,
};

export const inspectionDecider: Decider<InspectionState, InspectionCommand, InspectionEvent> = {
  initialState,
  evolve,
  decide: decideBy(handlers),
};
