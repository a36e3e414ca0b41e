/** Reading ledgers: the rows of an .xlsx workbook's sheets or of a .csv file, as text. */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';

/** Input the import cannot work with at all (exit code 2): nothing is sent. */
export class UnusableInput extends Error {}

/** The ledger sheets, in the order they are imported (a sheet refers to the ones before it). */
export const SHEET_KINDS = [
  'targets',
  'cadres',
  'termPlans',
  'rounds',
  'teams',
  'inspections',
  'findings',
  'clues',
  'cases',
] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** The sheet names of a workbook, as the offices name them. */
export const SHEET_NAMES: Record<SheetKind, string> = {
  targets: '巡察对象',
  cadres: '干部',
  termPlans: '巡察规划',
  rounds: '巡察轮次',
  teams: '巡察组',
  inspections: '巡察',
  findings: '问题',
  clues: '线索',
  cases: '整改',
};

export interface LedgerRow {
  /** The line as Excel shows it (the header is line 1). */
  line: number;
  /** Cell text by header, trimmed. */
  cells: Record<string, string>;
}

export interface LedgerSheet {
  kind: SheetKind;
  name: string;
  headers: string[];
  rows: LedgerRow[];
}

export async function readLedger(file: string, csvSheet?: SheetKind): Promise<LedgerSheet[]> {
  if (!existsSync(file)) throw new UnusableInput(`${file}: no such file`);
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') {
    if (!csvSheet) {
      throw new UnusableInput(`${file}: a CSV file needs --sheet (${SHEET_KINDS.join(', ')})`);
    }
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    return [toSheet(csvSheet, parseCsv(text))];
  }
  if (extension !== '.xlsx') {
    throw new UnusableInput(`${file}: not an .xlsx workbook or a .csv file`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new UnusableInput(`${file}: not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const sheets: LedgerSheet[] = [];
  for (const kind of SHEET_KINDS) {
    const worksheet = workbook.worksheets.find((ws) => ws.name.trim() === SHEET_NAMES[kind]);
    if (!worksheet) continue;
    const lines: string[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: string[] = [];
      for (let column = 1; column <= worksheet.columnCount; column++) {
        values.push(cellText(row.getCell(column).value));
      }
      lines[rowNumber - 1] = values;
    });
    sheets.push(
      toSheet(
        kind,
        Array.from(lines, (values) => values ?? []),
      ),
    );
  }
  if (sheets.length === 0) {
    throw new UnusableInput(
      `${file}: no sheet named one of ${Object.values(SHEET_NAMES).join(', ')} in the workbook`,
    );
  }
  return sheets;
}

/** Lines (header first) into a sheet; blank lines are skipped but keep their numbers. */
function toSheet(kind: SheetKind, lines: string[][]): LedgerSheet {
  const headers = (lines[0] ?? []).map((header) => header.trim());
  const rows: LedgerRow[] = [];
  lines.slice(1).forEach((values, index) => {
    if (values.every((value) => value.trim() === '')) return;
    const cells: Record<string, string> = {};
    headers.forEach((header, column) => {
      if (header) cells[header] = (values[column] ?? '').trim();
    });
    rows.push({ line: index + 2, cells });
  });
  return { kind, name: SHEET_NAMES[kind], headers, rows };
}

/** The text of an exceljs cell value: plain, rich text, formula result, hyperlink or date. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/** RFC 4180 CSV: commas, double quotes ("" inside quotes), CRLF or LF; one array per record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
