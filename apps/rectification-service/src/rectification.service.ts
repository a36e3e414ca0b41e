import type { ServiceDefinition } from '@xuncha/platform-nest';
import { RectificationModule } from './rectification.module';

/** Everything the platform needs to run the rectification service; main.ts and the tests share it. */
export const rectificationService: ServiceDefinition = {
  service: 'rectification-service',
  title: 'Rectification service (整改监督)',
  description:
    'Rectification cases opened by feedback: plans, item sign-off, reports and assessment.',
  feature: RectificationModule,
};
