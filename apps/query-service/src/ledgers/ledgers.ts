import {
  ASSESSMENT_GRADE_LABELS,
  CLUE_RECIPIENT_LABELS,
  DIRECTIVE_TARGET_LABELS,
  CLUE_STATUS_LABELS,
  DISCIPLINE_CATEGORY_LABELS,
  DISPOSITION_METHOD_LABELS,
  INVOLVED_RANK_LABELS,
  TARGET_TIER_LABELS,
} from '@xuncha/contracts';
import { chinaDay } from '@xuncha/platform-kernel';
import type { Doc, Filter } from '@xuncha/platform-read-models';
import { CLUES, type ClueDoc } from '../projections/clues/clues.projection';
import { DIRECTIVES, type DirectiveDoc } from '../projections/directives/directives.projection';
import {
  IMMEDIATE_ITEMS,
  type ImmediateItemDoc,
} from '../projections/immediate-items/immediate-items.projection';
import {
  FINDINGS,
  type FindingDoc,
  type ProblemStatus,
} from '../projections/problems/problems.projection';
import { CASES, type CaseDoc } from '../projections/rectification/rectification.projection';
import type { Column } from './csv';
import type { LedgerQuery } from './ledger.query';
import type { Names } from '../read/names';

/** A ledger (台账): its documents, filters, sortable fields and export columns. */
export interface Ledger<T extends Doc = Doc & Names> {
  readonly collection: string;
  readonly title: string;
  readonly dateField: string;
  readonly base: Filter;
  readonly filters: (query: LedgerQuery) => Filter;
  /** Fields a client may sort on; the first is the default, newest first. */
  readonly sorts: readonly string[];
  readonly columns: readonly Column<T>[];
}

const label = <K extends string>(labels: Record<K, string>, value?: string) =>
  value === undefined ? undefined : (labels[value as K] ?? value);

const PROBLEM_STATUS: Record<ProblemStatus, string> = {
  recorded: '已发现',
  rectifying: '整改中',
  rectified: '已整改（销号）',
};
const PLAN_STATUS: Record<CaseDoc['planStatus'], string> = {
  due: '待报送',
  submitted: '已报送',
  approved: '审核通过',
  returned: '已退回',
};

const day = (instant?: string) => instant && chinaDay(instant);

const flag = (value?: string) => (value === undefined ? undefined : value === 'true');

const common = (q: LedgerQuery): Filter =>
  Object.fromEntries(
    Object.entries({ targetId: q.targetId, inspectionId: q.inspectionId }).filter(
      ([, v]) => v !== undefined,
    ),
  );

const problems: Ledger<FindingDoc & Names> = {
  collection: FINDINGS,
  title: '问题台账',
  dateField: 'foundAt',
  base: { recorded: true },
  filters: (q) => ({
    ...common(q),
    ...(q.status && { status: q.status }),
    ...(q.focusItem && { focusItem: q.focusItem }),
    ...(q.involvedRank && { involvedRank: q.involvedRank }),
    ...(q.keyProblem && { keyProblem: flag(q.keyProblem) }),
    ...(q.publicConcern && { publicConcern: flag(q.publicConcern) }),
    ...(q.overdue && { overdue: flag(q.overdue) }),
  }),
  sorts: ['foundAt', 'recordedAt', 'focusItem', 'status', 'targetId', 'jurisdiction', 'amount'],
  columns: [
    { header: '问题编号', value: (f) => f._id },
    { header: '发现日期', value: (f) => day(f.foundAt) },
    { header: '区划代码', value: (f) => f.jurisdiction },
    { header: '层级', value: (f) => label(TARGET_TIER_LABELS, f.tier) },
    { header: '被巡察对象', value: (f) => f.targetName ?? f.targetId },
    { header: '轮次', value: (f) => f.roundLabel ?? f.roundId },
    { header: '问题表述', value: (f) => f.title },
    { header: '监督重点条目', value: (f) => f.focusItem },
    { header: '清单版本', value: (f) => f.catalogVersion },
    { header: '涉及人员层级', value: (f) => label(INVOLVED_RANK_LABELS, f.involvedRank) },
    { header: '涉及金额', value: (f) => f.amount },
    { header: '重点问题', value: (f) => f.keyProblem ?? false },
    { header: '群众急难愁盼', value: (f) => f.publicConcern ?? false },
    { header: '已反馈', value: (f) => f.fedBack },
    { header: '整改状态', value: (f) => PROBLEM_STATUS[f.status] },
    { header: '销号日期', value: (f) => day(f.signedOffAt) },
    { header: '逾期', value: (f) => f.overdue },
  ],
};

