import { derivedUuid, type EventSchemas } from '@xuncha/platform-kernel';
import type { Directive } from './inspection.events';

/**
 * Schema versions of the inspection's stored events. ReportHeard v2 holds each directive as a
 * line of the directives ledger; v1 held texts only: each becomes a directive about a matter,
 * with no owner or due day (nobody recorded them then), and an id derived from the hearing's
 * time and its place in the list: the same on every read, unique within the inspection.
 */
export function withInspectionSchemas(schemas: EventSchemas): EventSchemas {
  return schemas.register('ReportHeard', 2, {
    1: (data) => {
      const v1 = data as { heardAt: string; directives: string[] };
      const directives: Directive[] = v1.directives.map((subject, index) => ({
        directiveId: derivedUuid('directive', v1.heardAt, String(index)),
        pointsAt: 'matter',
        subject,
      }));
      return { ...v1, directives };
    },
  });
}
