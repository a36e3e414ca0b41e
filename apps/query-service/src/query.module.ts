import { Module } from '@nestjs/common';
import { AnalysisController } from './analysis/analysis.controller';
import { AuditController } from './audit/audit.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { LedgersController } from './ledgers/ledgers.controller';
import { ReadModels } from './read/read-source';
import { StatsController } from './stats/stats.controller';
import { StatsService } from './stats/stats.service';

/** The query context: read models of every public topic and the analyst API (统计与台账). */
@Module({
  controllers: [
    StatsController,
    LedgersController,
    AnalysisController,
    DashboardController,
    AuditController,
  ],
  providers: [ReadModels, StatsService],
})
export class QueryModule {}
