import type { ServiceDefinition } from '@xuncha/platform-nest';
import { QueryModule } from './query.module';

/** Everything the platform needs to run the query service; main.ts and the tests share it. */
export const queryService: ServiceDefinition = {
  service: 'query-service',
  title: 'Query service (统计与台账)',
  description:
    'Statistics, ledgers and the analyst questions, read from projections of every public topic.',
  feature: QueryModule,
};
