import type {
  RectificationAssessed,
  RectificationCaseClosed,
  RectificationCaseOpened,
  RectificationItemReopened,
  RectificationItemSignedOff,
  RectificationOverdue,
  RectificationPlanApproved,
  RectificationPlanReturned,
  RectificationPlanSubmitted,
  RectificationReportReviewed,
  RectificationReportSubmitted,
  ReRectificationNoticeIssued,
  ReportStatus,
} from '@xuncha/rectification-domain';
import { jurisdictionAncestors, type RecordedEvent } from '@xuncha/platform-kernel';
import type {
  EventStoreProjectionDefinition,
  ProjectionContext,
} from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { CASE_STREAM_PREFIX } from '../cases/case-store';

export const CASES = 'rectification-cases';

export interface OverdueEntry {
  what: 'plan' | 'report' | 'item';
  itemId?: string;
  dueBy: string;
  raisedAt: string;
}

/** One case as the list and overdue endpoints answer it. */
export interface CaseSummary extends Doc {
  feedbackId: string;
  inspectionId: string;
  roundId: string;
  targetId: string;
  targetName: string;
  /** Who rectifies: the village for per-village feedback, else the target. */
  organizationId: string;
  jurisdiction: string;
  /** The jurisdiction and its ancestors, so a caller's subtree is one equality filter. */
  jurisdictionPath: string[];
  tier: string;
  status: 'open' | 'closed';
  itemCount: number;
  rectifiedCount: number;
  planStatus: 'due' | 'submitted' | 'returned' | 'approved';
  submission: number;
  planDueBy: string;
  /** The report's deadline in force: a re-rectification notice sets a new one. */
  reportDueBy: string;
  /** Where the report stands, so a list can tell what it waits for (审核, 重新报送). */
  reportStatus: ReportStatus;
  reportSubmittedAt?: string;
  rulesEstablished?: number;
  fundsRecovered?: number;
  grade?: string;
  openedAt: string;
  /** Deadlines passed and not yet met: a plan not approved, a report not in, an item not signed off. */
  overdue: OverdueEntry[];
  overdueCount: number;
}

const update = async (
  context: ProjectionContext<RecordedEvent>,
  caseId: string,
  change: (doc: CaseSummary) => Partial<CaseSummary>,
) => {
  const doc = await context.get<CaseSummary>(CASES, caseId);
  if (!doc) return;
  const next = { ...doc, ...change(doc) };
  context.put(CASES, { ...next, overdueCount: next.overdue.length });
};

const resolved = (doc: CaseSummary, done: (entry: OverdueEntry) => boolean) =>
  doc.overdue.filter((entry) => !done(entry));

/** The service's cases, folded from its own event store. */
export const casesProjection: EventStoreProjectionDefinition = {
  name: 'rectification-cases',
  collections: [CASES],
  indexes: {
    [CASES]: [{ inspectionId: 1 }, { organizationId: 1 }, { jurisdictionPath: 1 }, { status: 1 }],
  },
  source: { kind: 'event-store', streamPrefixes: [CASE_STREAM_PREFIX] },
  handlers: {
    RectificationCaseOpened: (data: RectificationCaseOpened['data'], context) => {
      const summary: CaseSummary = {
        _id: data.caseId,
        feedbackId: data.feedbackId,
        inspectionId: data.inspectionId,
        roundId: data.roundId,
        targetId: data.targetId,
        targetName: data.targetName,
        organizationId: data.village?.villageId ?? data.targetId,
        jurisdiction: data.jurisdiction,
        // A village rectifies under its own code, which lies below its township's.
        jurisdictionPath: [
          data.village?.jurisdiction ?? data.jurisdiction,
          ...jurisdictionAncestors(data.village?.jurisdiction ?? data.jurisdiction),
        ],
        tier: data.tier,
        status: 'open',
        itemCount: data.items.length,
        rectifiedCount: 0,
        planStatus: 'due',
        submission: 0,
        planDueBy: data.planDueBy,
        reportDueBy: data.reportDueBy,
        reportStatus: 'due',
        openedAt: context.event.occurredAt,
        overdue: [],
        overdueCount: 0,
      };
      context.put(CASES, summary);
    },
    RectificationPlanSubmitted: (data: RectificationPlanSubmitted['data'], context) =>
      update(context, data.caseId, () => ({
        planStatus: 'submitted',
        submission: data.submission,
      })),
    RectificationPlanReturned: (data: RectificationPlanReturned['data'], context) =>
      update(context, data.caseId, () => ({ planStatus: 'returned' })),
    RectificationPlanApproved: (data: RectificationPlanApproved['data'], context) =>
      update(context, data.caseId, (doc) => ({
        planStatus: 'approved',
        overdue: resolved(doc, (e) => e.what === 'plan'),
      })),
    RectificationItemSignedOff: (data: RectificationItemSignedOff['data'], context) =>
      update(context, data.caseId, (doc) => ({
        rectifiedCount: doc.rectifiedCount + 1,
        overdue: resolved(doc, (e) => e.what === 'item' && e.itemId === data.itemId),
      })),
    RectificationItemReopened: (data: RectificationItemReopened['data'], context) =>
      update(context, data.caseId, (doc) => ({ rectifiedCount: doc.rectifiedCount - 1 })),
    RectificationReportSubmitted: (data: RectificationReportSubmitted['data'], context) =>
      update(context, data.caseId, (doc) => ({
        reportStatus: 'submitted',
        reportSubmittedAt: data.submittedAt,
        rulesEstablished: data.rulesEstablished,
        fundsRecovered: data.fundsRecovered,
        overdue: resolved(doc, (e) => e.what === 'report'),
      })),
    RectificationReportReviewed: (data: RectificationReportReviewed['data'], context) =>
      update(context, data.caseId, () => ({
        reportStatus: data.decision === 'accept' ? 'accepted' : 'returned',
      })),
    ReRectificationNoticeIssued: (data: ReRectificationNoticeIssued['data'], context) =>
      update(context, data.caseId, () => ({ reportStatus: 'due', reportDueBy: data.reportDueBy })),
    RectificationAssessed: (data: RectificationAssessed['data'], context) =>
      update(context, data.caseId, () => ({ grade: data.grade })),
    RectificationOverdue: (data: RectificationOverdue['data'], context) =>
      update(context, data.caseId, (doc) => ({
        overdue: [
          ...doc.overdue,
          {
            what: data.what,
            ...(data.itemId && { itemId: data.itemId }),
            dueBy: data.dueBy,
            raisedAt: context.event.occurredAt,
          },
        ],
      })),
    RectificationCaseClosed: (data: RectificationCaseClosed['data'], context) =>
      update(context, data.caseId, () => ({ status: 'closed', overdue: [] })),
  },
};
