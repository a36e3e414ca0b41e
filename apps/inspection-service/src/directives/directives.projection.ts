import type { DirectiveClosed, DirectiveOverdue, ReportHeard } from '@xuncha/inspection-domain';
import type { RecordedEvent } from '@xuncha/platform-kernel';
import type {
  EventStoreProjectionDefinition,
  ProjectionContext,
} from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { INSPECTION_SCHEMAS, INSPECTION_STREAM_PREFIX } from '../inspections/inspection-store';

export const DIRECTIVES = 'directives';

/** A line of the directives ledger as the overdue supervisor looks for it. */
export interface DirectiveDoc extends Doc {
  inspectionId: string;
  directiveId: string;
  dueBy?: string;
  closed: boolean;
  overdue: boolean;
}

const STREAM = `${INSPECTION_STREAM_PREFIX}-`;
type Context = ProjectionContext<RecordedEvent>;
const inspectionOf = (context: Context) => context.event.streamId.slice(STREAM.length);
/** A directive's id is its inspection's own: the document is keyed by both. */
const keyOf = (inspectionId: string, directiveId: string) => `${inspectionId}:${directiveId}`;

async function update(context: Context, directiveId: string, change: Partial<DirectiveDoc>) {
  const key = keyOf(inspectionOf(context), directiveId);
  const doc = await context.get<DirectiveDoc>(DIRECTIVES, key);
  if (doc) context.put(DIRECTIVES, { ...doc, ...change });
}

/** The directives heard, whether closed and whether found overdue: what the supervisor reads. */
export const directivesProjection: EventStoreProjectionDefinition = {
  name: 'directives',
  collections: [DIRECTIVES],
  indexes: { [DIRECTIVES]: [{ closed: 1, overdue: 1, dueBy: 1 }] },
  source: {
    kind: 'event-store',
    streamPrefixes: [INSPECTION_STREAM_PREFIX],
    upcast: (event) => INSPECTION_SCHEMAS.upcast(event),
  },
  handlers: {
    ReportHeard: (data: ReportHeard['data'], context) => {
      const inspectionId = inspectionOf(context);
      for (const { directiveId, dueBy } of data.directives) {
        context.put(DIRECTIVES, {
          _id: keyOf(inspectionId, directiveId),
          inspectionId,
          directiveId,
          ...(dueBy && { dueBy }),
          closed: false,
          overdue: false,
        } satisfies DirectiveDoc);
      }
    },
    DirectiveClosed: (data: DirectiveClosed['data'], context) =>
      update(context, data.directiveId, { closed: true }),
    DirectiveOverdue: (data: DirectiveOverdue['data'], context) =>
      update(context, data.directiveId, { overdue: true }),
  },
};
