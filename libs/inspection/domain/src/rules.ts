import { TIMELINE_RULES, type RuleCatalogue } from '@xuncha/platform-kernel';
import type { InspectionCommand } from './inspection/inspection.commands';
import type { TalkRulesCommand } from './talks/talk-rules.decider';

// Every command but the erasure of a petitioner's data is refused once the inspection is closed.
const OPEN = 'inspection-closed';
// A finding names an item of the focus catalogue and, if any, a village of the inspection.
const CLASSIFIED = [
  'catalog-version-unavailable',
  'unknown-focus-item',
  'unknown-village',
] as const;
const STATIONED = [OPEN, 'inspection-not-stationed'] as const;

/** The rules each inspection command can be refused by (see RuleCatalogue). */
export const INSPECTION_RULES = {
  OpenInspection: [],
  StationTeam: [OPEN, 'inspection-already-stationed', 'stationing-outside-round-window'],
  RecordBriefing: [OPEN, 'briefing-already-recorded', 'happened-in-future'],
  HoldMeeting: [OPEN],
  RecordTalks: [...STATIONED],
  MarkTalkGroupNotApplicable: [
    ...STATIONED,
    'not-applicable-reason-required',
    'talk-group-has-talks',
    'talk-group-not-required',
  ],
  RecordQuestionnaires: [...STATIONED],
  RecordEvaluation: [...STATIONED],
  ReviewDocuments: [...STATIONED],
  RecordVisit: [...STATIONED],
  ReceivePetition: [...STATIONED],
  TriagePetition: [
    OPEN,
    'forwarding-authority-missing',
    'forwarding-in-scope',
    'petition-already-triaged',
    'unknown-petition',
  ],
  ErasePetitionPersonalData: ['unknown-petition'],
  RecordFinding: [...STATIONED, ...TIMELINE_RULES, 'inspection-feedback-delivered', ...CLASSIFIED],
  AmendFinding: [OPEN, ...TIMELINE_RULES, 'unknown-finding', ...CLASSIFIED],
  AssignImmediateItem: [
    ...STATIONED,
    ...TIMELINE_RULES,
    'inspection-feedback-delivered',
    'unknown-finding',
  ],
  RecordClue: [
    ...STATIONED,
    ...TIMELINE_RULES,
    'petition-forwarded',
    'unknown-finding',
    'unknown-petition',
    'unknown-village',
    'village-not-finding-village',
  ],
  RecordLeaderPortrait: [
    ...STATIONED,
    'catalog-version-unavailable',
    'duplicate-portrait-dimension',
    'unknown-portrait-dimension',
  ],
  DraftReport: [
    ...STATIONED,
    ...TIMELINE_RULES,
    'must-talk-groups-missing',
    'party-member-talks-short',
    'talk-coverage-not-met',
    'report-already-approved',
  ],
  ReviseReport: [OPEN, ...TIMELINE_RULES, 'report-not-drafted', 'report-already-approved'],
  ApproveReport: [OPEN, ...TIMELINE_RULES, 'report-not-drafted', 'report-already-approved'],
  ConsultOnReport: [OPEN, ...TIMELINE_RULES, 'report-not-approved', 'report-already-heard'],
  HearReport: [
    OPEN,
    ...TIMELINE_RULES,
    'directive-due-before-hearing',
    'report-not-approved',
    'report-already-heard',
  ],
  // A directive is followed to closure after the inspection closes too.
  FollowUpDirective: [...TIMELINE_RULES, 'directive-closed', 'unknown-directive'],
  CloseDirective: [...TIMELINE_RULES, 'directive-closed', 'unknown-directive'],
  MarkDirectiveOverdue: ['directive-not-due', 'unknown-directive'],
  MarkStepOverdue: ['deadline-not-passed', 'inspection-not-stationed'],
  // Results are used after the hearing, also once the inspection is closed.
  RecordResultUse: [...TIMELINE_RULES, 'report-not-heard'],
  DeliverFeedback: [
    OPEN,
    ...TIMELINE_RULES,
    'feedback-already-delivered',
    'report-not-heard',
    'unknown-village',
    'village-feedback-missing',
  ],
  CloseInspection: [OPEN, ...TIMELINE_RULES, 'feedback-not-delivered'],
  SetTalkRules: [
    'must-talk-groups-empty',
    'must-talk-group-repeated',
    'party-members-not-a-must-talk-group',
  ],
} as const satisfies RuleCatalogue<InspectionCommand['type'] | TalkRulesCommand['type']>;

/**
 * Rules whose names the decider builds (`report-already-<stage>`) or passes
 * along (`requireReportAtLeast(…, 'report-not-drafted')`): not found as
 * literal `RuleViolation('…')` in the sources.
 */
export const INSPECTION_RULES_BUILT = [
  'report-already-approved',
  'report-already-heard',
  'report-not-approved',
  'report-not-drafted',
  'report-not-heard',
] as const;
