import type { ResultUseKind, SupervisedStep } from '@xuncha/contracts';
import type {
  DisciplineCategory,
  InvolvedRank,
  ReportingChannel,
  RoundKind,
  RoundMode,
  TalkGroup,
} from '@xuncha/contracts';
import type {
  BriefingUnit,
  Directive,
  InspectionDeadlines,
  InvolvedPerson,
  MeetingKind,
  PortraitEntry,
  RoundWindow,
  Target,
  Team,
  Village,
} from './inspection.events';
import type { TalkRules } from '../talks/talk-rules';
import type { FocusCatalog } from '../catalog/focus-catalog';

/** Every command names its inspection and carries the time it came in (no clock in the domain). */
interface Base {
  readonly id: string;
  readonly at: string;
}

export interface OpenInspection extends Base {
  readonly type: 'OpenInspection';
  readonly roundId: string;
  readonly termPlanId: string;
  readonly ordinal: number;
  readonly kind: RoundKind;
  readonly modes: RoundMode[];
  readonly team: Team;
  readonly target: Target;
  readonly villages: Village[];
  readonly deadlines: InspectionDeadlines;
  readonly catalogVersion: string;
  /** The round's planned window (计划起止日期): the team is stationed within it. */
  readonly window?: RoundWindow;
  /** The talk rules in force for the target's jurisdiction and tier (谈话要求). */
  readonly talkRules?: TalkRules;
}
export interface StationTeam extends Base {
  readonly type: 'StationTeam';
  readonly announcedAt: string;
  readonly channels: ReportingChannel[];
}
export interface RecordBriefing extends Base {
  readonly type: 'RecordBriefing';
  readonly unit: BriefingUnit;
  /** The id of its record, given by the service: its text is sealed under it. */
  readonly briefingId: string;
  /**
   * What the unit told (通报内容: negative lists, cases, audit findings, petitions); may name
   * people, so it is sealed at rest and read by the office and the team only.
   */
  readonly summary?: string;
  /** When the unit briefed the team; now when absent. */
  readonly briefedAt?: string;
}
export interface HoldMeeting extends Base {
  readonly type: 'HoldMeeting';
  readonly kind: MeetingKind;
  readonly heldOn: string;
  readonly attendees: number;
  readonly note?: string;
}
export interface RecordTalks extends Base {
  readonly type: 'RecordTalks';
  readonly group: TalkGroup;
  readonly count: number;
  readonly date: string;
}
/** A must-talk group the target does not have (e.g. no minority staff), with the reason. */
export interface MarkTalkGroupNotApplicable extends Base {
  readonly type: 'MarkTalkGroupNotApplicable';
  readonly group: TalkGroup;
  readonly reason: string;
}
export interface RecordQuestionnaires extends Base {
  readonly type: 'RecordQuestionnaires';
  readonly respondents: number;
  readonly date: string;
}
export interface RecordEvaluation extends Base {
  readonly type: 'RecordEvaluation';
  readonly respondents: number;
  readonly date: string;
}
export interface ReviewDocuments extends Base {
  readonly type: 'ReviewDocuments';
  readonly subject: string;
  readonly volumes: number;
  readonly date: string;
}
export interface RecordVisit extends Base {
  readonly type: 'RecordVisit';
  readonly place: string;
  readonly date: string;
}
export interface ReceivePetition extends Base {
  readonly type: 'ReceivePetition';
  readonly petitionId: string;
  readonly channel: ReportingChannel;
  readonly summary: string;
}
export interface TriagePetition extends Base {
  readonly type: 'TriagePetition';
  readonly petitionId: string;
  readonly inScope: boolean;
  readonly forwardedTo?: string;
}
export interface ErasePetitionPersonalData extends Base {
  readonly type: 'ErasePetitionPersonalData';
  readonly petitionId: string;
  readonly reason: string;
}
export interface RecordFinding extends Base {
  readonly type: 'RecordFinding';
  readonly findingId: string;
  readonly title: string;
  readonly description: string;
  readonly focusItem: string;
  readonly involvedRank: InvolvedRank;
  readonly amount?: number;
  readonly villageId?: string;
  /** A key problem (重点问题): counted apart in the headline figures. */
  readonly keyProblem?: boolean;
  /** A problem of the public's urgent concerns (群众急难愁盼). */
  readonly publicConcern?: boolean;
  /** When the team found it (发现时间), if not now; an amendment without it keeps the first. */
  readonly foundAt?: string;
  /** The catalog of the inspection's round, as the service holds it (absent: never received). */
  readonly catalog?: FocusCatalog;
}
/** The whole finding after the correction; the catalog version stays the inspection's. */
export interface AmendFinding extends Omit<RecordFinding, 'type'> {
  readonly type: 'AmendFinding';
  readonly reason: string;
}
export interface AssignImmediateItem extends Base {
  readonly type: 'AssignImmediateItem';
  readonly itemId: string;
  readonly title: string;
  readonly findingId?: string;
  readonly dueBy?: string;
  /** When it was handed to the target (交办时间), if not now. */
  readonly assignedAt?: string;
}
export interface RecordClue extends Base {
  readonly type: 'RecordClue';
  readonly clueId: string;
  readonly findingId?: string;
  readonly petitionId?: string;
  /** The village it is about, in a township-with-villages inspection; else the finding's. */
  readonly villageId?: string;
  readonly person: InvolvedPerson;
  readonly allegation: string;
  readonly discipline: DisciplineCategory;
  readonly urgent: boolean;
  readonly evidenceRefs: string[];
  /** When the team identified it (发现时间), if not now; `at` is when it is recorded. */
  readonly identifiedAt?: string;
}
export interface RecordLeaderPortrait extends Base {
  readonly type: 'RecordLeaderPortrait';
  readonly entries: PortraitEntry[];
  /** The catalog of the inspection's round, whose dimensions the portrait rates. */
  readonly catalog?: FocusCatalog;
}
export interface DraftReport extends Base {
  readonly type: 'DraftReport';
  readonly summary: string;
  /** When the draft was made, if not now; likewise each step of the report below. */
  readonly draftedAt?: string;
}
export interface ReviseReport extends Base {
  readonly type: 'ReviseReport';
  readonly summary: string;
  readonly revisedAt?: string;
}
export interface ApproveReport extends Base {
  readonly type: 'ApproveReport';
  readonly approvedAt?: string;
}
export interface ConsultOnReport extends Base {
  readonly type: 'ConsultOnReport';
  readonly note: string;
  readonly consultedAt?: string;
}
export interface HearReport extends Base {
  readonly type: 'HearReport';
  readonly heardAt: string;
  /** Each with the id the service gave it. */
  readonly directives: Directive[];
}
export interface FollowUpDirective extends Base {
  readonly type: 'FollowUpDirective';
  readonly directiveId: string;
  readonly note: string;
  /** When it was done, if not now. */
  readonly followedUpAt?: string;
}
export interface CloseDirective extends Base {
  readonly type: 'CloseDirective';
  readonly directiveId: string;
  readonly result: string;
  readonly closedAt?: string;
}
export interface RecordResultUse extends Base {
  readonly type: 'RecordResultUse';
  readonly useId: string;
  readonly kind: ResultUseKind;
  readonly addressee: string;
  readonly subject: string;
  /** When it was sent, if not now. */
  readonly sentAt?: string;
}
/** The supervisor's check of a step past its due day; `at` is the check's time. */
export interface MarkStepOverdue extends Base {
  readonly type: 'MarkStepOverdue';
  readonly step: SupervisedStep;
}
/** The supervisor's check of a directive past its due day; `at` is the check's time. */
export interface MarkDirectiveOverdue extends Base {
  readonly type: 'MarkDirectiveOverdue';
  readonly directiveId: string;
}
export interface DeliverFeedback extends Base {
  readonly type: 'DeliverFeedback';
  readonly deliveredAt: string;
  readonly copiedTo: string[];
  /** Villages whose own problem lists are delivered with it (分村反馈). */
  readonly villageIds: string[];
  /** The id of each problem list: under 'target' for the target's own, else under the village id. */
  readonly feedbackIds: Readonly<Record<string, string>>;
}
export interface CloseInspection extends Base {
  readonly type: 'CloseInspection';
  readonly closedAt?: string;
}

export type InspectionCommand =
  | OpenInspection
  | StationTeam
  | RecordBriefing
  | HoldMeeting
  | RecordTalks
  | MarkTalkGroupNotApplicable
  | RecordQuestionnaires
  | RecordEvaluation
  | ReviewDocuments
  | RecordVisit
  | ReceivePetition
  | TriagePetition
  | ErasePetitionPersonalData
  | RecordFinding
  | AmendFinding
  | AssignImmediateItem
  | RecordClue
  | RecordLeaderPortrait
  | DraftReport
  | ReviseReport
  | ApproveReport
  | ConsultOnReport
  | HearReport
  | FollowUpDirective
  | CloseDirective
  | MarkDirectiveOverdue
  | MarkStepOverdue
  | RecordResultUse
  | DeliverFeedback
  | CloseInspection;
