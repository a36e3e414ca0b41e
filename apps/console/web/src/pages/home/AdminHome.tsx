import { Card } from 'antd';
import { Link } from 'react-router';
import { Waiting } from './Waiting';

const TOOLS = [
  { id: 'audit', to: '/audit', label: '审计日志', about: '令牌使用、台账导出与线索查阅的记录' },
];

/** 系统管理: where the administrator's work is. */
export default function AdminHome() {
  return (
    <Card title={`系统管理（${TOOLS.length}）`}>
      <Waiting
        items={TOOLS}
        empty="没有管理功能"
        render={(tool) => (
          <>
            <Link to={tool.to}>{tool.label}</Link>
            <span>{tool.about}</span>
          </>
        )}
      />
    </Card>
  );
}
