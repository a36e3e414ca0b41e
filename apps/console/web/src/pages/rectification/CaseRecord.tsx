import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { get } from '../../api';
import { Unreachable } from '../../Unreachable';
import { AssessmentCard } from './AssessmentCard';
import { DisclosureCard } from './DisclosureCard';
import { ItemsCard } from './ItemsCard';
import { PlanCard } from './PlanCard';
import { ReportCard } from './ReportCard';
import { SupervisionCard } from './SupervisionCard';
import { PLAN_STATUS, type CaseView } from './labels';

const STAGES = ['整改方案', '整改落实', '整改报告', '成效评估', '整改结束'];
function stageOf(view: CaseView): number {
  if (view.status === 'closed') return 4;
  if (view.assessment) return 3;
  if (view.report && view.report.status !== 'due') return 2;
  return view.plan.status === 'approved' ? 1 : 0;
}

/** One rectification case (整改), from the plan to the close, each step to the role whose it is. */
export default function CaseRecord() {
  const { id = '' } = useParams();
  const found = useQuery({
    queryKey: ['case', id],
    queryFn: () => get(`/api/rectification/v1/rectification-cases/${id}`),
  });
  if (found.error) return <Unreachable error={found.error} what="该整改" />;
  const view = found.data;
  if (!view) return <Card loading />;
  return (
    <>
      <Typography.Title level={3}>
        整改：{view.targetName}
        {view.village ? ` · ${view.village.villageName}` : ''}
      </Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Steps current={stageOf(view)} items={STAGES.map((title) => ({ title }))} />
          <Descriptions size="small" column={4} style={{ marginTop: 16 }}>
            <Descriptions.Item label="反馈日期">{view.openedAt.slice(0, 10)}</Descriptions.Item>
            <Descriptions.Item label="整改方案">
              {PLAN_STATUS[view.plan.status]}，{view.planDueBy} 前报送
            </Descriptions.Item>
            <Descriptions.Item label="整改报告">{view.reportDueBy} 前报送</Descriptions.Item>
            <Descriptions.Item label="逾期">
              {view.overdueRaised.length > 0 ? (
                <Tag color="#b3261e">逾期 {view.overdueRaised.length} 项</Tag>
              ) : (
                '无'
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {view.plan.status === 'approved' && <ItemsCard view={view} />}
        <PlanCard view={view} />
        <ReportCard view={view} />
        <AssessmentCard view={view} />
        <SupervisionCard view={view} />
        <DisclosureCard view={view} />
      </Space>
    </>
  );
}
