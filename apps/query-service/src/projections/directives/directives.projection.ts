import type { DirectiveClosed, DirectiveIssued, DirectiveOverdue } from '@xuncha/contracts';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import {
  defined,
  jurisdictionPath,
  keepInspectionFacts,
  merge,
  utc,
  type InspectionFacts,
} from '../support';

export const DIRECTIVES = 'directives';
/** What a directive needs of its inspection, which DirectiveIssued does not carry. */
const INSPECTION_FACTS = 'directive-inspections';

/** A line of the directives ledger (书记点人点事台账), with where its follow-up stands. */
export interface DirectiveDoc extends Doc {
  inspectionId?: string;
  directiveId?: string;
  roundId?: string;
  targetId?: string;
  targetName?: string;
  jurisdiction?: string;
  jurisdictions?: string[];
  tier?: string;
  pointsAt?: string;
  subject?: string;
  owner?: string;
  dueBy?: string;
  heardAt?: string;
  closed: boolean;
  closedAt?: string;
  /** Raised overdue and not closed since: 逾期未办结. */
  overdue: boolean;
}

const newDirective = (): Omit<DirectiveDoc, '_id'> => ({ closed: false, overdue: false });
/** A directive's id is unique within its inspection only. */
const keyOf = (data: { inspectionId: string; directiveId: string }) =>
  `${data.inspectionId}:${data.directiveId}`;

/** The directives heard at the secretary meetings, issued, closed and overdue. */
export const directivesProjection: ProjectionDefinition = {
  name: 'directives',
  collections: [DIRECTIVES, INSPECTION_FACTS],
  indexes: { [DIRECTIVES]: [{ jurisdictions: 1 }, { inspectionId: 1 }, { roundId: 1 }] },
  handlers: {
    'xuncha.inspection.InspectionOpened.v1': keepInspectionFacts(INSPECTION_FACTS),
    'xuncha.inspection.DirectiveIssued.v1': async (data: DirectiveIssued, context) => {
      // Same key and topic as InspectionOpened, so its facts are there.
      const inspection = await context.get<InspectionFacts>(INSPECTION_FACTS, data.inspectionId);
      await merge<DirectiveDoc>(
        context,
        DIRECTIVES,
        keyOf(data),
        () =>
          defined({
            inspectionId: data.inspectionId,
            directiveId: data.directiveId,
            pointsAt: data.pointsAt,
            subject: data.subject,
            owner: data.owner,
            dueBy: data.dueBy,
            heardAt: utc(data.heardAt),
            ...(inspection && {
              roundId: inspection.roundId,
              targetId: inspection.targetId,
              targetName: inspection.targetName,
              jurisdiction: inspection.jurisdiction,
              jurisdictions: jurisdictionPath(inspection.jurisdiction),
              tier: inspection.tier,
            }),
          }),
        newDirective,
      );
    },
    'xuncha.inspection.DirectiveClosed.v1': (data: DirectiveClosed, context) =>
      merge<DirectiveDoc>(
        context,
        DIRECTIVES,
        keyOf(data),
        () => ({ closed: true, closedAt: utc(data.closedAt), overdue: false }),
        newDirective,
      ),
    'xuncha.inspection.DirectiveOverdue.v1': (data: DirectiveOverdue, context) =>
      merge<DirectiveDoc>(
        context,
        DIRECTIVES,
        keyOf(data),
        (before) => ({ overdue: !before.closed }),
        newDirective,
      ),
  },
};
