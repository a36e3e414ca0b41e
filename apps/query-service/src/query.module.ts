import { Module } from '@nestjs/common';

/** The query context's controllers, command handlers and projections. */
@Module({})
export class QueryModule {}
