import { Module } from '@nestjs/common';
import { ClueCommands } from './clues/clue-commands';
import { CluesController } from './clues/clues.controller';
import { ApplyCommissionAnswers } from './consumers/apply-commission-answers';
import { RegisterCluesWhenIdentified } from './consumers/register-clues-when-identified';
import { Clock } from './overdue/clock';
import { OverdueSupervisor } from './overdue/overdue-supervisor';

/** The clue context's controllers, command handlers and projections. */
@Module({
  controllers: [CluesController, RegisterCluesWhenIdentified, ApplyCommissionAnswers],
  providers: [ClueCommands, Clock, OverdueSupervisor],
})
export class ClueModule {}
