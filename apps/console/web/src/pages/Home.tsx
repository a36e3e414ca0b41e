import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { get } from '../api';
import { useTargetNames } from '../names';
import { ROLE_NAMES } from '../roles';
import { useScope } from '../scope';
import { useSession } from '../session';
import { DISCIPLINE_CATEGORY_LABELS, PLAN_STATUS_LABELS, ROUND_STATUS_LABELS } from '../vocabulary';

/** An entry of the query service's overdue lists (逾期督办), clue or rectification alike. */
interface Late {
  id: string;
  targetId?: string;
  targetName?: string;
  caseId?: string;
  what?: 'plan' | 'report' | 'item';
  itemTitle?: string;
  dueBy?: string;
}
const OVERDUE_WHAT = { plan: '整改方案', report: '整改报告', item: '整改事项' } as const;

/** What waits for me: the office's planning to-dos, the team's inspections in hand; the other roles' lists come with their screens. */
export default function Home() {
  const { principal, name } = useSession();
  const office = principal.roles.includes('office');
  return (
    <>
      <Typography.Title level={3}>您好，{name}</Typography.Title>
      {office ? (
        <OfficeHome />
      ) : principal.roles.includes('team') ? (
        <TeamHome />
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
function TeamHome() {
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

function OfficeHome() {
  const { jurisdiction } = useScope();
  const rounds = useQuery({
    queryKey: ['rounds', 'home', jurisdiction],
    queryFn: () => get(`/api/planning/v1/rounds?limit=100&jurisdiction=${jurisdiction}`),
  });
  const plans = useQuery({
    queryKey: ['term-plans', 'home', jurisdiction],
    queryFn: () => get(`/api/planning/v1/term-plans?limit=100&jurisdiction=${jurisdiction}`),
  });
  // 已登记 clues wait for the office's joint review with the commission (集体会商).
  const clues = useQuery({
    queryKey: ['clues', 'home'],
    queryFn: () => get('/api/clue/v1/clues?status=registered&limit=20'),
  });
  const overdue = useQuery({
    queryKey: ['overdue', 'home', jurisdiction],
    queryFn: () => get(`/api/query/v1/overdue?jurisdiction=${jurisdiction}`),
  });
  const late: Late[] = overdue.data
    ? [
        ...overdue.data.clues.map((c) => ({
          id: c._id,
          targetId: c.targetId,
          targetName: c.targetName,
          dueBy: c.dueBy,
        })),
        ...[...overdue.data.plans, ...overdue.data.reports, ...overdue.data.items].map((o) => ({
          ...o,
          id: o._id,
        })),
      ]
    : [];
  const targetNames = useTargetNames([
    ...(clues.data?.items ?? []).map((c) => c.targetId),
    ...late.filter((o) => !o.targetName).map((o) => o.targetId),
  ]);
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
      <Col span={12}>
        <Card title={`待会商的线索（${clues.data?.items.length ?? 0}）`} loading={clues.isLoading}>
          <Waiting
            items={clues.data?.items ?? []}
            empty="没有待会商的线索"
            render={(c) => (
              <>
                <Link to={`/dossier/${c.targetId}?clue=${c.id}`}>
                  {targetNames[c.targetId] ?? '（单位名称读取中）'}
                </Link>
                <span>
                  {DISCIPLINE_CATEGORY_LABELS[
                    c.discipline as keyof typeof DISCIPLINE_CATEGORY_LABELS
                  ] ?? c.discipline}
                </span>
              </>
            )}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card title={`逾期事项（${late.length}）`} loading={overdue.isLoading}>
          <Waiting
            items={late}
            empty="没有逾期事项"
            render={(o) => (
              <>
                <Link
                  to={`/dossier/${o.targetId}?${o.caseId ? `case=${o.caseId}` : `clue=${o.id}`}`}
                >
                  {o.targetName ?? targetNames[o.targetId ?? ''] ?? '（单位名称读取中）'}
                  {o.what ? `：${OVERDUE_WHAT[o.what]}` : '：线索办理结果'}
                  {o.itemTitle ? `（${o.itemTitle}）` : ''}
                </Link>
                <span>{o.dueBy?.slice(0, 10)} 到期</span>
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
