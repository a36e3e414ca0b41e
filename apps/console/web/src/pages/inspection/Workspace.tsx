import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { get, post, type Schema } from '../../api';
import { useProblems } from '../../problems';
import { INSPECTION_STATUS_LABELS, REPORTING_CHANNEL_LABELS } from '../../vocabulary';
import { CluesCard } from './CluesCard';
import { FindingsCard } from './FindingsCard';
import { ImmediateItemsCard } from './ImmediateItemsCard';
import { StationingCard } from './StationingCard';
import { TalksCard } from './TalksCard';

export type InspectionView = Schema<'inspection', 'InspectionView'>;

/** The stages of an inspection as the team walks them, and the statuses each covers. */
const STAGES: Array<[string, string[]]> = [
  ['进驻', ['opened']],
  ['谈话与调研', ['stationed']],
  ['报告', ['report-drafted', 'report-revised', 'report-approved', 'report-consulted']],
  ['反馈', ['report-heard', 'feedback-delivered', 'closed']],
];

/** The inspection's record, refreshed after each step. */
export function useInspection(id: string) {
  return useQuery({
    queryKey: ['inspection', id],
    queryFn: () => get(`/api/inspection/v1/inspections/${id}`),
  });
}

/**
 * 巡察工作台: one inspection, stage by stage. Each card says what its step needs; a step the
 * rules refuse says why beside the button, before and after it is tried.
 */
export default function Workspace() {
  const { id = '' } = useParams();
  const inspection = useInspection(id);
  const view = inspection.data;
  if (!view) return <Card loading={inspection.isLoading} />;
  const stage = STAGES.findIndex(([, statuses]) => statuses.includes(view.status));
  return (
    <>
      <Typography.Title level={3}>巡察工作台：{view.target.targetName}</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Steps current={stage} items={STAGES.map(([title]) => ({ title }))} />
          <Descriptions size="small" column={3} style={{ marginTop: 16 }}>
            <Descriptions.Item label="进度">
              <Tag>{INSPECTION_STATUS_LABELS[view.status] ?? view.status}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="干部职工人数">{view.target.headcount}</Descriptions.Item>
            <Descriptions.Item label="举报渠道">
              {view.stationing
                ? view.stationing.channels.map((c) => REPORTING_CHANNEL_LABELS[c]).join('、')
                : '进驻时公布'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {view.stationing ? (
          <>
            <TalksCard view={view} />
            <FindingsCard view={view} />
            <ImmediateItemsCard view={view} />
            <CluesCard view={view} />
            <ReportCard view={view} />
          </>
        ) : (
          <StationingCard view={view} />
        )}
      </Space>
    </>
  );
}

/** 起草报告: refused while the talks fall short; the reason stays beside the button. */
function ReportCard({ view }: { view: InspectionView }) {
  const queryClient = useQueryClient();
  const show = useProblems();
  const [refusal, setRefusal] = useState<string>();
  const [summary] = useState(`关于对${view.target.targetName}党组织巡察情况的报告`);
  // A refusal speaks of the inspection as it was: any later step clears it.
  useEffect(() => setRefusal(undefined), [view.revision]);
  const draft = useMutation({
    mutationFn: () => post(`/api/inspection/v1/inspections/${view.id}/report`, { summary }),
    onSuccess: () => {
      setRefusal(undefined);
      void queryClient.invalidateQueries({ queryKey: ['inspection', view.id] });
    },
    onError: (error) => setRefusal(show(error)),
  });
  const drafted = view.report.stage !== 'none';
  return (
    <Card title="巡察报告">
      {drafted ? (
        <Typography.Paragraph>
          报告已起草（{INSPECTION_STATUS_LABELS[view.status] ?? view.status}）。
        </Typography.Paragraph>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {!view.coverage.met && (
            <Alert
              type="warning"
              showIcon
              message="起草报告前须完成个别谈话：谈话人数达到要求，必谈对象均已谈话。"
            />
          )}
          {refusal && (
            <Alert type="error" showIcon message={refusal} data-testid="report-refusal" />
          )}
          <Button type="primary" onClick={() => draft.mutate()} loading={draft.isPending}>
            起草报告
          </Button>
        </Space>
      )}
    </Card>
  );
}
