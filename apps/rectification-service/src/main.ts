import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { RectificationModule } from './rectification.module';

void bootstrapService({
  service: 'rectification-service',
  title: 'Rectification service (整改监督)',
  description:
    'Rectification cases opened by feedback: plans, item sign-off, reports and assessment.',
  feature: RectificationModule,
});
