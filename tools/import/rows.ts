/** The columns of each ledger sheet and the local checks that turn a row into an API body. */
import {
  TALK_GROUP_LABELS,
  TALK_GROUPS,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  TARGET_TIERS,
  TARGET_TIER_LABELS,
} from '@xuncha/contracts';
import { isJurisdictionCode, uuidFromHash } from '@xuncha/platform-kernel';
import type { LedgerRow, LedgerSheet, SheetKind } from './read';

interface Column {
  header: string;
  /** Other headers accepted for the column (the API's field name). */
  aliases: string[];
  required: boolean;
  /**
   * A later state of the row (a report, a sign-off, an outcome): not part of
   * its identity, so a ledger re-imported with the state advanced adds the
   * later steps to the records already there instead of new records.
   */
  state: boolean;
}

const col = (header: string, alias: string, required: boolean, state = false): Column => ({
  header,
  aliases: [alias],
  required,
  state,
});
const later = (header: string, alias: string): Column => col(header, alias, false, true);

export const COLUMNS: Record<SheetKind, Column[]> = {
  targets: [
    col('名称', 'name', true),
    col('类别', 'category', true),
    col('层级', 'tier', true),
    col('区划代码', 'jurisdiction', true),
    col('人数', 'headcount', true),
    col('上级单位', 'parent', false),
    col('主要负责人', 'leader', false),
  ],
  cadres: [
    col('姓名', 'name', true),
    col('区划代码', 'jurisdiction', true),
    col('所在单位', 'homeUnit', false),
    col('人才库', 'pools', false),
    col('专长', 'expertise', false),
  ],
  termPlans: [
    col('名称', 'name', true),
    col('区划代码', 'jurisdiction', true),
    col('开始日期', 'from', true),
    col('结束日期', 'to', true),
    col('巡察对象', 'targets', false),
  ],
  rounds: [
    col('巡察规划', 'termPlan', false),
    col('轮次', 'ordinal', true),
    col('类型', 'kind', true),
    col('方式', 'modes', false),
    col('主题', 'theme', false),
    col('开始日期', 'from', true),
    col('结束日期', 'to', true),
    col('监督重点清单', 'catalog', false),
  ],
  teams: [
    col('轮次', 'ordinal', true),
    col('组长', 'leader', true),
    col('副组长', 'deputies', false),
    col('联络员', 'liaison', true),
    col('组员', 'members', false),
    col('巡察对象', 'targets', true),
  ],
  inspections: [
    col('轮次', 'ordinal', true),
    col('巡察对象', 'target', true),
    col('进驻日期', 'stationedOn', true),
    col('举报渠道', 'channels', true),
    ...TALK_GROUPS.map((group) => col(TALK_GROUP_LABELS[group], group, false)),
    col('谈话日期', 'talkedOn', false),
    col('问卷人数', 'questionnaires', false),
    col('测评人数', 'evaluations', false),
    later('巡察报告', 'report'),
    later('报告日期', 'reportedOn'),
    later('听取日期', 'heardOn'),
    later('点人点事', 'directives'),
    later('反馈日期', 'deliveredOn'),
    later('抄送', 'copiedTo'),
  ],
  findings: [
    col('轮次', 'ordinal', true),
    col('巡察对象', 'target', true),
    col('编号', 'ref', false),
    col('村', 'village', false),
    col('问题', 'title', true),
    col('问题描述', 'description', false),
    col('监督重点', 'focusItem', true),
    col('涉及层级', 'involvedRank', true),
    col('金额', 'amount', false),
    col('立行立改', 'immediate', false),
    col('发现日期', 'foundOn', false),
    later('整改状态', 'state'),
    later('整改措施', 'measures'),
    later('责任人', 'responsible'),
    later('整改时限', 'deadline'),
    later('销号日期', 'signedOffOn'),
    later('销号依据', 'evidence'),
  ],
  clues: [
    col('轮次', 'ordinal', true),
    col('巡察对象', 'target', true),
    col('问题编号', 'findingRef', false),
    col('村', 'village', false),
    col('姓名', 'name', true),
    col('职务', 'position', true),
    col('职级', 'rank', true),
    col('线索内容', 'allegation', true),
    col('违纪类别', 'discipline', true),
    col('紧急', 'urgent', false),
    col('发现日期', 'identifiedOn', false),
    later('移交对象', 'recipient'),
    later('会商意见', 'note'),
    later('会商日期', 'assessedOn'),
    later('移交日期', 'transferredOn'),
    later('签收日期', 'receivedOn'),
    later('处置方式', 'method'),
    later('处置日期', 'decidedOn'),
    later('立案', 'caseFiled'),
    later('处分人数', 'sanctionedPersons'),
    later('移送司法', 'judicialTransfers'),
    later('组织处理', 'organizationalHandling'),
    later('追缴金额', 'fundsRecovered'),
    later('办结', 'final'),
    later('报告日期', 'reportedOn'),
  ],
  cases: [
    col('轮次', 'ordinal', true),
    col('巡察对象', 'target', true),
    col('村', 'village', false),
    later('方案审核日期', 'planApprovedOn'),
    later('整改报告', 'report'),
    later('报送日期', 'reportedOn'),
    later('建章立制', 'rulesEstablished'),
    later('追缴资金', 'fundsRecovered'),
    later('成效评价', 'grade'),
    later('评估日期', 'assessedOn'),
  ],
};

/** The cells that identify a row (its state columns left out): what its Idempotency-Keys hash. */
export function identityCells(
  kind: SheetKind,
  cells: Record<string, string>,
): Record<string, string> {
  const state = new Set(COLUMNS[kind].filter((c) => c.state).map((c) => c.header));
  return Object.fromEntries(Object.entries(cells).filter(([header]) => !state.has(header)));
}

