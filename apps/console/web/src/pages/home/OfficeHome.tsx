import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Tag } from 'antd';
import { Link } from 'react-router';
import { get, type Schema } from '../../api';
import { useTargetNames } from '../../names';
import { useScope } from '../../scope';
import {
  DISCIPLINE_CATEGORY_LABELS,
  PLAN_STATUS_LABELS,
  ROUND_STATUS_LABELS,
} from '../../vocabulary';
import type { ClueSummary } from '../clue/labels';
import { late, stagesOf, useOpenCases, type CaseStage } from './cases';
import { Step, Waiting, When } from './Waiting';
import { chinaDay, countOf, oldestFirst, withinScope } from './waits';

type InspectionSummary = Schema<'inspection', 'InspectionSummary'>;

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

/** The inspections at a step of the office's: the secretary's hearing, the close. */
const OFFICE_STEP: Partial<Record<InspectionSummary['status'], string>> = {
  'report-approved': '待书记专题会听取',
  'report-consulted': '待书记专题会听取',
  'feedback-delivered': '待结束巡察',
};
/** Since when an inspection waits for the office: the feedback for the close, else the stationing. */
const inspectionSince = (i: InspectionSummary) =>
  chinaDay(i.status === 'feedback-delivered' ? i.feedbackDeliveredAt : i.announcedAt);

/** A case waiting for the office's review: its plan or its report. */
interface Review {
  id: string;
  stage: CaseStage;
  what: 'plan' | 'report';
  /** The plan's deadline (the summary does not tell when it came in); the report's submission. */
  day?: string;
}

const disciplineOf = (c: ClueSummary) => DISCIPLINE_CATEGORY_LABELS[c.discipline] ?? c.discipline;

