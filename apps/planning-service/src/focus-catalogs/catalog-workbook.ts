import ExcelJS from 'exceljs';
import {
  catalogCounts,
  type CatalogEntry,
  type CatalogTree,
  type CatalogVersion,
} from '@xuncha/planning-domain';
import { InvalidInput } from '@xuncha/platform-nest';

/**
 * A catalog version as an Excel workbook, the form offices keep their lists
 * in: one row per leaf, the branches repeated on every row (or left blank
 * under the row that names them). Export writes the same sheets import reads,
 * so an office exports, edits and imports the result as its next version.
 */
interface Level {
  readonly code: string;
  readonly label: string;
  readonly placeholder: string;
}

const FOCUS_SHEET = '监督重点';
const LEADER_SHEET = '一把手监督';
const DIMENSION_SHEET = '画像维度';
const ABOUT_SHEET = '说明';

const FOCUS_LEVELS: readonly Level[] = [
  { code: '聚焦编号', label: '聚焦', placeholder: '聚焦措辞待填' },
  { code: '条目编号', label: '条目', placeholder: '条目措辞待填' },
];
const LEADER_LEVELS: readonly Level[] = [
  { code: '流程编号', label: '工作流程', placeholder: '流程措辞待填' },
  { code: '要点编号', label: '监督要点', placeholder: '要点措辞待填' },
  { code: '表现编号', label: '问题表现', placeholder: '表现措辞待填' },
];
const DIMENSION_LEVELS: readonly Level[] = [
  { code: '维度编号', label: '画像维度', placeholder: '维度措辞待填' },
];

const YES = new Set(['是', 'Y', 'y', 'yes', 'true', '1', '√']);

interface Node extends CatalogEntry {
  readonly children: Node[];
}

export async function readCatalogWorkbook(base64: string): Promise<CatalogTree> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch (error) {
    throw new InvalidInput([
      {
        field: 'workbook',
        messages: [`not a readable .xlsx workbook (${(error as Error).message})`],
      },
    ]);
  }
  const sheet = (name: string) => workbook.worksheets.find((ws) => ws.name.trim() === name);
  const [focusSheet, leaderSheet, dimensionSheet] = [
    FOCUS_SHEET,
    LEADER_SHEET,
    DIMENSION_SHEET,
  ].map(sheet);
  if (!focusSheet && !leaderSheet) {
    throw new InvalidInput([
      {
        field: 'workbook',
        messages: [
          `needs a sheet ${FOCUS_SHEET} or ${LEADER_SHEET} (sheets: ${workbook.worksheets.map((ws) => ws.name).join(', ')})`,
        ],
      },
    ]);
  }
  const problems: Array<{ field: string; messages: string[] }> = [];
  const read = (ws: ExcelJS.Worksheet | undefined, levels: readonly Level[]) =>
    ws ? treeOf(ws, levels, problems) : [];
  const focuses = read(focusSheet, FOCUS_LEVELS);
  const processes = read(leaderSheet, LEADER_LEVELS);
  const dimensions = read(dimensionSheet, DIMENSION_LEVELS);
  if (problems.length > 0) throw new InvalidInput(problems);
  return {
    focuses: focuses.map(({ children, ...focus }) => ({ ...focus, items: children.map(leaf) })),
    processes: processes.map(({ children, ...process }) => ({
      ...process,
      points: children.map(({ children: manifestations, ...point }) => ({
        ...point,
        manifestations: manifestations.map(leaf),
      })),
    })),
    portraitDimensions: dimensions.map(leaf),
  };
}

