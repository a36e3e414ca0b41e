import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../session';
import { late, stagesOf, useOpenCases, type CaseStage } from './cases';
import { Step, Waiting, When } from './Waiting';
import { oldestFirst } from './waits';

interface Due {
  id: string;
  stage: CaseStage;
  what: 'plan' | 'report';
  dueBy: string;
}

/**
 * 被巡察党组织: what its rectification waits for from it, the nearest deadline first: the plan
 * while it is due or returned, then the progress and the report until the report is in.
 */
export default function InspectedHome() {
  const { principal } = useSession();
  const cases = useOpenCases();
  // The service answers only the organization's own cases; a person with another role as well
  // is answered the jurisdiction's, so the organization's are picked by its id.
  const own = (cases.data?.items ?? []).filter((c) => c.organizationId === principal.sub);
  const stages = stagesOf(own);
  const due = oldestFirst(
    stages.flatMap((stage): Due[] => {
      const { planStatus, planDueBy } = stage.summary;
      if (planStatus === 'due' || planStatus === 'returned') {
        return [{ id: `${stage.id}:plan`, stage, what: 'plan', dueBy: planDueBy }];
      }
      if (planStatus === 'approved' && (stage.report === 'due' || stage.report === 'returned')) {
        return [{ id: `${stage.id}:report`, stage, what: 'report', dueBy: stage.reportDueBy }];
      }
      return [];
    }),
    (d) => d.dueBy,
  );
  return (
    <Card title={`待办的整改（${due.length}）`} loading={cases.isLoading}>
      <Waiting
        items={due}
        empty="没有待办的整改"
        render={(d) => {
          const lateItems = d.stage.summary.overdue.filter((o) => o.what === 'item').length;
          return (
            <>
              <span>
                <Link to={`/rectification/${d.stage.id}`}>{d.stage.summary.targetName}</Link>{' '}
                <Step>
                  {d.what === 'plan' ? '提交整改方案' : '整改进展与整改报告'}
                  {(d.what === 'plan' ? d.stage.summary.planStatus : d.stage.report) ===
                    'returned' && '（已退回）'}
                </Step>
                {d.what === 'report' && lateItems > 0 && (
                  <Tag color="#b3261e">{lateItems}项整改事项逾期</Tag>
                )}
              </span>
              <When day={d.dueBy} late={late(d.stage, d.what)} />
            </>
          );
        }}
      />
    </Card>
  );
}
