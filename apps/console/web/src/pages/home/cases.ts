import { useQuery } from '@tanstack/react-query';
import { get, type Schema } from '../../api';
import { isPast } from './waits';

export type CaseSummary = Schema<'rectification', 'RectificationCaseSummary'>;

/** The open rectification cases within the person's reach (the inspected organization: its own). */
export function useOpenCases() {
  return useQuery({
    queryKey: ['cases', 'home'],
    queryFn: () => get('/api/rectification/v1/rectification-cases?status=open&limit=100'),
  });
}

/** A case with where its report stands and the report's deadline in force. */
export interface CaseStage {
  id: string;
  summary: CaseSummary;
  report: CaseSummary['reportStatus'];
  /** A re-rectification notice sets a new one. */
  reportDueBy: string;
}

export function stagesOf(cases: CaseSummary[]): CaseStage[] {
  return cases.map((summary) => ({
    id: summary.id,
    summary,
    report: summary.reportStatus,
    reportDueBy: summary.reportDueBy,
  }));
}

/** Whether the plan's or the report's deadline has passed unmet: raised by the service or past. */
export function late(stage: CaseStage, what: 'plan' | 'report'): boolean {
  const due = what === 'plan' ? stage.summary.planDueBy : stage.reportDueBy;
  return stage.summary.overdue.some((o) => o.what === what) || isPast(due);
}
