import { Module } from '@nestjs/common';

/** The planning context's controllers, command handlers and projections. */
@Module({})
export class PlanningModule {}
