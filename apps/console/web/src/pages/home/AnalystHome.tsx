import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { Link } from 'react-router';
import { get } from '../../api';
import { useScope } from '../../scope';
import { Waiting } from './Waiting';

/** 数据分析: how many deadlines are overdue in the scope, and where the figures are. */
export default function AnalystHome() {
  const { jurisdiction } = useScope();
  const overdue = useQuery({
    queryKey: ['overdue', 'home', jurisdiction],
    queryFn: () => get(`/api/query/v1/overdue?jurisdiction=${jurisdiction}`),
  });
  const lists = [
    { id: 'clues', label: '逾期未反馈的线索', count: overdue.data?.clues.length ?? 0 },
    { id: 'plans', label: '逾期的整改方案', count: overdue.data?.plans.length ?? 0 },
    { id: 'reports', label: '逾期的整改报告', count: overdue.data?.reports.length ?? 0 },
    { id: 'items', label: '逾期的整改事项', count: overdue.data?.items.length ?? 0 },
  ];
  const total = lists.reduce((sum, list) => sum + list.count, 0);
  return (
    <Card
      title={`逾期督办（${total}）`}
      loading={overdue.isLoading}
      extra={<Link to="/analysis">统计分析</Link>}
    >
      <Waiting
        items={lists}
        empty="没有逾期事项"
        render={(list) => (
          <>
            <Link to="/analysis">{list.label}</Link>
            <span>{list.count} 项</span>
          </>
        )}
      />
    </Card>
  );
}
