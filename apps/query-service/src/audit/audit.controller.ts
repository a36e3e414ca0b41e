import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  CurrentPrincipal,
  IsInstant,
  IsJurisdiction,
  ListQuery,
  Roles,
  type Principal,
  Answers,
} from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type Filter, type ReadModelStore } from '@xuncha/platform-read-models';
import { jurisdictionFor } from '../read/scope';
import { AUDIT, type AuditDoc } from './audit.projection';
import { AuditPage } from '../query.answers';

export class AuditQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Token subject of the actor (操作人)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({
    description: 'Action (操作): token.used, ledger.exported, clue.full-read, …',
  })
  @IsOptional()
  @Matches(/^[a-z]+(?:[.-][a-z]+)+$/, { message: '$property must be a dotted action name' })
  action?: string;

  @ApiPropertyOptional({ description: 'Service that served the call, e.g. query-service' })
  @IsOptional()
  @Matches(/^[a-z]+-service$/, { message: '$property must be a service name' })
  service?: string;

  @ApiPropertyOptional({
    description: 'Actors in this jurisdiction subtree (区划代码); the caller’s own when absent',
  })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @ApiPropertyOptional({ description: 'From this instant, included (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Until this instant, excluded (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

@ApiTags('audit (审计)')
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  @Answers(AuditPage)
  @Get()
  @ApiOperation({
    summary: 'Audit records of every service (审计记录), newest first; admin only',
    description:
      'Token use (first use of a token at a service in each hour), ledger exports with their ' +
      'filters and row counts, full reads of clue records; of actors in the caller’s ' +
      'jurisdiction subtree. Cursor pages ({items, next}).',
  })
  async list(@Query() query: AuditQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { jurisdictions: jurisdictionFor(principal, query.jurisdiction) };
    if (query.actor) filter['actor.sub'] = query.actor;
    if (query.action) filter.action = query.action;
    if (query.service) filter.service = query.service;
    if (query.from || query.to) {
      filter.at = {
        ...(query.from && { $gte: new Date(query.from).toISOString() }),
        ...(query.to && { $lt: new Date(query.to).toISOString() }),
      };
    }
    const page = await this.store.find<AuditDoc>(AUDIT, {
      filter,
      sort: { at: -1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    return {
      ...page,
      items: page.items.map(({ _id, jurisdictions: _scope, ...record }) => record),
    };
  }
}