/** The required columns a sheet lacks (an unusable sheet), by their Chinese header. */
export function missingColumns(sheet: LedgerSheet): string[] {
  return COLUMNS[sheet.kind]
    .filter((column) => column.required && !headerOf(sheet, column))
    .map((column) => column.header);
}

function headerOf(sheet: LedgerSheet, column: Column): string | undefined {
  return [column.header, ...column.aliases].find((name) => sheet.headers.includes(name));
}

/** The row's cells keyed by the canonical Chinese header, whatever the sheet called them. */
export function canonicalCells(sheet: LedgerSheet, row: LedgerRow): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const column of COLUMNS[sheet.kind]) {
    const header = headerOf(sheet, column);
    cells[column.header] = header ? (row.cells[header] ?? '') : '';
  }
  return cells;
}

/**
 * The Idempotency-Key of a row: a UUID (version 4 layout) from the sha256 of
 * the file's base name, the sheet and the row's content (not its line; its
 * identity cells for the sheets with state columns), so a re-run of the same
 * file answers the first ids and stores nothing new.
 */
export function rowKey(basename: string, sheet: string, cells: Record<string, string>): string {
  return uuidOf(`xuncha-import:${basename}:${sheet}:${JSON.stringify(Object.entries(cells))}`);
}

/** The Idempotency-Key of one step of a row, named `<row key>:<step>`. */
export function stepKey(step: string): string {
  return uuidOf(`xuncha-import-step:${step}`);
}

/** Version 4 layout: the keys of rows imported before stay the same. */
function uuidOf(text: string): string {
  return uuidFromHash(text, { version: 4, variant: 'hashed' });
}

/** A cell's value from a closed set: the API value, its Chinese label or a common short form. */
export function fromLabel<T extends string>(
  text: string,
  values: readonly T[],
  labels: Record<T, string>,
  aliases: Partial<Record<string, T>> = {},
): T | undefined {
  const normal = text.trim();
  const alias = Object.hasOwn(aliases, normal) ? aliases[normal] : undefined;
  return values.find((value) => value === normal || labels[value] === normal) ?? alias;
}

export const POOL_LABELS = { leader: '组长库', talent: '人才库' } as const;
type Pool = keyof typeof POOL_LABELS;

/** Splits a list cell on ASCII or Chinese commas, 、 and semicolons. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

export interface TargetRow {
  name: string;
  category: string;
  tier: string;
  jurisdiction: string;
  headcount: number;
  leader?: string;
  /** Name of the parent target (上级单位), resolved to an id before the POST. */
  parent?: string;
}

export interface CadreRow {
  name: string;
  jurisdiction: string;
  pools: Pool[];
  expertise: string[];
  /** Name of the home unit (所在单位), resolved to a target id before the POST. */
  homeUnit?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const list = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([value, label]) => `${label} (${value})`)
    .join(', ');

function checkCode(code: string, problems: string[]): void {
  if (!code) problems.push('区划代码 is empty');
  else if (!isJurisdictionCode(code)) {
    problems.push(`区划代码 '${code}' is not a division code of 6, 9 or 12 digits (e.g. 611000)`);
  }
}

export function checkTarget(cells: Record<string, string>): Checked<TargetRow> {
  const problems: string[] = [];
  const name = cells['名称'];
  if (!name) problems.push('名称 is empty');
  else if (name.length > 200) problems.push('名称 is longer than 200 characters');
  const category = fromLabel(cells['类别'], TARGET_CATEGORIES, TARGET_CATEGORY_LABELS);
  if (!category) {
    problems.push(
      `类别 '${cells['类别']}' is not one of ${list(TARGET_CATEGORY_LABELS as Record<string, string>)}`,
    );
  }
  const tier = fromLabel(cells['层级'], TARGET_TIERS, TARGET_TIER_LABELS);
  if (!tier) {
    problems.push(
      `层级 '${cells['层级']}' is not one of ${list(TARGET_TIER_LABELS as Record<string, string>)}`,
    );
  }
  checkCode(cells['区划代码'], problems);
  const headcount = Number(cells['人数']);
  if (!/^\d+$/.test(cells['人数']) || !Number.isSafeInteger(headcount)) {
    problems.push(`人数 '${cells['人数']}' is not a whole number`);
  }
  const leader = cells['主要负责人'];
  if (leader.length > 50) problems.push('主要负责人 is longer than 50 characters');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      category: category!,
      tier: tier!,
      jurisdiction: cells['区划代码'],
      headcount,
      ...(leader && { leader }),
      ...(cells['上级单位'] && { parent: cells['上级单位'] }),
    },
  };
}

export function checkCadre(cells: Record<string, string>): Checked<CadreRow> {
  const problems: string[] = [];
  const name = cells['姓名'];
  if (!name) problems.push('姓名 is empty');
  else if (name.length > 50) problems.push('姓名 is longer than 50 characters');
  checkCode(cells['区划代码'], problems);
  const pools: Pool[] = [];
  for (const label of splitList(cells['人才库'])) {
    const pool = fromLabel(label, Object.keys(POOL_LABELS) as Pool[], POOL_LABELS);
    if (pool) pools.push(pool);
    else problems.push(`人才库 '${label}' is not one of ${list(POOL_LABELS)}`);
  }
  const expertise = splitList(cells['专长']);
  if (expertise.length > 20) problems.push('专长 lists more than 20 items');
  for (const item of expertise) {
    if (item.length > 50) problems.push(`专长 '${item}' is longer than 50 characters`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      jurisdiction: cells['区划代码'],
      pools: [...new Set(pools)],
      expertise,
      ...(cells['所在单位'] && { homeUnit: cells['所在单位'] }),
    },
  };
}
