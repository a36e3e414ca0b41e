import type { ServiceDefinition } from '@xuncha/platform-nest';
import { auditProjection } from './audit/audit.projection';
import { QUERY_PROJECTIONS } from './projections';
import { QueryModule } from './query.module';

/** Everything the platform needs to run the query service; main.ts and the tests share it. */
export const queryService: ServiceDefinition = {
  service: 'query-service',
  title: 'Query service (统计与台账)',
  description:
    'Statistics (统计), ledgers (台账), dossiers (巡察档案), overdue lists (逾期督办), common ' +
    'problems (共性问题) and charts (图表), read from projections of every public topic. Every ' +
    'call needs a bearer token with the analyst, office or admin role and answers within the ' +
    'caller’s jurisdiction subtree. Rates are fractions rounded to 4 decimals, 0 when the ' +
    'denominator is 0. Admins also read the audit trail of every service (审计).',
  feature: QueryModule,
  rootRoutes: ['dashboard'],
  // The audit trail is no analyst figure: it has no asOf and stays out of QUERY_PROJECTIONS.
  projections: [...QUERY_PROJECTIONS, auditProjection],
};
