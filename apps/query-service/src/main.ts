import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { QueryModule } from './query.module';

void bootstrapService({
  service: 'query-service',
  title: 'Query service (统计与台账)',
  description:
    'Statistics, ledgers and the analyst questions, read from projections of every public topic.',
  feature: QueryModule,
});
