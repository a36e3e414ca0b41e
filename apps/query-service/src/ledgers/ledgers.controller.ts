import { Controller, Get, Param, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AuditTrail,
  CurrentPrincipal,
  InvalidInput,
  Roles,
  type AuthenticatedRequest,
  type Principal,
  Answers,
} from '@xuncha/platform-nest';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import type { Sort } from '@xuncha/platform-read-models';
import { ReadModels } from '../read/read-source';
import { allDocs } from '../read/pages';
import { resolveScope, scopeFilter } from '../read/scope';
import { READERS } from '../stats/stats.controller';
import { toCsv } from './csv';
import { toXlsx } from './xlsx';
import { LedgerQuery } from './ledger.query';
import { LEDGERS, type Ledger } from './ledgers';
import { withNames } from '../read/names';
import { LEDGER_FILES, LedgerPage } from '../query.answers';

function sortOf(ledger: Ledger, requested?: string): Sort {
  if (!requested) return { [ledger.sorts[0]]: -1 };
  const field = requested.replace(/^-/, '');
  if (!ledger.sorts.includes(field)) {
    throw new InvalidInput([
      { field: 'sort', messages: [`sort must be one of ${ledger.sorts.join(', ')}`] },
    ]);
  }
  return { [field]: requested.startsWith('-') ? -1 : 1 };
}

/** The filters of an export as the caller gave them, for the audit trail; paging and format left out. */
function exportFilters(request: AuthenticatedRequest): string | undefined {
  const params = new URL(request.originalUrl, 'http://localhost').searchParams;
  for (const name of ['format', 'limit', 'cursor']) params.delete(name);
  return params.size > 0 ? params.toString().slice(0, 2000) : undefined;
}

@ApiTags('ledgers (台账)')
@Controller('ledgers')
@Roles(...READERS)
export class LedgersController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly audit: AuditTrail,
  ) {}

  @Answers(LedgerPage, { alsoAs: LEDGER_FILES })
  @Get(':ledger')
  @ApiParam({ name: 'ledger', enum: Object.keys(LEDGERS) })
  @ApiOperation({
    summary:
      'Ledgers (台账): problems with rectification status (问题台账), clues without names or ' +
      'allegations (线索台账), rectification cases (整改台账), immediate items (立行立改台账)',
    description:
      'Filters, whitelisted sort, cursor pages ({items, next}); ?format=csv or xlsx exports every page ' +
      'as CSV (UTF-8 with BOM, Chinese headers) for Excel; every export is audited (who, ' +
      'which ledger, format, filters, rows).',
  })
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
      const file = encodeURIComponent(`${ledger.title}-${scope.jurisdiction}.${query.format}`);
      const disposition = `attachment; filename="${name}.${query.format}"; filename*=UTF-8''${file}`;
      if (query.format === 'xlsx') {
        return new StreamableFile(await toXlsx(ledger.title, ledger.columns, rows), {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          disposition,
        });
      }
      return new StreamableFile(Buffer.from(toCsv(ledger.columns, rows), 'utf8'), {
        type: 'text/csv; charset=utf-8',
        disposition,
      });
    });
  }
}
