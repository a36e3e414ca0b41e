import type { ServiceDefinition } from '@xuncha/platform-nest';
import { rectificationPublishes } from './integration/rectification.publishes';
import { casesProjection } from './projections/cases.projection';
import { RectificationModule } from './rectification.module';

/** Everything the platform needs to run the rectification service; main.ts and the tests share it. */
export const rectificationService: ServiceDefinition = {
  service: 'rectification-service',
  title: 'Rectification service (整改监督)',
  description:
    'Rectification cases opened by feedback (整改启动): plans screened and reviewed (过筛子), ' +
    'progress, item sign-off (销号), reports, re-rectification notices, effectiveness assessment, ' +
    'admonishment (约谈), daily supervision and public disclosure (整改公开); overdue deadlines; ' +
    'notices for the organization department on xuncha.rectification.notices. Deadlines are ' +
    'configured per jurisdiction (GET/PUT /api/v1/rectification-deadlines/:jurisdiction); the ' +
    'defaults (docs/domain.md §5) are a plan 15 working days after feedback (office practice; Monday ' +
    'to Friday, no holiday calendar) and a report 2 months after it (巡视工作条例 2015, art. 27).',
  feature: RectificationModule,
  publishes: rectificationPublishes,
  projections: [casesProjection],
};
