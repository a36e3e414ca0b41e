import { Module } from '@nestjs/common';

/** The rectification context's controllers, command handlers and projections. */
@Module({})
export class RectificationModule {}
