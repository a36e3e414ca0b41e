import type { ServiceDefinition } from '@xuncha/platform-nest';
import { planningMapper } from './integration/planning.mapper';
import { PlanningModule } from './planning.module';
import { planningViewsProjection } from './views/planning-views';

/** Everything the platform needs to run the planning service; main.ts and the tests share it. */
export const planningService: ServiceDefinition = {
  service: 'planning-service',
  title: 'Planning service (巡察规划)',
  description:
    'Targets, term plans, rounds, teams and coverage: the inspection office plans its work here.',
  feature: PlanningModule,
  publishes: planningMapper,
  projections: [planningViewsProjection],
};
