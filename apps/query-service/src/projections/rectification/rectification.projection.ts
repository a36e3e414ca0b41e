import type {
  AdmonishmentRecorded,
  RectificationAssessed,
  RectificationCaseClosed,
  RectificationCaseOpened,
  RectificationItemReopened,
  RectificationItemSignedOff,
  RectificationOverdue,
  RectificationPlanApproved,
  RectificationPlanReturned,
  RectificationPlanSubmitted,
  RectificationReportSubmitted,
} from '@xuncha/contracts';
import type { ProjectionContext, ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { jurisdictionPath, utc } from '../support';

export const CASES = 'rectification-cases';
export const RECTIFICATION_OVERDUE = 'rectification-overdue';

export interface CaseItem {
  itemId: string;
  source: 'finding' | 'immediate';
  findingId?: string;
  title: string;
  deadline?: string;
  signedOff: boolean;
}

/** A rectification case (整改) of one inspected organization. */
export interface CaseDoc extends Doc {
  feedbackId: string;
  inspectionId: string;
  roundId: string;
  targetId: string;
  targetName: string;
  jurisdiction: string;
  jurisdictions: string[];
  tier: string;
  villageId?: string;
  openedAt: string;
  planDueBy: string;
  reportDueBy: string;
  items: CaseItem[];
  itemCount: number;
  signedOff: number;
  planStatus: 'due' | 'submitted' | 'approved' | 'returned';
  planSubmissions: number;
  planReturns: number;
  reportSubmittedAt?: string;
  rulesEstablished: number;
  fundsRecovered: number;
  grade?: string;
  admonished: number;
  closed: boolean;
  overdue: boolean;
}

/** A deadline passed (整改逾期): open until the plan, report or item is in. */
export interface OverdueDoc extends Doc {
  caseId: string;
  what: 'plan' | 'report' | 'item';
  itemId?: string;
  itemTitle?: string;
  dueBy: string;
  raisedAt: string;
  roundId: string;
  targetId: string;
  targetName: string;
  jurisdiction: string;
  jurisdictions: string[];
  tier: string;
  open: boolean;
}

const overdueId = (caseId: string, what: string, itemId = '') => `${caseId}:${what}:${itemId}`;

/** Every event here is keyed by case id on one topic: RectificationCaseOpened comes first. */
async function change(
  context: ProjectionContext,
  caseId: string,
  patch: (before: CaseDoc) => Partial<CaseDoc>,
) {
  const before = await context.get<CaseDoc>(CASES, caseId);
  if (!before) return;
  const after = { ...before, ...patch(before) };
  const open = await openOverdue(context, after);
  context.put(CASES, { ...after, overdue: open.length > 0 });
}

async function openOverdue(context: ProjectionContext, c: CaseDoc) {
  const ids = [
    overdueId(c._id, 'plan'),
    overdueId(c._id, 'report'),
    ...c.items.map((i) => overdueId(c._id, 'item', i.itemId)),
  ];
  const docs = await Promise.all(
    ids.map((id) => context.get<OverdueDoc>(RECTIFICATION_OVERDUE, id)),
  );
  return docs.filter((d): d is OverdueDoc => d?.open === true);
}

async function settle(context: ProjectionContext, id: string) {
  const doc = await context.get<OverdueDoc>(RECTIFICATION_OVERDUE, id);
  if (doc?.open) context.put(RECTIFICATION_OVERDUE, { ...doc, open: false });
}

const signItem = (items: CaseItem[], itemId: string, signedOff: boolean) =>
  items.map((i) => (i.itemId === itemId ? { ...i, signedOff } : i));

/** Rectification cases (整改台账) and their overdue deadlines. */
export const rectificationProjection: ProjectionDefinition = {
  name: 'rectification',
  collections: [CASES, RECTIFICATION_OVERDUE],
  indexes: {
    [CASES]: [{ jurisdictions: 1 }, { targetId: 1 }],
    [RECTIFICATION_OVERDUE]: [{ jurisdictions: 1, open: 1 }],
  },
  handlers: {
    'xuncha.rectification.RectificationCaseOpened.v1': (data: RectificationCaseOpened, context) => {
      const jurisdiction = data.village?.jurisdiction ?? data.jurisdiction;
      context.put(CASES, {
        _id: data.caseId,
        feedbackId: data.feedbackId,
        inspectionId: data.inspectionId,
        roundId: data.roundId,
        targetId: data.targetId,
        targetName: data.village?.villageName ?? data.targetName,
        jurisdiction,
        jurisdictions: jurisdictionPath(jurisdiction),
        tier: data.village ? 'village' : data.tier,
        ...(data.village && { villageId: data.village.villageId }),
        openedAt: utc(data.openedAt ?? context.event.time),
        planDueBy: data.planDueBy,
        reportDueBy: data.reportDueBy,
        items: data.items.map((i) => ({
          itemId: i.itemId,
          source: i.source,
          ...(i.findingId && { findingId: i.findingId }),
          title: i.title,
          signedOff: false,
        })),
        itemCount: data.items.length,
        signedOff: 0,
        planStatus: 'due',
        planSubmissions: 0,
        planReturns: 0,
        rulesEstablished: 0,
        fundsRecovered: 0,
        admonished: 0,
        closed: false,
        overdue: false,
      } satisfies CaseDoc);
    },
    'xuncha.rectification.RectificationPlanSubmitted.v1': async (
      data: RectificationPlanSubmitted,
      context,
    ) => {
      await settle(context, overdueId(data.caseId, 'plan'));
      const deadlines = new Map(data.items.map((i) => [i.itemId, i.deadline]));
      await change(context, data.caseId, (c) => ({
        planStatus: 'submitted',
        planSubmissions: Math.max(c.planSubmissions, data.submission),
        items: c.items.map((i) => ({ ...i, deadline: deadlines.get(i.itemId) ?? i.deadline })),
      }));
    },
    'xuncha.rectification.RectificationPlanApproved.v1': (
      data: RectificationPlanApproved,
      context,
    ) => change(context, data.caseId, () => ({ planStatus: 'approved' })),
    'xuncha.rectification.RectificationPlanReturned.v1': (
      data: RectificationPlanReturned,
      context,
    ) =>
      change(context, data.caseId, (c) => ({
        planStatus: 'returned',
        planReturns: c.planReturns + 1,
      })),
    'xuncha.rectification.RectificationItemSignedOff.v1': async (
      data: RectificationItemSignedOff,
      context,
    ) => {
      await settle(context, overdueId(data.caseId, 'item', data.itemId));
      await change(context, data.caseId, (c) => {
        const items = signItem(c.items, data.itemId, true);
        return { items, signedOff: items.filter((i) => i.signedOff).length };
      });
    },
    'xuncha.rectification.RectificationItemReopened.v1': (
      data: RectificationItemReopened,
      context,
    ) =>
      change(context, data.caseId, (c) => {
        const items = signItem(c.items, data.itemId, false);
        return { items, signedOff: items.filter((i) => i.signedOff).length };
      }),
    'xuncha.rectification.RectificationReportSubmitted.v1': async (
      data: RectificationReportSubmitted,
      context,
    ) => {
      await settle(context, overdueId(data.caseId, 'report'));
      await change(context, data.caseId, () => ({
        reportSubmittedAt: utc(data.submittedAt),
        rulesEstablished: data.rulesEstablished,
        fundsRecovered: data.fundsRecovered,
      }));
    },
    'xuncha.rectification.RectificationAssessed.v1': (data: RectificationAssessed, context) =>
      change(context, data.caseId, () => ({ grade: data.grade })),
    'xuncha.rectification.AdmonishmentRecorded.v1': (data: AdmonishmentRecorded, context) =>
      change(context, data.caseId, (c) => ({ admonished: c.admonished + data.admonishedCount })),
    'xuncha.rectification.RectificationOverdue.v1': async (data: RectificationOverdue, context) => {
      const c = await context.get<CaseDoc>(CASES, data.caseId);
      if (!c) return;
      const item = c.items.find((i) => i.itemId === data.itemId);
      context.put(RECTIFICATION_OVERDUE, {
        _id: overdueId(data.caseId, data.what, data.itemId),
        caseId: data.caseId,
        what: data.what,
        ...(data.itemId && { itemId: data.itemId }),
        ...(item && { itemTitle: item.title }),
        dueBy: data.dueBy,
        raisedAt: utc(context.event.time),
        roundId: c.roundId,
        targetId: c.targetId,
        targetName: c.targetName,
        jurisdiction: c.jurisdiction,
        jurisdictions: c.jurisdictions,
        tier: c.tier,
        open: true,
      } satisfies OverdueDoc);
      await change(context, data.caseId, () => ({}));
    },
    'xuncha.rectification.RectificationCaseClosed.v1': async (
      data: RectificationCaseClosed,
      context,
    ) => {
      const c = await context.get<CaseDoc>(CASES, data.caseId);
      for (const d of c ? await openOverdue(context, c) : []) await settle(context, d._id);
      await change(context, data.caseId, () => ({ closed: true }));
    },
  },
};
