import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { InspectionModule } from './inspection.module';

void bootstrapService({
  service: 'inspection-service',
  title: 'Inspection service (现场巡察)',
  description:
    'Field inspection from stationing to feedback: talks, findings, immediate items, clues, report and hearing.',
  feature: InspectionModule,
});
