import { Controller, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ReadEndpoint, Roles, type Principal } from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type Filter, type ReadModelStore } from '@xuncha/platform-read-models';
import { jurisdictionFor } from '../read/scope';
import { AUDIT, type AuditDoc } from './audit.projection';
import { AuditPage } from '../query.answers';
import { AuditQuery } from './audit.query';

@ApiTags('audit (审计)')
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  @ReadEndpoint(
    AuditPage,
    '',
    'Audit records of every service (审计记录), newest first; admin only',
    {
      description:
        'Token use (first use of a token at a service in each hour), ledger exports with their ' +
        'filters and row counts, full reads of clue records; of actors in the caller’s ' +
        'jurisdiction subtree. Cursor pages ({items, next}).',
    },
  )
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
