import { useQuery } from '@tanstack/react-query';
import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import { get } from '../../api';
import { Waiting } from './Waiting';

/** What the next step of an inspection at each status is, as the team reads it. */
const NEXT_STEP: Record<string, string> = {
  opened: '待进驻',
  stationed: '谈话与调研，完成后起草报告',
  'report-drafted': '报告待组长审定',
  'report-revised': '报告待组长审定',
  'report-approved': '待书记专题会听取',
  'report-consulted': '待书记专题会听取',
  'report-heard': '待反馈',
};

/** The team's own inspections still in hand, each with its next step. */
export default function TeamHome() {
  const inspections = useQuery({
    queryKey: ['inspections', 'mine'],
    queryFn: () => get('/api/inspection/v1/inspections?limit=100'),
  });
  const inHand = (inspections.data?.items ?? []).filter((i) => NEXT_STEP[i.status]);
  return (
    <Card title={`进行中的巡察（${inHand.length}）`} loading={inspections.isLoading}>
      <Waiting
        items={inHand}
        empty="没有进行中的巡察"
        render={(i) => (
          <>
            <Link to={`/inspections/${i.id}`}>{i.targetName}</Link>
            <Tag color="#3b4a6b">{NEXT_STEP[i.status]}</Tag>
          </>
        )}
      />
    </Card>
  );
}
