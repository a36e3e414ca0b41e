import { StreamableFile } from '@nestjs/common';
import { InvalidInput, type AuthenticatedRequest } from '@xuncha/platform-nest';
import type { Doc, Sort } from '@xuncha/platform-read-models';
import { toCsv } from './csv';
import type { Ledger } from './ledgers';
import { toXlsx } from './xlsx';

/** The sort asked for, if the ledger allows it (400 naming `sort` otherwise); newest first when absent. */
export function sortOf(ledger: Ledger, requested?: string): Sort {
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
export function exportFilters(request: AuthenticatedRequest): string | undefined {
  const params = new URL(request.originalUrl, 'http://localhost').searchParams;
  for (const name of ['format', 'limit', 'cursor']) params.delete(name);
  return params.size > 0 ? params.toString().slice(0, 2000) : undefined;
}

/** Every row of a ledger as one file, named for the ledger and the jurisdiction. */
export async function ledgerFile(
  name: string,
  ledger: Ledger,
  jurisdiction: string,
  format: 'csv' | 'xlsx',
  rows: Doc[],
): Promise<StreamableFile> {
  const file = encodeURIComponent(`${ledger.title}-${jurisdiction}.${format}`);
  const disposition = `attachment; filename="${name}.${format}"; filename*=UTF-8''${file}`;
  if (format === 'xlsx') {
    return new StreamableFile(await toXlsx(ledger.title, ledger.columns, rows), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition,
    });
  }
  return new StreamableFile(Buffer.from(toCsv(ledger.columns, rows), 'utf8'), {
    type: 'text/csv; charset=utf-8',
    disposition,
  });
}
