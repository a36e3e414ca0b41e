import type {
  FeedbackDelivered,
  FindingRecorded,
  RectificationCaseOpened,
  RectificationItemReopened,
  RectificationItemSignedOff,
  RectificationOverdue,
} from '@xuncha/contracts';
import type { ProjectionContext, ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { defined, merge, placeOf, utc } from '../support';

export const FINDINGS = 'findings';
/** Finding items of rectification cases, to find the finding a sign-off is about. */
export const FINDING_ITEMS = 'finding-items';

export type ProblemStatus = 'recorded' | 'rectifying' | 'rectified';

/** A problem found (发现问题) with where its rectification stands. */
export interface FindingDoc extends Doc {
  /** FindingRecorded arrived; a rectification event may create the document before it. */
  recorded: boolean;
  inspectionId?: string;
  roundId?: string;
  targetId?: string;
  jurisdiction?: string;
  jurisdictions?: string[];
  tier?: string;
  title?: string;
  focusItem?: string;
  catalogVersion?: string;
  involvedRank?: string;
  amount?: number;
  villageId?: string;
  /** Marked a key problem (重点问题), a public concern (群众急难愁盼): an amendment may unmark. */
  keyProblem?: boolean;
  publicConcern?: boolean;
  /** When it was recorded, and when the team found it (发现时间): figures count by the latter. */
  recordedAt?: string;
  foundAt?: string;
  fedBack: boolean;
  fedBackAt?: string;
  caseId?: string;
  itemId?: string;
  /** Signed off (销号) and not reopened: counts as rectified. */
  rectified: boolean;
  signedOffAt?: string;
  overdue: boolean;
  status: ProblemStatus;
}

interface FindingItemDoc extends Doc {
  findingId: string;
  caseId: string;
}

const newFinding = (): Omit<FindingDoc, '_id'> => ({
  recorded: false,
  fedBack: false,
  rectified: false,
  overdue: false,
  status: 'recorded',
});

function statusOf(f: FindingDoc): ProblemStatus {
  if (f.rectified) return 'rectified';
  return f.fedBack || f.caseId ? 'rectifying' : 'recorded';
}

async function finding(
  context: ProjectionContext,
  id: string,
  patch: (before: FindingDoc) => Partial<FindingDoc>,
) {
  await merge<FindingDoc>(context, FINDINGS, id, patch, newFinding);
  const after = (await context.get<FindingDoc>(FINDINGS, id))!;
  context.put(FINDINGS, { ...after, status: statusOf(after) });
}

async function findingOfItem(context: ProjectionContext, itemId: string) {
  return (await context.get<FindingItemDoc>(FINDING_ITEMS, itemId))?.findingId;
}

const facts = (data: FindingRecorded): Partial<FindingDoc> =>
  defined({
    recorded: true,
    inspectionId: data.inspectionId,
    roundId: data.roundId,
    targetId: data.targetId,
    ...placeOf(data),
    title: data.title,
    focusItem: data.focusItem,
    catalogVersion: data.catalogVersion,
    involvedRank: data.involvedRank,
    amount: data.amount,
    villageId: data.villageId,
    keyProblem: data.keyProblem ?? false,
    publicConcern: data.publicConcern ?? false,
  });

/** A finding's facts, with when it was recorded and found (findings before foundAt: recorded). */
function found(before: FindingDoc, data: FindingRecorded, time: string): Partial<FindingDoc> {
  const recordedAt = before.recordedAt ?? utc(time);
  return {
    ...facts(data),
    recordedAt,
    foundAt: data.foundAt ? utc(data.foundAt) : (before.foundAt ?? recordedAt),
  };
}

/**
 * Problems (问题台账): each finding with its rectification status. An item
 * counts as rectified when signed off and not reopened (docs/domain.md §5, Counting); the
 * case's items name their finding (source finding).
 */
export const problemsProjection: ProjectionDefinition = {
  name: 'problems',
  collections: [FINDINGS, FINDING_ITEMS],
  indexes: {
    [FINDINGS]: [{ jurisdictions: 1 }, { targetId: 1 }, { roundId: 1 }, { focusItem: 1 }],
  },
  handlers: {
    'xuncha.inspection.FindingRecorded.v1': (data: FindingRecorded, context) =>
      finding(context, data.findingId, (f) => found(f, data, context.event.time)),
    'xuncha.inspection.FindingAmended.v1': (data: FindingRecorded, context) =>
      finding(context, data.findingId, (f) => found(f, data, context.event.time)),
    'xuncha.inspection.FeedbackDelivered.v1': async (data: FeedbackDelivered, context) => {
      for (const fed of data.findings) {
        await finding(context, fed.findingId, (f) => ({
          fedBack: true,
          fedBackAt: f.fedBackAt ?? utc(data.deliveredAt),
        }));
      }
    },
    'xuncha.rectification.RectificationCaseOpened.v1': async (
      data: RectificationCaseOpened,
      context,
    ) => {
      for (const item of data.items) {
        if (item.source !== 'finding' || !item.findingId) continue;
        const findingId = item.findingId;
        context.put(FINDING_ITEMS, { _id: item.itemId, findingId, caseId: data.caseId });
        await finding(context, findingId, () => ({ caseId: data.caseId, itemId: item.itemId }));
      }
    },
    'xuncha.rectification.RectificationItemSignedOff.v1': async (
      data: RectificationItemSignedOff,
      context,
    ) => {
      const id = await findingOfItem(context, data.itemId);
      if (id) {
        await finding(context, id, () => ({
          rectified: true,
          overdue: false,
          signedOffAt: utc(data.signedOffAt ?? context.event.time),
        }));
      }
    },
    'xuncha.rectification.RectificationItemReopened.v1': async (
      data: RectificationItemReopened,
      context,
    ) => {
      const id = await findingOfItem(context, data.itemId);
      if (id) await finding(context, id, () => ({ rectified: false, signedOffAt: undefined }));
    },
    'xuncha.rectification.RectificationOverdue.v1': async (data: RectificationOverdue, context) => {
      const id = data.itemId && (await findingOfItem(context, data.itemId));
      if (id) await finding(context, id, (f) => ({ overdue: !f.rectified }));
    },
  },
};