/** 巡察办: the planning to-dos, the inspections, clues and cases at its steps, what is overdue. */
export default function OfficeHome() {
  const { jurisdiction } = useScope();
  const inScope = (code: string | undefined) => withinScope(code, jurisdiction);
  const rounds = useQuery({
    queryKey: ['rounds', 'home', jurisdiction],
    queryFn: () => get(`/api/planning/v1/rounds?limit=100&jurisdiction=${jurisdiction}`),
  });
  const plans = useQuery({
    queryKey: ['term-plans', 'home', jurisdiction],
    queryFn: () => get(`/api/planning/v1/term-plans?limit=100&jurisdiction=${jurisdiction}`),
  });
  // 已登记 clues wait for the office's joint review with the commission (集体会商).
  const registered = useQuery({
    queryKey: ['clues', 'home', 'registered'],
    queryFn: () => get('/api/clue/v1/clues?status=registered&limit=100'),
  });
  // 已会商 clues wait for the transfer (移交) to the commission or the organization department.
  const assessed = useQuery({
    queryKey: ['clues', 'home', 'assessed'],
    queryFn: () => get('/api/clue/v1/clues?status=assessed&limit=100'),
  });
  const inspections = useQuery({
    queryKey: ['inspections', 'mine'],
    queryFn: () => get('/api/inspection/v1/inspections?limit=100'),
  });
  const cases = useOpenCases();
  const overdue = useQuery({
    queryKey: ['overdue', 'home', jurisdiction],
    queryFn: () => get(`/api/query/v1/overdue?jurisdiction=${jurisdiction}`),
  });

  // The clue, inspection and case lists take no jurisdiction: narrowed here to the scope shown.
  const toAssess = oldestFirst(
    (registered.data?.items ?? []).filter((c) => inScope(c.jurisdiction)),
    (c) => c.updatedAt,
  );
  const toTransfer = oldestFirst(
    (assessed.data?.items ?? []).filter((c) => inScope(c.jurisdiction)),
    (c) => c.updatedAt,
  );
  const atOffice = oldestFirst(
    (inspections.data?.items ?? []).filter((i) => OFFICE_STEP[i.status] && inScope(i.jurisdiction)),
    inspectionSince,
  );
  const stages = stagesOf((cases.data?.items ?? []).filter((c) => inScope(c.jurisdiction)));
  const reviews = oldestFirst(
    stages.flatMap((stage): Review[] =>
      stage.summary.planStatus === 'submitted'
        ? [{ id: `${stage.id}:plan`, stage, what: 'plan', day: stage.summary.planDueBy }]
        : stage.summary.planStatus === 'approved' && stage.report === 'submitted'
          ? [
              {
                id: `${stage.id}:report`,
                stage,
                what: 'report',
                day: chinaDay(stage.summary.reportSubmittedAt),
              },
            ]
          : [],
    ),
    (r) => r.day,
  );
  const lapsed: Late[] = oldestFirst(
    overdue.data
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
      : [],
    (o) => o.dueBy,
  );
  // Clues recorded before their summary carried the target's name are named from the planning service.
  const targetNames = useTargetNames([
    ...[...toAssess, ...toTransfer].filter((c) => !c.targetName).map((c) => c.targetId),
    ...lapsed.filter((o) => !o.targetName).map((o) => o.targetId),
  ]);
  const clueName = (c: ClueSummary) =>
    c.targetName ?? targetNames[c.targetId] ?? '（单位名称读取中）';
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
        <Card
          title={`待办的巡察（${countOf(atOffice, !!inspections.data?.next)}）`}
          loading={inspections.isLoading}
        >
          <Waiting
            items={atOffice}
            empty="没有待巡察办办理的巡察"
            render={(i) => (
              <>
                <span>
                  <Link to={`/inspections/${i.id}`}>{i.targetName}</Link>{' '}
                  <Step>{OFFICE_STEP[i.status]}</Step>
                </span>
                <When
                  day={inspectionSince(i)}
                  prefix={i.status === 'feedback-delivered' ? '反馈于 ' : '进驻于 '}
                  label=""
                  missing=""
                />
              </>
            )}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card
          title={`待审核的整改（${countOf(reviews, !!cases.data?.next)}）`}
          loading={cases.isLoading}
        >
          <Waiting
            items={reviews}
            empty="没有待审核的整改"
            render={(r) => (
              <>
                <span>
                  <Link to={`/rectification/${r.stage.id}`}>{r.stage.summary.targetName}</Link>{' '}
                  <Step>{r.what === 'plan' ? '审核整改方案' : '审核整改报告'}</Step>
                  {r.what === 'plan' && r.stage.summary.submission > 1 && (
                    <span>第{r.stage.summary.submission}次报送</span>
                  )}
                </span>
                {r.what === 'plan' ? (
                  <When day={r.day} prefix="方案期限 " label="" late={late(r.stage, 'plan')} />
                ) : (
                  <When day={r.day} prefix="报送于 " label="" />
                )}
              </>
            )}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card
          title={`待会商的线索（${countOf(toAssess, !!registered.data?.next)}）`}
          loading={registered.isLoading}
        >
          <Waiting
            items={toAssess}
            empty="没有待会商的线索"
            render={(c) => (
              <>
                <span>
                  <Link to={`/clues/${c.id}`}>{clueName(c)}</Link> <span>{disciplineOf(c)}</span>
                </span>
                <When day={c.updatedAt} prefix="登记于 " label="" missing="" />
              </>
            )}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card
          title={`待移交的线索（${countOf(toTransfer, !!assessed.data?.next)}）`}
          loading={assessed.isLoading}
        >
          <Waiting
            items={toTransfer}
            empty="没有待移交的线索"
            render={(c) => (
              <>
                <span>
                  <Link to={`/clues/${c.id}`}>{clueName(c)}</Link> <span>{disciplineOf(c)}</span>
                </span>
                <When day={c.updatedAt} prefix="会商于 " label="" missing="" />
              </>
            )}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={`逾期事项（${lapsed.length}）`} loading={overdue.isLoading}>
          <Waiting
            items={lapsed}
            empty="没有逾期事项"
            render={(o) => (
              <>
                <Link to={o.caseId ? `/rectification/${o.caseId}` : `/clues/${o.id}`}>
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
