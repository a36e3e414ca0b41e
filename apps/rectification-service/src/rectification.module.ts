import { Module } from '@nestjs/common';
import { CasesController } from './cases/cases.controller';
import { OpenCaseWhenFeedbackDelivered } from './consumers/open-case-when-feedback-delivered';
import { DeadlineSettings } from './deadlines/deadline-settings';
import { DeadlinesController } from './deadlines/deadlines.controller';
import {
  OVERDUE_CHECK_MS,
  OverdueScheduler,
  RectificationClock,
  overdueCheckMs,
} from './overdue/overdue-scheduler';

/** The rectification context's controllers, command handlers, consumer and deadline scheduler. */
@Module({
  controllers: [CasesController, DeadlinesController, OpenCaseWhenFeedbackDelivered],
  providers: [
    DeadlineSettings,
    RectificationClock,
    { provide: OVERDUE_CHECK_MS, useFactory: () => overdueCheckMs() },
    OverdueScheduler,
  ],
})
export class RectificationModule {}
