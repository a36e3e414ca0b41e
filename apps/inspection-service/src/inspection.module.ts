import { Module } from '@nestjs/common';

/** The inspection context's controllers, command handlers and projections. */
@Module({})
export class InspectionModule {}
