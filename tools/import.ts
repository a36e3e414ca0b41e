/**
 * npm run import: historical planning ledgers into the running system (npm
 * start in another terminal, same XUNCHA_DATA_DIR and ports), row by row
 * through the public HTTP API. Every bad row is reported with its line and
 * reason and nothing of it is stored; a re-run adds nothing (each POST
 * carries an Idempotency-Key derived from the file name, sheet and row).
 *
 *   npm run import -- ledgers.xlsx            (sheets 巡察对象 and 干部)
 *   npm run import -- targets.csv --sheet targets [--jurisdiction 611000]
 *
 * Exit code 0: every row went in (or was there already); 1: some rows were
 * refused; 2: unusable input (no such file, not .xlsx/.csv, missing columns,
 * system not running).
 */
import { parseArgs } from 'node:util';
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
    if (sheet !== undefined && sheet !== 'targets' && sheet !== 'cadres') {
      throw new Error(`--sheet must be targets or cadres (got ${sheet})`);
    }
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\n` +
        `usage: npm run import -- FILE.xlsx | FILE.csv --sheet targets|cadres [--jurisdiction CODE]\n`,
    );
    process.exit(2);
  }
  try {
    const result = await runImport({
      file: file!,
      ...(sheet && { sheet: sheet as 'targets' | 'cadres' }),
      ...(jurisdiction && { jurisdiction }),
    });
    process.exit(result.refused.length > 0 ? 1 : 0);
  } catch (error) {
    process.stderr.write(`\n${(error as Error).message}\n`);
    process.exit(2);
  }
}

if (require.main === module) void main();
