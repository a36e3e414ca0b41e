import type { AssessmentGrade } from '@xuncha/contracts';
import { evolveBy } from '@xuncha/platform-kernel';
import type {
  CaseItem,
  Person,
  PlannedItem,
  RectificationCaseEvent,
  RectificationCaseOpened,
  SupervisionNoteRecorded,
} from './case.events';

export type PlanStatus = 'due' | 'submitted' | 'returned' | 'approved';

/** The steps of a case later steps are dated against (see decide/timeline.ts). */
export type CaseStep =
  | 'case opening'
  | 'plan submission'
  | 'plan review'
  | 'plan approval'
  | 'report submission'
  | 'report review'
  | 're-rectification notice'
  | 'assessment';
export type ReportStatus = 'due' | 'submitted' | 'returned' | 'accepted';

export interface ItemState extends CaseItem {
  readonly plan?: PlannedItem;
  readonly signedOff: boolean;
  /** When it was last signed off (销号), while it stays signed off. */
  readonly signedOffAt?: string;
  readonly evidence?: string;
  readonly progress: Array<{ note: string; milestone?: number; reportedAt: string }>;
  /** Indexes of the plan's milestones reported reached. */
  readonly milestonesReached: number[];
  readonly withheld?: string;
}

export interface RectificationCaseState {
  readonly opened?: RectificationCaseOpened['data'];
  /** When each step last happened. */
  readonly steps: Partial<Record<CaseStep, string>>;
  readonly items: Record<string, ItemState>;
  readonly planStatus: PlanStatus;
  readonly submission: number;
  readonly principalLeader?: Person;
  readonly planReturns: Array<{ submission: number; reasons: string[]; itemIds: string[] }>;
  readonly reportDueBy?: string;
  readonly reportStatus: ReportStatus;
  readonly report?: { summary: string; rulesEstablished: number; fundsRecovered: number };
  readonly reportReviews: Array<{ decision: string; reasons: string[] }>;
  readonly reRectificationNotices: Array<{
    reasons: string[];
    itemIds: string[];
    reportDueBy: string;
  }>;
  /** The grade of the report now in hand; cleared when a new report is due. */
  readonly grade?: AssessmentGrade;
  readonly admonishments: Array<{ heldOn: string; leaders: Person[]; note?: string }>;
  readonly supervisionNotes: Array<SupervisionNoteRecorded['data']>;
  /** `what:itemId:dueBy` of every deadline already raised: each is raised once. */
  readonly overdueRaised: string[];
  readonly closed: boolean;
}

export const initialState = (): RectificationCaseState => ({
  steps: {},
  items: {},
  planStatus: 'due',
  submission: 0,
  planReturns: [],
  reportStatus: 'due',
  reportReviews: [],
  reRectificationNotices: [],
  admonishments: [],
  supervisionNotes: [],
  overdueRaised: [],
  closed: false,
});

export const overdueKey = (what: string, dueBy: string, itemId = '') =>
  `${what}:${itemId}:${dueBy}`;

/** The state with when `step` happened. */
const stepped = (state: RectificationCaseState, step: CaseStep, at: string) => ({
  ...state,
  steps: { ...state.steps, [step]: at },
});

/** The state with one item changed. */
function withItem(
  state: RectificationCaseState,
  itemId: string,
  change: (item: ItemState) => Partial<ItemState>,
): RectificationCaseState {
  return {
    ...state,
    items: { ...state.items, [itemId]: { ...state.items[itemId], ...change(state.items[itemId]) } },
  };
}

