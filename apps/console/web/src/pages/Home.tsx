import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { get } from '../api';
import { ROLE_NAMES } from '../roles';
import { useSession } from '../session';
import { PLAN_STATUS_LABELS, ROUND_STATUS_LABELS } from '../vocabulary';

/** What waits for me: the office's planning to-dos; the other roles' lists come with their screens. */
export default function Home() {
  const { principal, name } = useSession();
  const office = principal.roles.includes('office');
  return (
    <>
      <Typography.Title level={3}>您好，{name}</Typography.Title>
      {office ? (
        <OfficeHome />
      ) : (
        <Card title="待办事项">
          <Typography.Paragraph>
            {principal.roles.map((role) => ROLE_NAMES[role]).join('、')}
            的待办清单将在对应功能页面上线后显示于此。
          </Typography.Paragraph>
        </Card>
      )}
    </>
  );
}

function OfficeHome() {
  const rounds = useQuery({
    queryKey: ['rounds', 'home'],
    queryFn: () => get('/api/planning/v1/rounds?limit=100'),
  });
  const plans = useQuery({
    queryKey: ['term-plans', 'home'],
    queryFn: () => get('/api/planning/v1/term-plans?limit=100'),
  });
  const toApprove = (rounds.data?.items ?? []).filter((r) => r.status === 'draft');
  const toLaunch = (rounds.data?.items ?? []).filter((r) => r.status === 'approved');
  const drafts = (plans.data?.items ?? []).filter((p) => p.status === 'draft');
  return (
    <Row gutter={[16, 16]}>
      <Col span={8}>
        <Card title={`待批准的轮次（${toApprove.length}）`} loading={rounds.isLoading}>
          <Waiting
            items={toApprove}
            empty="没有待批准的轮次"
            render={(r) => (
              <>
                <Link to={`/rounds?id=${r.id}`}>第{r.ordinal}轮</Link>
                <Tag color="#3b4a6b">{ROUND_STATUS_LABELS[r.status]}</Tag>
              </>
            )}
          />
        </Card>
      </Col>
      <Col span={8}>
        <Card title={`待进驻的轮次（${toLaunch.length}）`} loading={rounds.isLoading}>
          <Waiting
            items={toLaunch}
            empty="没有待进驻的轮次"
            render={(r) => (
              <>
                <Link to={`/rounds?id=${r.id}`}>第{r.ordinal}轮</Link>
                <span>{r.window.from} 起</span>
              </>
            )}
          />
        </Card>
      </Col>
      <Col span={8}>
        <Card title={`待通过的规划（${drafts.length}）`} loading={plans.isLoading}>
          <Waiting
            items={drafts}
            empty="没有待通过的规划"
            render={(p) => (
              <>
                <Link to={`/term-plans?id=${p.id}`}>{p.name}</Link>
                <Tag color="#3b4a6b">{PLAN_STATUS_LABELS[p.status]}</Tag>
              </>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** A short list of what waits, each entry leading to its record. */
function Waiting<T extends { id: string }>({
  items,
  empty,
  render,
}: {
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <li
          key={item.id}
          style={{ display: 'flex', justifyContent: 'space-between', padding: '6px 0' }}
        >
          {render(item)}
        </li>
      ))}
    </ul>
  );
}
