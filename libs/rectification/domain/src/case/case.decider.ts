import type { AssessmentGrade, NoticeKind, RectificationNotice } from '@xuncha/contracts';
import { AggregateNotFound, RuleViolation, type Decider } from '@xuncha/platform-kernel';
import type { PlanEntry, RectificationCaseCommand } from './case.commands';
import type {
  CaseItem,
  Person,
  PlannedItem,
  RectificationCaseEvent,
  RectificationCaseOpened,
  RectificationNoticeIssued,
  SupervisionNoteRecorded,
} from './case.events';

export type PlanStatus = 'due' | 'submitted' | 'returned' | 'approved';
export type ReportStatus = 'due' | 'submitted' | 'returned' | 'accepted';

export interface ItemState extends CaseItem {
  readonly plan?: PlannedItem;
  readonly signedOff: boolean;
  readonly evidence?: string;
  readonly progress: Array<{ note: string; milestone?: number; reportedAt: string }>;
  /** Indexes of the plan's milestones reported reached. */
  readonly milestonesReached: number[];
  readonly withheld?: string;
}

export interface RectificationCaseState {
  readonly opened?: RectificationCaseOpened['data'];
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

const initialState = (): RectificationCaseState => ({
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

const overdueKey = (what: string, dueBy: string, itemId = '') => `${what}:${itemId}:${dueBy}`;

function evolve(
  state: RectificationCaseState,
  event: RectificationCaseEvent,
): RectificationCaseState {
  const item = (itemId: string, change: (item: ItemState) => Partial<ItemState>) => ({
    ...state,
    items: { ...state.items, [itemId]: { ...state.items[itemId], ...change(state.items[itemId]) } },
  });
  switch (event.type) {
    case 'RectificationCaseOpened':
      return {
        ...state,
        opened: event.data,
        reportDueBy: event.data.reportDueBy,
        items: Object.fromEntries(
          event.data.items.map((i) => [
            i.itemId,
            { ...i, signedOff: false, progress: [], milestonesReached: [] },
          ]),
        ),
      };
    case 'RectificationPlanSubmitted': {
      const items = { ...state.items };
      for (const planned of event.data.items)
        items[planned.itemId] = { ...items[planned.itemId], plan: planned };
      return {
        ...state,
        items,
        planStatus: 'submitted',
        submission: event.data.submission,
        principalLeader: event.data.principalLeader ?? state.principalLeader,
      };
    }
    case 'RectificationPlanApproved':
      return { ...state, planStatus: 'approved' };
    case 'RectificationPlanReturned':
      return {
        ...state,
        planStatus: 'returned',
        planReturns: [
          ...state.planReturns,
          {
            submission: event.data.submission,
            reasons: event.data.reasons,
            itemIds: event.data.itemIds,
          },
        ],
      };
    case 'RectificationProgressReported':
      return item(event.data.itemId, (i) => ({
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
      }));
    case 'RectificationItemSignedOff':
      return item(event.data.itemId, () => ({ signedOff: true, evidence: event.data.evidence }));
    case 'RectificationItemReopened':
      return item(event.data.itemId, () => ({ signedOff: false, evidence: undefined }));
    case 'RectificationItemWithheld':
      return item(event.data.itemId, () => ({ withheld: event.data.reason }));
    case 'RectificationReportSubmitted': {
      const { summary, rulesEstablished, fundsRecovered } = event.data;
      return {
        ...state,
        reportStatus: 'submitted',
        report: { summary, rulesEstablished, fundsRecovered },
        grade: undefined,
      };
    }
    case 'RectificationReportReviewed':
      return {
        ...state,
        reportStatus: event.data.decision === 'accept' ? 'accepted' : 'returned',
        reportReviews: [
          ...state.reportReviews,
          { decision: event.data.decision, reasons: event.data.reasons },
        ],
      };
    case 'ReRectificationNoticeIssued':
      return {
        ...state,
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
      };
    case 'RectificationAssessed':
      return { ...state, grade: event.data.grade };
    case 'AdmonishmentRecorded':
      return {
        ...state,
        admonishments: [
          ...state.admonishments,
          { heldOn: event.data.heldOn, leaders: event.data.leaders, note: event.data.note },
        ],
      };
    case 'SupervisionNoteRecorded':
      return { ...state, supervisionNotes: [...state.supervisionNotes, event.data] };
    case 'RectificationOverdue':
      return {
        ...state,
        overdueRaised: [
          ...state.overdueRaised,
          overdueKey(event.data.what, event.data.dueBy, event.data.itemId),
        ],
      };
    case 'RectificationCaseClosed':
      return { ...state, closed: true };
    case 'RectificationNoticeIssued':
      return state;
  }
}

function decide(
  command: RectificationCaseCommand,
  state: RectificationCaseState,
): RectificationCaseEvent[] {
  const { caseId, at } = command;
  if (command.type === 'OpenCase') {
    // The id comes from the feedback: a second delivery finds the case and opens nothing.
    if (state.opened) return [];
    if (command.items.length === 0) {
      throw new RuleViolation('case-without-items', 'feedback with no item opens no case');
    }
    const { feedbackId, inspectionId, roundId, targetId, targetName, jurisdiction, tier } = command;
    const opened: RectificationCaseOpened = {
      type: 'RectificationCaseOpened',
      data: {
        caseId,
        feedbackId,
        inspectionId,
        roundId,
        targetId,
        targetName,
        jurisdiction,
        tier,
        ...(command.village && { village: command.village }),
        items: command.items,
        planDueBy: command.planDueBy,
        reportDueBy: command.reportDueBy,
        openedAt: at,
      },
    };
    const next = evolve(state, opened);
    return [
      opened,
      notice(next, 'case-opened', at, {
        caseOpened: {
          itemCount: command.items.length,
          planDueBy: command.planDueBy,
          reportDueBy: command.reportDueBy,
        },
      }),
    ];
  }
  const opened = state.opened;
  if (!opened) throw new AggregateNotFound('rectification case', caseId);
  // The scheduler may still ask a case its read model has not yet seen closed.
  if (state.closed && command.type === 'CheckOverdue') return [];
  if (state.closed) throw new RuleViolation('case-closed', `case ${caseId} is closed`);

  switch (command.type) {
    case 'SubmitPlan': {
      if (state.planStatus === 'approved') {
        throw new RuleViolation('plan-already-approved', 'the plan was approved already');
      }
      if (state.planStatus === 'submitted') {
        throw new RuleViolation(
          'plan-under-review',
          'the office has not reviewed the submitted plan yet',
        );
      }
      const unknown = command.items.map((e) => e.itemId).filter((id) => !state.items[id]);
      if (unknown.length > 0) throw notInCase(unknown);
      const ids = command.items.map((e) => e.itemId);
      const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (twice.length > 0) {
        throw new RuleViolation('item-listed-twice', `items listed twice: ${twice.join(', ')}`, {
          itemIds: [...new Set(twice)],
        });
      }
      const problems = screen(Object.keys(state.items), command.items);
      if (problems.length > 0) {
        throw new RuleViolation(
          'plan-incomplete',
          `every item needs measures, a responsible person and a deadline (过筛子): ${problems
            .map((p) => `${p.itemId} lacks ${p.missing.join(', ')}`)
            .join('; ')}`,
          { itemIds: problems.map((p) => p.itemId), items: problems },
        );
      }
      const planned = command.items.map((e): PlannedItem => ({
        itemId: e.itemId,
        measures: e.measures!.map((m) => m.trim()),
        responsible: e.responsible!.trim(),
        deadline: e.deadline!,
        milestones: e.milestones ?? [],
      }));
      const late = planned.filter((p) => p.milestones.some((m) => m.dueBy > p.deadline));
      if (late.length > 0) {
        throw new RuleViolation(
          'milestone-after-deadline',
          'a milestone falls after its item’s deadline',
          { itemIds: late.map((p) => p.itemId) },
        );
      }
      // Items keep the order of the case, whatever order the plan listed them in.
      const order = Object.keys(state.items);
      planned.sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId));
      return [
        {
          type: 'RectificationPlanSubmitted',
          data: {
            caseId,
            submission: state.submission + 1,
            submittedAt: at,
            ...(command.principalLeader && { principalLeader: command.principalLeader }),
            items: planned,
          },
        },
      ];
    }
    case 'ReviewPlan': {
      if (state.planStatus === 'approved') {
        throw new RuleViolation('plan-already-approved', 'the plan was approved already');
      }
      if (state.planStatus !== 'submitted') {
        throw new RuleViolation('plan-not-submitted', 'no submitted plan awaits review');
      }
      if (command.decision === 'approve') {
        const approved = {
          type: 'RectificationPlanApproved' as const,
          data: { caseId, submission: state.submission, approvedAt: at },
        };
        const deadlines = Object.values(state.items).map((i) => i.plan!.deadline);
        return [
          approved,
          notice(state, 'plan-approved', at, {
            planApproved: {
              submission: state.submission,
              latestDeadline: deadlines.reduce((a, b) => (a > b ? a : b)),
            },
          }),
        ];
      }
      if (command.reasons.length === 0) {
        throw new RuleViolation('return-without-reasons', 'a returned plan needs its reasons');
      }
      const itemIds = command.itemIds ?? [];
      const unknown = itemIds.filter((id) => !state.items[id]);
      if (unknown.length > 0) throw notInCase(unknown);
      return [
        {
          type: 'RectificationPlanReturned',
          data: {
            caseId,
            submission: state.submission,
            reasons: command.reasons,
            itemIds,
            returnedAt: at,
          },
        },
        notice(state, 'plan-returned', at, {
          planReturned: { submission: state.submission, reasons: command.reasons, itemIds },
        }),
      ];
    }
    case 'ReportProgress': {
      const item = planned(state, command.itemId);
      if (item.signedOff) throw alreadySignedOff(command.itemId);
      if (
        command.milestone !== undefined &&
        (command.milestone < 0 || command.milestone >= item.plan!.milestones.length)
      ) {
        throw new RuleViolation(
          'milestone-not-in-plan',
          `item ${command.itemId} has no milestone ${command.milestone} in its plan`,
        );
      }
      return [
        {
          type: 'RectificationProgressReported',
          data: {
            caseId,
            itemId: command.itemId,
            note: command.note,
            ...(command.milestone !== undefined && { milestone: command.milestone }),
            reportedAt: at,
          },
        },
      ];
    }
    case 'SignOffItem': {
      const item = planned(state, command.itemId);
      if (item.signedOff) throw alreadySignedOff(command.itemId);
      const pending = item.plan!.milestones.length - item.milestonesReached.length;
      if (pending > 0) {
        throw new RuleViolation(
          'milestones-pending',
          `long-term item ${command.itemId} has ${pending} milestone(s) not reported reached`,
          { itemIds: [command.itemId] },
        );
      }
      return [
        {
          type: 'RectificationItemSignedOff',
          data: { caseId, itemId: command.itemId, evidence: command.evidence, signedOffAt: at },
        },
      ];
    }
    case 'ReopenItem': {
      const item = state.items[command.itemId];
      if (!item) throw notInCase([command.itemId]);
      if (!item.signedOff) {
        throw new RuleViolation('item-not-signed-off', `item ${command.itemId} is not signed off`);
      }
      return [
        {
          type: 'RectificationItemReopened',
          data: { caseId, itemId: command.itemId, reason: command.reason, reopenedAt: at },
        },
      ];
    }
    case 'WithholdItem': {
      const item = state.items[command.itemId];
      if (!item) throw notInCase([command.itemId]);
      if (item.withheld !== undefined) return [];
      return [
        {
          type: 'RectificationItemWithheld',
          data: { caseId, itemId: command.itemId, reason: command.reason, withheldAt: at },
        },
      ];
    }
    case 'SubmitReport': {
      if (state.planStatus !== 'approved') {
        throw new RuleViolation('plan-not-approved', 'the report follows an approved plan');
      }
      if (state.reportStatus === 'submitted' || state.reportStatus === 'accepted') {
        throw new RuleViolation(
          'report-already-submitted',
          'a report is in hand; a new one is due only after a return or a re-rectification notice',
        );
      }
      const { summary, rulesEstablished, fundsRecovered } = command;
      return [
        {
          type: 'RectificationReportSubmitted',
          data: { caseId, summary, rulesEstablished, fundsRecovered, submittedAt: at },
        },
      ];
    }
    case 'ReviewReport': {
      if (state.reportStatus === 'accepted') {
        throw new RuleViolation('report-already-reviewed', 'the report was accepted already');
      }
      if (state.reportStatus !== 'submitted') {
        throw new RuleViolation('report-not-submitted', 'no submitted report awaits review');
      }
      if (command.decision === 'return' && command.reasons.length === 0) {
        throw new RuleViolation('return-without-reasons', 'a returned report needs its reasons');
      }
      return [
        {
          type: 'RectificationReportReviewed',
          data: { caseId, decision: command.decision, reasons: command.reasons, reviewedAt: at },
        },
      ];
    }
    case 'IssueReRectificationNotice': {
      if (state.reportStatus !== 'submitted' && state.reportStatus !== 'accepted') {
        throw new RuleViolation(
          'report-not-submitted',
          'a re-rectification notice answers a submitted report',
        );
      }
      const unknown = command.itemIds.filter((id) => !state.items[id]);
      if (unknown.length > 0) throw notInCase(unknown);
      if (command.reportDueBy < at.slice(0, 10)) {
        throw new RuleViolation('due-date-in-past', 'the new report due day has passed already');
      }
      return [
        {
          type: 'ReRectificationNoticeIssued',
          data: {
            caseId,
            reasons: command.reasons,
            itemIds: command.itemIds,
            reportDueBy: command.reportDueBy,
            issuedAt: at,
          },
        },
      ];
    }
    case 'AssessRectification': {
      if (state.reportStatus !== 'submitted' && state.reportStatus !== 'accepted') {
        throw new RuleViolation(
          'assessment-before-report',
          'effectiveness is assessed on a submitted report',
        );
      }
      if (state.grade !== undefined) {
        throw new RuleViolation('already-assessed', 'this report was assessed already');
      }
      return [
        {
          type: 'RectificationAssessed',
          data: {
            caseId,
            grade: command.grade,
            ...(command.note !== undefined && { note: command.note }),
            assessedAt: at,
          },
        },
        notice(state, 'assessed', at, { assessed: { grade: command.grade } }),
      ];
    }
    case 'RecordAdmonishment': {
      if (state.grade !== 'poor') {
        throw new RuleViolation(
          'admonishment-requires-poor',
          'admonishment talks (约谈) follow a poor (较差) assessment',
        );
      }
      return [
        {
          type: 'AdmonishmentRecorded',
          data: {
            caseId,
            heldOn: command.heldOn,
            leaders: command.leaders,
            ...(command.note !== undefined && { note: command.note }),
            recordedAt: at,
          },
        },
        notice(state, 'admonishment', at, {
          admonishment: { heldOn: command.heldOn, admonishedCount: command.leaders.length },
        }),
      ];
    }
    case 'RecordSupervisionNote':
      return [
        {
          type: 'SupervisionNoteRecorded',
          data: { caseId, by: command.by, note: command.note, recordedAt: at },
        },
      ];
    case 'CheckOverdue':
      return overdue(state, command.today, at);
    case 'CloseCase': {
      if (state.grade === undefined) {
        throw new RuleViolation('close-before-assessment', 'a case closes after its assessment');
      }
      const items = Object.values(state.items);
      const counts = {
        itemCount: items.length,
        rectifiedCount: items.filter((i) => i.signedOff).length,
      };
      return [
        { type: 'RectificationCaseClosed', data: { caseId, ...counts, closedAt: at } },
        notice(state, 'closed', at, { closed: counts }),
      ];
    }
  }
}

/** The three "不放过": an item is incomplete without measures, a responsible person or a deadline. */
function screen(caseItems: string[], entries: PlanEntry[]) {
  const byId = new Map(entries.map((e) => [e.itemId, e]));
  return caseItems
    .map((itemId) => {
      const entry = byId.get(itemId);
      const missing: string[] = [];
      if (!entry?.measures?.some((m) => m.trim() !== '')) missing.push('measures');
      if (!entry?.responsible?.trim()) missing.push('responsible');
      if (!entry?.deadline) missing.push('deadline');
      return { itemId, missing };
    })
    .filter((p) => p.missing.length > 0);
}

/** Deadlines passed on `today` and not raised before: plan, report, then items. */
function overdue(
  state: RectificationCaseState,
  today: string,
  at: string,
): RectificationCaseEvent[] {
  const opened = state.opened!;
  const due: Array<{ what: 'plan' | 'report' | 'item'; dueBy: string; item?: ItemState }> = [];
  if ((state.planStatus === 'due' || state.planStatus === 'returned') && opened.planDueBy < today) {
    due.push({ what: 'plan', dueBy: opened.planDueBy });
  }
  if (
    (state.reportStatus === 'due' || state.reportStatus === 'returned') &&
    state.reportDueBy! < today
  ) {
    due.push({ what: 'report', dueBy: state.reportDueBy! });
  }
  if (state.planStatus === 'approved') {
    for (const item of Object.values(state.items)) {
      if (!item.signedOff && item.plan!.deadline < today) {
        due.push({ what: 'item', dueBy: item.plan!.deadline, item });
      }
    }
  }
  return due
    .filter((d) => !state.overdueRaised.includes(overdueKey(d.what, d.dueBy, d.item?.itemId)))
    .flatMap(({ what, dueBy, item }) => [
      {
        type: 'RectificationOverdue' as const,
        data: {
          caseId: opened.caseId,
          what,
          ...(item && { itemId: item.itemId }),
          dueBy,
          raisedAt: at,
        },
      },
      notice(state, 'overdue', at, {
        overdue: { what, ...(item && { itemId: item.itemId, itemTitle: item.title }), dueBy },
      }),
    ]);
}

function planned(state: RectificationCaseState, itemId: string): ItemState {
  const item = state.items[itemId];
  if (!item) throw notInCase([itemId]);
  if (state.planStatus !== 'approved') {
    throw new RuleViolation('plan-not-approved', 'items are worked on once the plan is approved');
  }
  return item;
}

function notInCase(itemIds: string[]): RuleViolation {
  return new RuleViolation('item-not-in-case', `not items of this case: ${itemIds.join(', ')}`, {
    itemIds,
  });
}

function alreadySignedOff(itemId: string): RuleViolation {
  return new RuleViolation('item-already-signed-off', `item ${itemId} is signed off already`, {
    itemIds: [itemId],
  });
}

/** The organization department's copy of a step (整改情况通报), self-contained. */
function notice(
  state: RectificationCaseState,
  kind: NoticeKind,
  at: string,
  details: RectificationNotice['details'],
): RectificationNoticeIssued {
  const opened = state.opened!;
  return {
    type: 'RectificationNoticeIssued',
    data: {
      noticeKind: kind,
      caseId: opened.caseId,
      inspectionId: opened.inspectionId,
      targetId: opened.targetId,
      targetName: opened.targetName,
      jurisdiction: opened.jurisdiction,
      tier: opened.tier,
      ...(opened.village && { village: opened.village }),
      ...(state.principalLeader && { principalLeader: state.principalLeader }),
      occurredAt: at,
      details,
    },
  };
}

/** One rectification case (整改案): feedback → plan → items signed off → report → assessment. */
export const rectificationCaseDecider: Decider<
  RectificationCaseState,
  RectificationCaseCommand,
  RectificationCaseEvent
> = { initialState, evolve, decide };
