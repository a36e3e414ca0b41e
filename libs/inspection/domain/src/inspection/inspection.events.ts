import type {
  DirectiveTarget,
  DisciplineCategory,
  ResultUseKind,
  SupervisedStep,
  InvolvedRank,
  ReportingChannel,
  RoundKind,
  RoundMode,
  TalkGroup,
  TargetCategory,
  TargetTier,
} from '@xuncha/contracts';
import type { DomainEvent } from '@xuncha/platform-kernel';
import type { TalkRules } from '../talks/talk-rules';

export const MEETING_KINDS = [
  'communication',
  'mobilization',
  'special-briefing',
  'symposium',
  'mid-term-report',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Who briefs the team on the target before stationing (巡前通报). */
export const BRIEFING_UNITS = [
  'discipline-commission', // 纪委监委
  'organization-department', // 组织部
  'audit-office', // 审计机关
  'petition-office', // 信访部门
] as const;
export type BriefingUnit = (typeof BRIEFING_UNITS)[number];

/**
 * A directive of the secretary meeting (书记点人点事点问题), a line of the directives ledger
 * (书记点人点事台账): whom or what it points at, the department that owns it and when it is due.
 */
export interface Directive {
  readonly directiveId: string;
  readonly pointsAt: DirectiveTarget;
  /** What it points at; a person by post (职务), never by name: names go with clues. */
  readonly subject: string;
  /** The department that owns it (责任部门); absent on directives heard before the ledger. */
  readonly owner?: string;
  /** The day it is due (办理时限, YYYY-MM-DD), if the meeting set one. */
  readonly dueBy?: string;
}

export const PORTRAIT_RATINGS = ['good', 'fair', 'poor'] as const;
export type PortraitRating = (typeof PORTRAIT_RATINGS)[number];

export interface Target {
  readonly targetId: string;
  readonly targetName: string;
  readonly category: TargetCategory;
  readonly tier: TargetTier;
  readonly jurisdiction: string;
  readonly parentId?: string;
  readonly headcount: number;
  readonly partyMemberCount?: number;
}

export interface Team {
  readonly teamId: string;
  readonly leaderId: string;
  readonly deputyIds: readonly string[];
  readonly liaisonId: string;
  readonly memberIds: readonly string[];
}

/** A village that gets its own problem list (分村反馈). */
export interface Village {
  readonly villageId: string;
  readonly villageName: string;
  readonly jurisdiction: string;
}

/** The round's deadlines the inspection computes due dates from. */
export interface InspectionDeadlines {
  readonly fieldStageDays: number;
  readonly reportToSecretaryDays: number;
  readonly rectificationPlanWorkingDays: number;
  readonly rectificationReportMonths: number;
  /** Months the recipient has for a clue's result (线索办理结果); absent on older inspections. */
  readonly clueResultMonths?: number;
}

/** Where an inspection belongs: carried by the events the analytics topic needs it on. */
export interface InspectionScope {
  readonly roundId: string;
  readonly targetId: string;
  readonly jurisdiction: string;
  readonly tier: TargetTier;
}

export interface Finding {
  readonly findingId: string;
  readonly title: string;
  readonly description: string;
  readonly focusItem: string;
  readonly catalogVersion: string;
  readonly involvedRank: InvolvedRank;
  readonly amount?: number;
  /** In a township-with-villages inspection (巡镇带村), the village the finding is about. */
  readonly villageId?: string;
  /** That village whole, so that its figures need no lookup. */
  readonly village?: Village;
  /** Marked a key problem (重点问题); absent: not marked. */
  readonly keyProblem?: boolean;
  /** Marked a public concern (群众急难愁盼); absent: not marked. */
  readonly publicConcern?: boolean;
  /** When the team found it; absent on findings recorded before it was kept. */
  readonly foundAt?: string;
}

export interface InvolvedPerson {
  readonly name: string;
  readonly position: string;
  readonly rank: InvolvedRank;
}

export interface Clue {
  readonly clueId: string;
  readonly findingId?: string;
  /** The petition (信访件) received at this inspection that the clue comes from. */
  readonly petitionId?: string;
  /** The village the clue is about (巡镇带村); a finding's clue is about the finding's village. */
  readonly villageId?: string;
  readonly village?: Village;
  readonly person: InvolvedPerson;
  readonly allegation: string;
  readonly discipline: DisciplineCategory;
  readonly urgent: boolean;
  readonly identifiedAt: string;
  readonly evidenceRefs: readonly string[];
  /**
   * Set by the store, never by the decider, when the clue's data key was erased: person,
   * allegation and evidence then hold an erased marker.
   */
  readonly personalDataErased?: boolean;
}

export interface ImmediateItem {
  readonly itemId: string;
  readonly title: string;
  readonly findingId?: string;
  readonly dueBy?: string;
  /** When it was handed to the target; absent on items assigned before it was kept. */
  readonly assignedAt?: string;
}

export interface PortraitEntry {
  readonly dimension: string;
  readonly rating: PortraitRating;
  readonly assessment: string;
}

export interface Petition {
  readonly channel: ReportingChannel;
  readonly summary: string;
  readonly receivedAt: string;
  readonly triage?: { readonly inScope: boolean; readonly forwardedTo?: string };
  /**
   * Set by the store, never by the decider, when the petition's data key was erased: the
   * summary then holds an erased marker.
   */
  readonly personalDataErased?: boolean;
  /** Set once PetitionPersonalDataErased is recorded. */
  readonly erasure?: { readonly at: string; readonly reason: string };
}

/** One problem list delivered: the target's own, or one village's. */
export interface FeedbackList {
  readonly feedbackId: string;
  readonly village?: Village;
  readonly findings: readonly Finding[];
  readonly immediateItems: readonly ImmediateItem[];
}

/** First and last day of the round (YYYY-MM-DD), both included. */
export interface RoundWindow {
  readonly from: string;
  readonly to: string;
}

export type InspectionOpened = DomainEvent<
  'InspectionOpened',
  {
    inspectionId: string;
    roundId: string;
    termPlanId: string;
    ordinal: number;
    kind: RoundKind;
    modes: RoundMode[];
    team: Team;
    target: Target;
    villages: Village[];
    deadlines: InspectionDeadlines;
    catalogVersion: string;
    /** Absent on inspections opened before the window travelled with the opening. */
    window?: RoundWindow;
    /** The talk rules in force at opening; absent before they were configurable (defaults). */
    talkRules?: TalkRules;
    openedAt: string;
  }
>;
export type InspectionStationed = DomainEvent<
  'InspectionStationed',
  { announcedAt: string; channels: ReportingChannel[]; fieldStageDueBy: string }
>;
/** Before the briefing's text was kept, neither id nor summary (v1, plaintext, no text). */
export type BriefingReceived = DomainEvent<
  'BriefingReceived',
  {
    unit: BriefingUnit;
    briefingId?: string;
    summary?: string;
    briefedAt: string;
    beforeStationing: boolean;
    /** Set by the store, never by the decider, when the briefing's key was erased. */
    personalDataErased?: boolean;
  }
>;
export type MeetingHeld = DomainEvent<
  'MeetingHeld',
  { kind: MeetingKind; heldOn: string; attendees: number; note?: string }
>;
export type TalksRecorded = DomainEvent<
  'TalksRecorded',
  { group: TalkGroup; count: number; talkedOn: string; cumulative: number }
>;
export type TalkGroupMarkedNotApplicable = DomainEvent<
  'TalkGroupMarkedNotApplicable',
  { group: TalkGroup; reason: string; markedAt: string }
>;
export type QuestionnairesRecorded = DomainEvent<
  'QuestionnairesRecorded',
  { respondents: number; date: string }
>;
export type EvaluationRecorded = DomainEvent<
  'EvaluationRecorded',
  { respondents: number; date: string }
>;
export type DocumentsReviewed = DomainEvent<
  'DocumentsReviewed',
  { subject: string; volumes: number; date: string }
>;
export type VisitMade = DomainEvent<'VisitMade', { place: string; date: string }>;
export type PetitionReceived = DomainEvent<
  'PetitionReceived',
  { petitionId: string; channel: ReportingChannel; summary: string; receivedAt: string }
>;
export type PetitionTriaged = DomainEvent<
  'PetitionTriaged',
  { petitionId: string; inScope: boolean; forwardedTo?: string }
>;
/** The petition's summary names people and allegations: its key was destroyed (crypto-shredding). */
export type PetitionPersonalDataErased = DomainEvent<
  'PetitionPersonalDataErased',
  { petitionId: string; reason: string; erasedAt: string }
>;
export type FindingRecorded = DomainEvent<'FindingRecorded', InspectionScope & Finding>;
export type FindingAmended = DomainEvent<
  'FindingAmended',
  InspectionScope & Finding & { reason: string }
>;
export type ImmediateItemAssigned = DomainEvent<
  'ImmediateItemAssigned',
  ImmediateItem & { targetId: string }
>;
/** The clue as identified; the store keeps it whole, the publisher redacts it. */
export type ClueRecorded = DomainEvent<'ClueRecorded', InspectionScope & Clue>;
/**
 * The clue goes to the clue service: at once when urgent (边巡边移), with the
 * approved report otherwise. Carries what the restricted ClueIdentified needs.
 */
export type ClueReleased = DomainEvent<
  'ClueReleased',
  InspectionScope &
    Clue & {
      inspectionId: string;
      teamId: string;
      teamLeaderId: string;
      targetName: string;
      /** The jurisdiction's result period (线索办理结果时限, months) in force for the round. */
      resultMonths?: number;
    }
>;
export type LeaderPortraitRecorded = DomainEvent<
  'LeaderPortraitRecorded',
  { entries: PortraitEntry[]; recordedAt: string }
>;
export type ReportDrafted = DomainEvent<'ReportDrafted', { summary: string; draftedAt: string }>;
export type ReportRevised = DomainEvent<'ReportRevised', { summary: string; revisedAt: string }>;
export type ReportApproved = DomainEvent<
  'ReportApproved',
  {
    approvedAt: string;
    findingCount: number;
    immediateItemCount: number;
    clueCount: number;
    talkCount: number;
  }
>;
export type ReportConsulted = DomainEvent<'ReportConsulted', { consultedAt: string; note: string }>;
/** Schema v2: each directive a ledger line; v1 held texts (see inspection.schemas.ts). */
export type ReportHeard = DomainEvent<'ReportHeard', { heardAt: string; directives: Directive[] }>;
/**
 * A use of the inspection's results (成果运用) was sent: to whom, about what, when. Carries the
 * target's place and name, which a prompt to the commission or organization department needs.
 */
export type ResultUseRecorded = DomainEvent<
  'ResultUseRecorded',
  {
    useId: string;
    kind: ResultUseKind;
    /** Whom it goes to (送达单位): a body, never a person. */
    addressee: string;
    /** What it is about; a person by post, never by name. */
    subject: string;
    sentAt: string;
    roundId: string;
    targetId: string;
    targetName: string;
    jurisdiction: string;
    tier: TargetTier;
  }
>;
/** What was done on a directive (跟踪督办), as its owner reported it. */
export type DirectiveFollowedUp = DomainEvent<
  'DirectiveFollowedUp',
  { directiveId: string; note: string; followedUpAt: string }
>;
/** The directive was carried out (办结), with what came of it. */
export type DirectiveClosed = DomainEvent<
  'DirectiveClosed',
  { directiveId: string; result: string; closedAt: string }
>;
/**
 * A step of the inspection was not done by its due day, raised once per step (逾期): the field
 * stage without a report draft, the report not heard by the secretary meeting in time.
 */
export type InspectionStepOverdue = DomainEvent<
  'InspectionStepOverdue',
  { step: SupervisedStep; dueBy: string; detectedAt: string }
>;
/** The directive's due day passed before it was closed: raised once (逾期督办). */
export type DirectiveOverdue = DomainEvent<
  'DirectiveOverdue',
  { directiveId: string; dueBy: string; detectedAt: string }
>;
export type FeedbackDelivered = DomainEvent<
  'FeedbackDelivered',
  InspectionScope & {
    inspectionId: string;
    termPlanId: string;
    targetName: string;
    deliveredAt: string;
    copiedTo: string[];
    lists: FeedbackList[];
    planDueBy: string;
    reportDueBy: string;
  }
>;
export type InspectionClosed = DomainEvent<
  'InspectionClosed',
  {
    roundId: string;
    termPlanId: string;
    targetId: string;
    inspectedTargetIds: string[];
    closedAt: string;
  }
>;

export type InspectionEvent =
  | InspectionOpened
  | InspectionStationed
  | BriefingReceived
  | MeetingHeld
  | TalksRecorded
  | TalkGroupMarkedNotApplicable
  | QuestionnairesRecorded
  | EvaluationRecorded
  | DocumentsReviewed
  | VisitMade
  | PetitionReceived
  | PetitionTriaged
  | PetitionPersonalDataErased
  | FindingRecorded
  | FindingAmended
  | ImmediateItemAssigned
  | ClueRecorded
  | ClueReleased
  | LeaderPortraitRecorded
  | ReportDrafted
  | ReportRevised
  | ReportApproved
  | ReportConsulted
  | ReportHeard
  | DirectiveFollowedUp
  | DirectiveClosed
  | DirectiveOverdue
  | InspectionStepOverdue
  | ResultUseRecorded
  | FeedbackDelivered
  | InspectionClosed;
