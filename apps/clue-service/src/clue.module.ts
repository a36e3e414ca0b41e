import { Module } from '@nestjs/common';
import { KEY_STORE, keyStoreFromEnvironment } from '@xuncha/platform-crypto';
import { Clock, SERVICE_CONFIG, type ServiceConfig } from '@xuncha/platform-nest';
import { ClueCommands } from './clues/clue-commands';
import { CluesController } from './clues/clues.controller';
import { ApplyCommissionAnswers } from './consumers/apply-commission-answers';
import { RegisterCluesWhenIdentified } from './consumers/register-clues-when-identified';
import { RecipientKeys } from './integration/recipient-keys';
import { TransferPublishing } from './integration/transfer-publishing';

import { OverdueSupervisor } from './overdue/overdue-supervisor';

/** The clue context's controllers, command handlers and projections. */
@Module({
  controllers: [CluesController, RegisterCluesWhenIdentified, ApplyCommissionAnswers],
  providers: [
    {
      // Shared with the inspection service (same directory embedded, a KMS in production).
      provide: KEY_STORE,
      useFactory: (config: ServiceConfig) => keyStoreFromEnvironment(config.dataDir),
      inject: [SERVICE_CONFIG],
    },
    {
      provide: RecipientKeys,
      useFactory: () => RecipientKeys.load(process.env),
    },
    ClueCommands,
    Clock,
    OverdueSupervisor,
    TransferPublishing,
  ],
})
export class ClueModule {}