export async function writeCatalogWorkbook(version: CatalogVersion): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xuncha';
  const counts = catalogCounts(version);
  const about = workbook.addWorksheet(ABOUT_SHEET);
  about.addRows([
    ['清单名称', version.title],
    ['版本', version.version],
    ['版本说明', version.label],
    ['生效日期', version.validFrom ?? ''],
    ['失效日期', version.validTo ?? ''],
    ['聚焦/条目', `${counts.focuses} / ${counts.items}`],
    ['流程/要点/表现', `${counts.processes} / ${counts.points} / ${counts.manifestations}`],
    ['画像维度', counts.portraitDimensions],
    ['措辞待填', counts.placeholders],
  ]);
  about.getColumn(1).font = { bold: true };
  about.getColumn(1).width = 16;
  about.getColumn(2).width = 60;
  const rows = (paths: CatalogEntry[][]) =>
    paths.map((path) =>
      path.flatMap((entry) => [entry.code, entry.label, entry.placeholder ? '是' : '']),
    );
  addSheet(
    workbook,
    FOCUS_SHEET,
    FOCUS_LEVELS,
    rows(version.focuses.flatMap((focus) => focus.items.map((item) => [focus, item]))),
  );
  addSheet(
    workbook,
    LEADER_SHEET,
    LEADER_LEVELS,
    rows(
      version.processes.flatMap((process) =>
        process.points.flatMap((point) => point.manifestations.map((m) => [process, point, m])),
      ),
    ),
  );
  addSheet(
    workbook,
    DIMENSION_SHEET,
    DIMENSION_LEVELS,
    rows(version.portraitDimensions.map((d) => [d])),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  levels: readonly Level[],
  rows: unknown[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(levels.flatMap((level) => [level.code, level.label, level.placeholder])).font = {
    bold: true,
  };
  sheet.addRows(rows);
  sheet.columns.forEach((column, index) => {
    column.width = index % 3 === 1 ? 40 : 12;
  });
}

const leaf = ({ children: _, ...entry }: Node): CatalogEntry => entry;

/** The rows of a sheet as a tree, one level per group of columns; blank branch cells repeat the row above. */
function treeOf(
  sheet: ExcelJS.Worksheet,
  levels: readonly Level[],
  problems: Array<{ field: string; messages: string[] }>,
): Node[] {
  const headerRow = sheet.getRow(1);
  const columns = new Map<string, number>();
  headerRow.eachCell((cell, column) => columns.set(text(cell.value), column));
  const missing = levels
    .flatMap((level) => [level.code, level.label])
    .filter((header) => !columns.has(header));
  if (missing.length > 0) {
    problems.push({
      field: `${sheet.name}!1`,
      messages: [`missing columns ${missing.join(', ')}`],
    });
    return [];
  }
  const roots: Node[] = [];
  const last: Array<Node | undefined> = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells = levels.map((level) => ({
      code: text(row.getCell(columns.get(level.code)!).value),
      label: text(row.getCell(columns.get(level.label)!).value),
      placeholder: columns.has(level.placeholder)
        ? YES.has(text(row.getCell(columns.get(level.placeholder)!).value))
        : false,
      at: (header: string) => `${sheet.name}!${columnLetter(columns.get(header)!)}${line}`,
    }));
    if (cells.every((cell) => !cell.code && !cell.label)) return;
    let siblings = roots;
    for (const [depth, cell] of cells.entries()) {
      const level = levels[depth];
      const isLeaf = depth === levels.length - 1;
      let node: Node | undefined;
      if (!cell.code && !cell.label && !isLeaf && last[depth]) {
        node = last[depth];
      } else if (!cell.code || !cell.label) {
        const header = cell.code ? level.label : level.code;
        problems.push({ field: cell.at(header), messages: [`${header} is empty`] });
        return;
      } else {
        node = siblings.find((sibling) => sibling.code === cell.code);
        if (node && !isLeaf && node.label !== cell.label) {
          problems.push({
            field: cell.at(level.label),
            messages: [`${level.code} ${cell.code} already reads '${node.label}'`],
          });
          return;
        }
        if (!node || isLeaf) {
          node = {
            code: cell.code,
            label: cell.label,
            ...(cell.placeholder && { placeholder: true }),
            children: [],
          };
          siblings.push(node);
        }
      }
      if (last[depth] !== node) {
        last[depth] = node;
        last.length = depth + 1;
      }
      siblings = node.children;
    }
  });
  return roots;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return String(value.result ?? '').trim();
    if ('text' in value) return String(value.text).trim();
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}
