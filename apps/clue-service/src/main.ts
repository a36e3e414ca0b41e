import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { ClueModule } from './clue.module';

void bootstrapService({
  service: 'clue-service',
  title: 'Clue service (问题线索处置)',
  description:
    'Problem clues: joint review, transfer to the discipline commission, receipt, disposition and outcome.',
  feature: ClueModule,
});
