import type { ServiceDefinition } from '@xuncha/platform-nest';
import { InspectionModule } from './inspection.module';
import { inspectionPublishes } from './integration/inspection.publishes';
import { directivesProjection } from './directives/directives.projection';
import { inspectionsProjection } from './projections/inspections.projection';

/** Everything the platform needs to run the inspection service; main.ts and the tests share it. */
export const inspectionService: ServiceDefinition = {
  service: 'inspection-service',
  title: 'Inspection service (现场巡察)',
  description:
    'Field inspection from stationing to feedback: talks, findings, immediate items, clues, report and hearing.',
  feature: InspectionModule,
  publishes: inspectionPublishes,
  projections: [inspectionsProjection, directivesProjection],
};
