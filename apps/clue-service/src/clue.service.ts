import type { ServiceDefinition } from '@xuncha/platform-nest';
import { ClueModule } from './clue.module';
import { cluePublishes } from './integration/clue.publishes';
import { cluesProjection } from './projections/clues.projection';

/** Everything the platform needs to run the clue service; main.ts and the tests share it. */
export const clueService: ServiceDefinition = {
  service: 'clue-service',
  title: 'Clue service (问题线索处置)',
  description:
    'Problem clues: joint review, transfer to the discipline commission, receipt, disposition and outcome.',
  feature: ClueModule,
  publishes: cluePublishes,
  projections: [cluesProjection],
};
