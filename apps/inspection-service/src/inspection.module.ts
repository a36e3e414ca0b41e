import { Module } from '@nestjs/common';
import { OpenInspectionsWhenRoundLaunched } from './consumers/open-inspections-when-round-launched';
import { InspectionsController } from './inspections/inspections.controller';

/** The inspection context's controllers, command handlers and projections. */
@Module({ controllers: [InspectionsController, OpenInspectionsWhenRoundLaunched] })
export class InspectionModule {}
