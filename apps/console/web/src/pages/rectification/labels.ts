import type { Schema } from '../../api';

export type CaseView = Schema<'rectification', 'RectificationCaseView'>;
export type CaseItem = CaseView['items'][number];

export const PLAN_STATUS: Record<CaseView['plan']['status'], string> = {
  due: '待报送',
  submitted: '待审核',
  returned: '已退回',
  approved: '已通过',
};
export const REPORT_STATUS: Record<NonNullable<CaseView['report']>['status'], string> = {
  due: '待报送',
  submitted: '待审核',
  returned: '已退回',
  accepted: '已通过',
};
/** What a plan item lacks, as the screening (过筛子) names it. */
export const MISSING_LABELS: Record<string, string> = {
  measures: '整改措施',
  responsible: '责任人',
  deadline: '整改时限',
};