export const evolve = evolveBy<RectificationCaseState, RectificationCaseEvent>({
  RectificationCaseOpened: (state, event) => ({
    ...stepped(state, 'case opening', event.data.openedAt),
    opened: event.data,
    reportDueBy: event.data.reportDueBy,
    items: Object.fromEntries(
      event.data.items.map((i) => [
        i.itemId,
        { ...i, signedOff: false, progress: [], milestonesReached: [] },
      ]),
    ),
  }),
  RectificationPlanSubmitted: (state, event) => {
    const items = { ...state.items };
    for (const planned of event.data.items)
      items[planned.itemId] = { ...items[planned.itemId], plan: planned };
    return {
      ...stepped(state, 'plan submission', event.data.submittedAt),
      items,
      planStatus: 'submitted',
      submission: event.data.submission,
      principalLeader: event.data.principalLeader ?? state.principalLeader,
    };
  },
  RectificationPlanApproved: (state, event) => ({
    ...stepped(
      stepped(state, 'plan review', event.data.approvedAt),
      'plan approval',
      event.data.approvedAt,
    ),
    planStatus: 'approved',
  }),
  RectificationPlanReturned: (state, event) => ({
    ...stepped(state, 'plan review', event.data.returnedAt),
    planStatus: 'returned',
    planReturns: [
      ...state.planReturns,
      {
        submission: event.data.submission,
        reasons: event.data.reasons,
        itemIds: event.data.itemIds,
      },
    ],
  }),
  RectificationProgressReported: (state, event) =>
    withItem(state, event.data.itemId, (i) => ({
      progress: [
        ...i.progress,
        {
          note: event.data.note,
          milestone: event.data.milestone,
          reportedAt: event.data.reportedAt,
        },
      ],
      milestonesReached:
        event.data.milestone === undefined || i.milestonesReached.includes(event.data.milestone)
          ? i.milestonesReached
          : [...i.milestonesReached, event.data.milestone],
    })),
  RectificationItemSignedOff: (state, event) =>
    withItem(state, event.data.itemId, () => ({
      signedOff: true,
      signedOffAt: event.data.signedOffAt,
      evidence: event.data.evidence,
    })),
  RectificationItemReopened: (state, event) =>
    withItem(state, event.data.itemId, () => ({
      signedOff: false,
      signedOffAt: undefined,
      evidence: undefined,
    })),
  RectificationItemWithheld: (state, event) =>
    withItem(state, event.data.itemId, () => ({ withheld: event.data.reason })),
  RectificationReportSubmitted: (state, event) => {
    const { summary, rulesEstablished, fundsRecovered } = event.data;
    return {
      ...stepped(state, 'report submission', event.data.submittedAt),
      reportStatus: 'submitted',
      report: { summary, rulesEstablished, fundsRecovered },
      grade: undefined,
    };
  },
  RectificationReportReviewed: (state, event) => ({
    ...stepped(state, 'report review', event.data.reviewedAt),
    reportStatus: event.data.decision === 'accept' ? 'accepted' : 'returned',
    reportReviews: [
      ...state.reportReviews,
      { decision: event.data.decision, reasons: event.data.reasons },
    ],
  }),
  ReRectificationNoticeIssued: (state, event) => ({
    ...stepped(state, 're-rectification notice', event.data.issuedAt),
    reportStatus: 'due',
    reportDueBy: event.data.reportDueBy,
    grade: undefined,
    reRectificationNotices: [
      ...state.reRectificationNotices,
      {
        reasons: event.data.reasons,
        itemIds: event.data.itemIds,
        reportDueBy: event.data.reportDueBy,
      },
    ],
  }),
  RectificationAssessed: (state, event) => ({
    ...stepped(state, 'assessment', event.data.assessedAt),
    grade: event.data.grade,
  }),
  AdmonishmentRecorded: (state, event) => ({
    ...state,
    admonishments: [
      ...state.admonishments,
      { heldOn: event.data.heldOn, leaders: event.data.leaders, note: event.data.note },
    ],
  }),
  SupervisionNoteRecorded: (state, event) => ({
    ...state,
    supervisionNotes: [...state.supervisionNotes, event.data],
  }),
  RectificationOverdue: (state, event) => ({
    ...state,
    overdueRaised: [
      ...state.overdueRaised,
      overdueKey(event.data.what, event.data.dueBy, event.data.itemId),
    ],
  }),
  RectificationCaseClosed: (state) => ({ ...state, closed: true }),
  RectificationNoticeIssued: (state) => state,
});
