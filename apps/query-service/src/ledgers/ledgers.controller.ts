import { allDocs } from '@xuncha/platform-read-models';
import { Controller, Param, Query, Req } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AuditTrail,
  CurrentPrincipal,
  ReadEndpoint,
  Roles,
  type AuthenticatedRequest,
  type Principal,
} from '@xuncha/platform-nest';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import { ReadModels } from '../read/read-source';
import { resolveScope, scopeFilter } from '../read/scope';
import { READERS } from '../stats/stats.controller';
import { exportFilters, ledgerFile, sortOf } from './ledger-files';
import { LedgerQuery } from './ledger.query';
import { LEDGERS } from './ledgers';
import { withNames } from '../read/names';
import { LEDGER_FILES, LedgerPage } from '../query.answers';

@ApiTags('ledgers (台账)')
@Controller('ledgers')
@Roles(...READERS)
export class LedgersController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly audit: AuditTrail,
  ) {}

  @ReadEndpoint(
    LedgerPage,
    ':ledger',
    'Ledgers (台账): problems with rectification status (问题台账), clues without names or ' +
      'allegations (线索台账), rectification cases (整改台账), immediate items (立行立改台账)',
    {
      alsoAs: LEDGER_FILES,
      description:
        'Filters, whitelisted sort, cursor pages ({items, next}); ?format=csv or xlsx exports every page ' +
        'as CSV (UTF-8 with BOM, Chinese headers) for Excel; every export is audited (who, ' +
        'which ledger, format, filters, rows).',
    },
  )
  @ApiParam({ name: 'ledger', enum: Object.keys(LEDGERS) })
  async list(
    @Param('ledger') name: string,
    @Query() query: LedgerQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    // Own properties only: `__proto__` or `toString` name no ledger.
    if (!Object.hasOwn(LEDGERS, name)) throw new AggregateNotFound('ledger', name);
    const ledger = LEDGERS[name];
    const sort = sortOf(ledger, query.sort);
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const filter = {
        ...scopeFilter(scope, ledger.dateField),
        ...ledger.base,
        ...ledger.filters(query),
      };
      const store = await source.store(ledger.collection);
      if (!query.format || query.format === 'json') {
        const page = await store.find(ledger.collection, {
          filter,
          sort,
          limit: query.limit,
          cursor: query.cursor,
        });
        return { ...page, items: await withNames(source, page.items) };
      }
      const rows = await withNames(source, await allDocs(store, ledger.collection, filter, sort));
      const filters = exportFilters(request);
      await this.audit.record(request, {
        action: 'ledger.exported',
        export: {
          ledger: name,
          format: query.format,
          ...(filters && { filters }),
          rows: rows.length,
        },
      });
      return ledgerFile(name, ledger, scope.jurisdiction, query.format, rows);
    });
  }
}