const clues: Ledger<ClueDoc & Names> = {
  collection: CLUES,
  title: '问题线索台账',
  dateField: 'identifiedAt',
  base: {},
  filters: (q) => ({
    ...common(q),
    ...(q.status && { status: q.status }),
    ...(q.involvedRank && { involvedRank: q.involvedRank }),
    ...(q.discipline && { discipline: q.discipline }),
    ...(q.overdue && { overdue: flag(q.overdue) }),
  }),
  sorts: [
    'identifiedAt',
    'recordedAt',
    'transferredAt',
    'dueBy',
    'status',
    'targetId',
    'jurisdiction',
  ],
  columns: [
    { header: '线索编号', value: (c) => c._id },
    { header: '移交编号', value: (c) => c.transferNumber },
    { header: '发现日期', value: (c) => day(c.identifiedAt) },
    { header: '区划代码', value: (c) => c.jurisdiction },
    { header: '层级', value: (c) => label(TARGET_TIER_LABELS, c.tier) },
    { header: '被巡察对象', value: (c) => c.targetName ?? c.targetId },
    { header: '轮次', value: (c) => c.roundLabel ?? c.roundId },
    { header: '涉及人员层级', value: (c) => label(INVOLVED_RANK_LABELS, c.involvedRank) },
    { header: '违纪类别', value: (c) => label(DISCIPLINE_CATEGORY_LABELS, c.discipline) },
    { header: '边巡边移', value: (c) => c.urgent },
    { header: '移交对象', value: (c) => label(CLUE_RECIPIENT_LABELS, c.recipient) },
    { header: '移交日期', value: (c) => day(c.transferredAt) },
    { header: '反馈时限', value: (c) => c.dueBy },
    { header: '状态', value: (c) => label(CLUE_STATUS_LABELS, c.status) },
    { header: '处置方式', value: (c) => label(DISPOSITION_METHOD_LABELS, c.method) },
    { header: '立案', value: (c) => c.caseFiled },
    { header: '党纪政务处分人数', value: (c) => c.sanctionedPersons },
    { header: '移送司法人数', value: (c) => c.judicialTransfers },
    { header: '组织处理人数', value: (c) => c.organizationalHandling },
    { header: '追缴/挽回金额', value: (c) => c.fundsRecovered },
    { header: '逾期督办', value: (c) => c.overdue },
  ],
};

const rectification: Ledger<CaseDoc & Names> = {
  collection: CASES,
  title: '整改台账',
  dateField: 'openedAt',
  base: {},
  filters: (q) => ({
    ...common(q),
    ...(q.status && { planStatus: q.status }),
    ...(q.overdue && { overdue: flag(q.overdue) }),
  }),
  sorts: ['openedAt', 'planDueBy', 'reportDueBy', 'targetId', 'jurisdiction', 'signedOff'],
  columns: [
    { header: '整改编号', value: (c) => c._id },
    { header: '被巡察单位', value: (c) => c.targetName },
    { header: '轮次', value: (c) => c.roundLabel ?? c.roundId },
    { header: '区划代码', value: (c) => c.jurisdiction },
    { header: '层级', value: (c) => label(TARGET_TIER_LABELS, c.tier) },
    { header: '启动日期', value: (c) => day(c.openedAt) },
    { header: '整改事项数', value: (c) => c.itemCount },
    { header: '已销号数', value: (c) => c.signedOff },
    { header: '整改方案状态', value: (c) => PLAN_STATUS[c.planStatus] },
    { header: '整改方案时限', value: (c) => c.planDueBy },
    { header: '整改报告时限', value: (c) => c.reportDueBy },
    { header: '整改报告报送日期', value: (c) => day(c.reportSubmittedAt) },
    { header: '建章立制数', value: (c) => c.rulesEstablished },
    { header: '挽回/追缴金额', value: (c) => c.fundsRecovered },
    { header: '成效评估', value: (c) => label(ASSESSMENT_GRADE_LABELS, c.grade) },
    { header: '约谈人数', value: (c) => c.admonished },
    { header: '逾期', value: (c) => c.overdue },
    { header: '已结束', value: (c) => c.closed },
  ],
};

const immediateItems: Ledger<ImmediateItemDoc & Names> = {
  collection: IMMEDIATE_ITEMS,
  title: '立行立改台账',
  dateField: 'assignedAt',
  base: {},
  filters: (q) => ({
    ...common(q),
    ...(q.status && { done: q.status === 'done' }),
  }),
  sorts: ['assignedAt', 'dueBy', 'targetId', 'jurisdiction'],
  columns: [
    { header: '事项编号', value: (i) => i._id },
    { header: '被巡察单位', value: (i) => i.targetName },
    { header: '区划代码', value: (i) => i.jurisdiction },
    { header: '事项', value: (i) => i.title },
    { header: '交办日期', value: (i) => day(i.assignedAt) },
    { header: '完成时限', value: (i) => i.dueBy },
    { header: '已完成', value: (i) => i.done },
    { header: '完成日期', value: (i) => day(i.doneAt) },
  ],
};

/** 书记点人点事台账: each directive of the secretary meetings, its owner, due day and closing. */
const directives: Ledger<DirectiveDoc & Names> = {
  collection: DIRECTIVES,
  title: '书记点人点事台账',
  dateField: 'heardAt',
  base: { heardAt: { $exists: true } },
  filters: (q) => ({
    ...common(q),
    ...(q.status && { closed: q.status === 'closed' }),
    ...(q.overdue && { overdue: flag(q.overdue) }),
  }),
  sorts: ['heardAt', 'dueBy', 'targetId', 'jurisdiction'],
  columns: [
    { header: '被巡察对象', value: (d) => d.targetName ?? d.targetId },
    { header: '区划代码', value: (d) => d.jurisdiction },
    { header: '轮次', value: (d) => d.roundLabel ?? d.roundId },
    { header: '听取日期', value: (d) => day(d.heardAt) },
    { header: '类别', value: (d) => label(DIRECTIVE_TARGET_LABELS, d.pointsAt) },
    { header: '所点内容', value: (d) => d.subject },
    { header: '责任部门', value: (d) => d.owner },
    { header: '办理时限', value: (d) => d.dueBy },
    { header: '已办结', value: (d) => d.closed },
    { header: '办结日期', value: (d) => day(d.closedAt) },
    { header: '逾期', value: (d) => d.overdue },
  ],
};

export const LEDGERS = {
  problems,
  clues,
  rectification,
  'immediate-items': immediateItems,
  directives,
} as unknown as Record<string, Ledger>;
