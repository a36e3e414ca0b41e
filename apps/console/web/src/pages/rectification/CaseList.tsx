import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { get, type Schema } from '../../api';
import { useSession } from '../../session';
import { PLAN_STATUS, REPORT_STATUS } from './labels';

type CaseSummary = Schema<'rectification', 'RectificationCaseSummary'>;

/**
 * 整改落实 (the inspected organization: its own cases) and 整改监督 (the office, the
 * commission and the organization department: the cases of their jurisdiction), with where
 * each stands and what is overdue.
 */
export default function CaseList() {
  const inspected = useSession().principal.roles.includes('inspected');
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'overdue' ? 'overdue' : 'open';
  const cases = useQuery({
    queryKey: ['cases', 'list'],
    queryFn: () => get('/api/rectification/v1/rectification-cases?limit=100'),
  });
  const rows = (cases.data?.items ?? []).filter((c) =>
    view === 'overdue' ? c.overdueCount > 0 : true,
  );
  return (
    <>
      <Typography.Title level={3}>{inspected ? '整改落实' : '整改监督'}</Typography.Title>
      <Card>
        <Tabs
          activeKey={view}
          onChange={(key) => setParams({ view: key })}
          items={[
            { key: 'open', label: '全部整改' },
            { key: 'overdue', label: '逾期事项' },
          ]}
        />
        <Table<CaseSummary>
          rowKey="id"
          size="small"
          loading={cases.isLoading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">没有整改</Typography.Text> }}
          columns={[
            {
              title: '被巡察党组织',
              render: (_, c) => <Link to={`/rectification/${c.id}`}>{c.targetName}</Link>,
            },
            { title: '反馈日期', render: (_, c) => c.openedAt.slice(0, 10) },
            {
              title: '整改方案',
              render: (_, c) => (
                <>
                  <Tag>{PLAN_STATUS[c.planStatus]}</Tag>
                  {c.planStatus !== 'approved' && <span>{c.planDueBy} 前报送</span>}
                </>
              ),
            },
            {
              title: '整改报告',
              render: (_, c) =>
                c.reportStatus === 'due' || c.reportStatus === 'returned'
                  ? `${REPORT_STATUS[c.reportStatus]}，${c.reportDueBy} 前报送`
                  : REPORT_STATUS[c.reportStatus],
            },
            {
              title: '整改进度',
              render: (_, c) => (
                <span>
                  {c.rectifiedCount}/{c.itemCount}{' '}
                  <Progress
                    percent={c.itemCount ? Math.round((c.rectifiedCount / c.itemCount) * 100) : 0}
                    size="small"
                    style={{ width: 90, display: 'inline-block' }}
                    aria-label="整改进度"
                  />
                </span>
              ),
            },
            {
              title: '逾期',
              render: (_, c) =>
                c.overdueCount > 0 ? <Tag color="#b3261e">逾期 {c.overdueCount} 项</Tag> : '—',
            },
            { title: '状态', render: (_, c) => (c.status === 'closed' ? '已结束' : '整改中') },
          ]}
        />
      </Card>
    </>
  );
}
