/**
 * npm run import: historical ledgers into the running system (npm start in
 * another terminal, same XUNCHA_DATA_DIR and ports), row by row through the
 * public HTTP API of the five services. Every bad row is reported with its
 * line and reason and nothing of it is stored; a re-run adds nothing (each
 * POST carries an Idempotency-Key derived from the file name, sheet and row).
 *
 *   npm run import -- ledgers.xlsx   (sheets 巡察对象, 干部, 巡察规划, 巡察轮次,
 *                                     巡察组, 巡察, 问题, 线索, 整改)
 *   npm run import -- targets.csv --sheet targets [--jurisdiction 611000]
 *
 * Exit code 0: every row went in (or was there already); 1: some rows were
 * refused; 2: unusable input (no such file, not .xlsx/.csv, missing columns,
 * system not running).
 */
import { parseArgs } from 'node:util';
import { SHEET_KINDS, type SheetKind } from './import/read';
import { runImport } from './import/run';

export {
  runImport,
  UnusableInput,
  type ImportOptions,
  type ImportResult,
  type RefusedRow,
} from './import/run';

async function main(): Promise<void> {
  let file: string | undefined;
  let sheet: string | undefined;
  let jurisdiction: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { sheet: { type: 'string' }, jurisdiction: { type: 'string' } },
    });
    [file] = positionals;
    ({ sheet, jurisdiction } = values);
    if (positionals.length !== 1) throw new Error('name one .xlsx or .csv file');
    if (sheet !== undefined && !(SHEET_KINDS as readonly string[]).includes(sheet)) {
      throw new Error(`--sheet must be one of ${SHEET_KINDS.join(', ')} (got ${sheet})`);
    }
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\n` +
        `usage: npm run import -- FILE.xlsx | FILE.csv --sheet ${SHEET_KINDS.join('|')} ` +
        `[--jurisdiction CODE]\n`,
    );
    process.exit(2);
  }
  try {
    const result = await runImport({
      file: file!,
      ...(sheet && { sheet: sheet as SheetKind }),
      ...(jurisdiction && { jurisdiction }),
    });
    process.exit(result.refused.length > 0 ? 1 : 0);
  } catch (error) {
    process.stderr.write(`\n${(error as Error).message}\n`);
    process.exit(2);
  }
}

if (require.main === module) void main();
