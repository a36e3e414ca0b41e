import type { SupervisedStep } from '@xuncha/contracts';
import type { TalkGroup } from '@xuncha/contracts';
import type { PreviousStep } from '@xuncha/platform-kernel';
import type {
  BriefingReceived,
  BriefingUnit,
  Clue,
  Directive,
  DocumentsReviewed,
  FeedbackDelivered,
  Finding,
  ImmediateItem,
  InspectionOpened,
  InspectionStationed,
  MeetingHeld,
  PortraitEntry,
  Petition,
  ResultUseRecorded,
  VisitMade,
} from './inspection.events';
import { talkCoverage, type NotApplicableGroups } from '../talks/talk-coverage';
import { DEFAULT_TALK_RULES, type TalkRules } from '../talks/talk-rules';

export const REPORT_STAGES = [
  'none',
  'drafted',
  'revised',
  'approved',
  'consulted',
  'heard',
] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export interface DirectiveRecord extends Directive {
  readonly followUps: ReadonlyArray<{ readonly note: string; readonly at: string }>;
  readonly closed?: { readonly result: string; readonly at: string };
  readonly overdue: boolean;
}

export interface InspectionState {
  readonly opened?: InspectionOpened['data'];
  readonly stationed?: InspectionStationed['data'];
  readonly briefings: Readonly<Partial<Record<BriefingUnit, BriefingReceived['data']>>>;
  readonly meetings: readonly MeetingHeld['data'][];
  readonly talks: Readonly<Partial<Record<TalkGroup, number>>>;
  /** Must-talk groups absent at the target, with the team's reason. */
  readonly talksNotApplicable: NotApplicableGroups;
  readonly questionnaires: number;
  readonly evaluations: number;
  readonly documentReviews: readonly DocumentsReviewed['data'][];
  readonly visits: readonly VisitMade['data'][];
  readonly petitions: Readonly<Record<string, Petition>>;
  readonly findings: Readonly<Record<string, Finding & { amendments: number }>>;
  readonly immediateItems: Readonly<Record<string, ImmediateItem>>;
  readonly clues: Readonly<Record<string, Clue & { released: boolean }>>;
  readonly portrait?: { readonly entries: readonly PortraitEntry[]; readonly recordedAt: string };
  readonly report: {
    readonly stage: ReportStage;
    readonly summary?: string;
    readonly heardAt?: string;
  };
  /** The uses of its results (成果运用), in the order sent. */
  readonly resultUses: readonly ResultUseRecorded['data'][];
  /** The supervised steps found overdue (once each). */
  readonly overdueSteps: readonly SupervisedStep[];
  /** The directives ledger (书记点人点事台账): each directive heard, and its follow-up. */
  readonly directives: Readonly<Record<string, DirectiveRecord>>;
  readonly feedback?: FeedbackDelivered['data'];
  /**
   * The last step of the inspection's line, and when it happened: stationing, the report's
   * steps, the feedback. Each next one may not be dated before it.
   */
  readonly lastStep?: PreviousStep;
  readonly closed: boolean;
}

/** The rules an inspection opened with; inspections opened before rules travelled keep the defaults. */
export function talkRulesOf(opened: InspectionOpened['data']): TalkRules {
  return opened.talkRules ?? DEFAULT_TALK_RULES[opened.target.tier];
}

export function inspectionTalkCoverage(state: InspectionState, opened: InspectionOpened['data']) {
  return talkCoverage(opened.target, state.talks, talkRulesOf(opened), state.talksNotApplicable);
}
