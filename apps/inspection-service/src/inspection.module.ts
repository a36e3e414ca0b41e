import { Module } from '@nestjs/common';
import { KEY_STORE, keyStoreFromEnvironment } from '@xuncha/platform-crypto';
import { Clock, SERVICE_CONFIG, type ServiceConfig } from '@xuncha/platform-nest';
import { OverdueSupervisor } from './overdue/overdue-supervisor';
import { OpenInspectionsWhenRoundLaunched } from './consumers/open-inspections-when-round-launched';
import { InspectionsController } from './inspections/inspections.controller';
import { TalkRulesController } from './talk-rules/talk-rules.controller';

/** The inspection context's controllers, command handlers and projections. */
@Module({
  controllers: [InspectionsController, TalkRulesController, OpenInspectionsWhenRoundLaunched],
  providers: [
    Clock,
    OverdueSupervisor,
    {
      // Shared with the clue service (same directory embedded, a KMS in production).
      provide: KEY_STORE,
      useFactory: (config: ServiceConfig) => keyStoreFromEnvironment(config.dataDir),
      inject: [SERVICE_CONFIG],
    },
  ],
})
export class InspectionModule {}
