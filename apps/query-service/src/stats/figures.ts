import type { Filter } from '@xuncha/platform-read-models';
import { CLUES } from '../projections/clues/clues.projection';
import { DIRECTIVES } from '../projections/directives/directives.projection';
import { IMMEDIATE_ITEMS } from '../projections/immediate-items/immediate-items.projection';
import { FINDINGS } from '../projections/problems/problems.projection';
import { RESULT_USE_KINDS, RESULT_USE_KIND_LABELS } from '@xuncha/contracts';
import { CASES } from '../projections/rectification/rectification.projection';
import { RESULT_USES } from '../projections/result-uses/result-uses.projection';

/** A figure of /stats counted from one collection: what its drill-down lists. */
export interface CountedFigure {
  readonly collection: string;
  /** The document date a period (from/to) applies to. */
  readonly dateField: string;
  readonly filter: Filter;
  readonly label: string;
}

export const TARGET_FIGURES = {
  'targets.inScope': '应巡察对象',
  'targets.inspected': '已巡察对象',
  'targets.uninspected': '未巡察对象',
} as const;
export type TargetFigure = keyof typeof TARGET_FIGURES;

const transferred = { transferred: true };

/**
 * Figures and the records behind them. Problems found are findings recorded
 * (发现问题), by the day they were found; rectified are those whose item is signed off and
 * not reopened.
 * Clue figures count transferred clues (移交), by their transfer time.
 */
const RECORD_FIGURES = {
  'problems.found': {
    collection: FINDINGS,
    dateField: 'foundAt',
    filter: { recorded: true },
    label: '发现问题',
  },
  'problems.rectified': {
    collection: FINDINGS,
    dateField: 'foundAt',
    filter: { recorded: true, rectified: true },
    label: '已整改（已销号）问题',
  },
  'problems.unrectified': {
    collection: FINDINGS,
    dateField: 'foundAt',
    filter: { recorded: true, rectified: false },
    label: '未整改到位问题',
  },
  'problems.key': {
    collection: FINDINGS,
    dateField: 'foundAt',
    filter: { recorded: true, keyProblem: true },
    label: '重点问题',
  },
  'problems.keyRectified': {
    collection: FINDINGS,
    dateField: 'foundAt',
    filter: { recorded: true, keyProblem: true, rectified: true },
    label: '已整改重点问题',
  },
  'problems.publicConcerns': {
    collection: FINDINGS,
    dateField: 'foundAt',
    filter: { recorded: true, publicConcern: true },
    label: '群众急难愁盼问题',
  },
  'problems.publicConcernsSolved': {
    collection: FINDINGS,
    dateField: 'foundAt',
    filter: { recorded: true, publicConcern: true, rectified: true },
    label: '已解决群众急难愁盼问题',
  },
  'clues.transferred': {
    collection: CLUES,
    dateField: 'transferredAt',
    filter: transferred,
    label: '移交问题线索',
  },
  'clues.concluded': {
    collection: CLUES,
    dateField: 'transferredAt',
    filter: { ...transferred, concluded: true },
    label: '已办结线索',
  },
  'clues.unconcluded': {
    collection: CLUES,
    dateField: 'transferredAt',
    filter: { ...transferred, concluded: false },
    label: '未办结线索',
  },
  'clues.casesFiled': {
    collection: CLUES,
    dateField: 'transferredAt',
    filter: { ...transferred, caseFiled: true },
    label: '立案',
  },
  'clues.sanctionedPersons': {
    collection: CLUES,
    dateField: 'transferredAt',
    filter: { ...transferred, sanctionedPersons: { $gt: 0 } },
    label: '党纪政务处分',
  },
  'clues.judicialTransfers': {
    collection: CLUES,
    dateField: 'transferredAt',
    filter: { ...transferred, judicialTransfers: { $gt: 0 } },
    label: '移送司法机关',
  },
  'clues.fundsRecovered': {
    collection: CLUES,
    dateField: 'transferredAt',
    filter: { ...transferred, fundsRecovered: { $gt: 0 } },
    label: '追缴/挽回金额',
  },
  rulesEstablished: {
    collection: CASES,
    dateField: 'openedAt',
    filter: { rulesEstablished: { $gt: 0 } },
    label: '建章立制',
  },
  'directives.issued': {
    collection: DIRECTIVES,
    dateField: 'heardAt',
    filter: { heardAt: { $exists: true } },
    label: '书记点人点事',
  },
  'directives.closed': {
    collection: DIRECTIVES,
    dateField: 'heardAt',
    filter: { heardAt: { $exists: true }, closed: true },
    label: '已办结点人点事',
  },
  'directives.overdue': {
    collection: DIRECTIVES,
    dateField: 'heardAt',
    filter: { heardAt: { $exists: true }, overdue: true },
    label: '逾期未办结点人点事',
  },
  immediateItems: {
    collection: IMMEDIATE_ITEMS,
    dateField: 'assignedAt',
    filter: {},
    label: '立行立改事项',
  },
} as const satisfies Record<string, CountedFigure>;

/** 成果运用: one figure per kind (`resultUses.recommendation-letter`, …), by the day sent. */
type ResultUseFigure = `resultUses.${(typeof RESULT_USE_KINDS)[number]}`;
export const RESULT_USE_FIGURES = Object.fromEntries(
  RESULT_USE_KINDS.map((kind): [ResultUseFigure, CountedFigure] => [
    `resultUses.${kind}`,
    {
      collection: RESULT_USES,
      dateField: 'sentAt',
      filter: { kind },
      label: RESULT_USE_KIND_LABELS[kind],
    },
  ]),
) as Record<ResultUseFigure, CountedFigure>;
export const COUNTED_FIGURES = { ...RECORD_FIGURES, ...RESULT_USE_FIGURES };
export type CountedFigureName = keyof typeof COUNTED_FIGURES;

export const FIGURE_NAMES = [
  ...Object.keys(TARGET_FIGURES),
  ...Object.keys(COUNTED_FIGURES),
] as Array<TargetFigure | CountedFigureName>;
