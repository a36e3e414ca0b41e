import type { Schema } from '../../api';

export type ClueSummary = Schema<'clue', 'ClueSummary'>;
export type ClueView = Schema<'clue', 'ClueView'>;

/** A clue's steps as its trail names them (the clue service's event types). */
export const CLUE_STEP_LABELS: Record<string, string> = {
  ClueRegistered: '登记',
  ClueAssessed: '集体会商',
  ClueTransferred: '移交',
  ClueReceived: '签收',
  ClueDisposed: '确定处置方式',
  ClueOutcomeReported: '报告办理结果',
  ClueConcluded: '办结',
  ClueOverdueRaised: '逾期督办',
  CluePersonalDataErased: '删除个人信息',
};

/** What the holder of a clue does next, by its status. */
export const CLUE_NEXT_STEP: Record<string, string> = {
  registered: '待集体会商',
  assessed: '待移交',
  transferred: '待签收',
  received: '待确定处置方式',
  disposed: '待报告办理结果',
};
