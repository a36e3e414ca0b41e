import ExcelJS from 'exceljs';
import type { Column } from './csv';

/**
 * One worksheet with the Chinese headers in bold and frozen, values typed as
 * they are (numbers stay numbers, so offices can sum them in Excel).
 */
export async function toXlsx<T>(
  title: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xuncha';
  // Excel refuses sheet names over 31 characters or with []:*?/\.
  const sheet = workbook.addWorksheet(title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row);
        return typeof value === 'boolean' ? (value ? '是' : '否') : (value ?? null);
      }),
    );
  }
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(10, Math.min(40, columns[index].header.length * 2 + 4));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
