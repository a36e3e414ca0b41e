/** A column of an export: Chinese header, value from the row. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | undefined;
}

/** Text a spreadsheet would run as a formula (CSV injection) is kept as text. */
const FORMULA = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends, quoted fields where needed) with a UTF-8 byte
 * order mark, without which Excel reads Chinese as mojibake.
 */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [
    columns.map((c) => field(c.header)).join(','),
    ...rows.map((row) => columns.map((c) => field(c.value(row))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
