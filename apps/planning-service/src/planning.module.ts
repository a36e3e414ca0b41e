import { RoundFacts } from './rounds/round-facts';
import { TargetReorganization } from './targets/reorganization';
import { Module } from '@nestjs/common';
import { CadresController } from './cadres/cadres.controller';
import { RecordCoverageWhenInspected } from './consumers/record-coverage-when-inspected';
import { CoverageRulesController } from './coverage-rules/coverage-rules.controller';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { FocusCatalogsController } from './focus-catalogs/focus-catalogs.controller';
import { RoundsController } from './rounds/rounds.controller';
import { TargetsController } from './targets/targets.controller';
import { TermPlansController } from './term-plans/term-plans.controller';
import { Planning } from './views/planning';
import { PlanningViews } from './views/planning-views';

/** The planning context's controllers, command handlers and projections. */
@Module({
  controllers: [
    TargetsController,
    CadresController,
    TermPlansController,
    RoundsController,
    DeadlinesController,
    CoverageRulesController,
    FocusCatalogsController,
    RecordCoverageWhenInspected,
  ],
  providers: [PlanningViews, Planning, RoundFacts, TargetReorganization],
})
export class PlanningModule {}
