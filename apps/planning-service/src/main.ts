import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { PlanningModule } from './planning.module';

void bootstrapService({
  service: 'planning-service',
  title: 'Planning service (巡察规划)',
  description:
    'Targets, term plans, rounds, teams and coverage: the inspection office plans its work here.',
  feature: PlanningModule,
});
