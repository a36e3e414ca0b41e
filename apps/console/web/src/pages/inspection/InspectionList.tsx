import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { get, type Schema } from '../../api';
import { useSession } from '../../session';
import { INSPECTION_STATUS_LABELS } from '../../vocabulary';

type Summary = Schema<'inspection', 'InspectionSummary'>;

/**
 * 我的巡察: the inspections of the signed-in cadre's teams, with where each stands; for the
 * office (巡察工作) every inspection of its jurisdiction.
 */
export default function InspectionList() {
  const team = useSession().principal.roles.includes('team');
  const inspections = useQuery({
    queryKey: ['inspections', 'mine'],
    queryFn: () => get('/api/inspection/v1/inspections?limit=100'),
  });
  return (
    <>
      <Typography.Title level={3}>{team ? '我的巡察' : '巡察工作'}</Typography.Title>
      <Card>
        <Table<Summary>
          rowKey="id"
          loading={inspections.isLoading}
          dataSource={inspections.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">暂无巡察任务</Typography.Text> }}
          columns={[
            {
              title: '被巡察单位',
              dataIndex: 'targetName',
              render: (name: string, row) => <Link to={`/inspections/${row.id}`}>{name}</Link>,
            },
            {
              title: '进度',
              dataIndex: 'status',
              render: (status: string) => <Tag>{INSPECTION_STATUS_LABELS[status] ?? status}</Tag>,
            },
            {
              title: '个别谈话',
              render: (_, row) => (
                <span>
                  {row.coverage.talked} / {row.coverage.required} 人{' '}
                  <Progress
                    percent={Math.min(100, Math.round(row.coverage.rate * 100))}
                    size="small"
                    status={row.coverage.met ? 'success' : 'active'}
                    style={{ width: 100, display: 'inline-block' }}
                    aria-label="谈话覆盖"
                  />
                </span>
              ),
            },
            { title: '发现问题', dataIndex: 'findingCount' },
            { title: '问题线索', dataIndex: 'clueCount' },
          ]}
        />
      </Card>
    </>
  );
}
