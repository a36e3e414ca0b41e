import { Module } from '@nestjs/common';

/** The clue context's controllers, command handlers and projections. */
@Module({})
export class ClueModule {}
