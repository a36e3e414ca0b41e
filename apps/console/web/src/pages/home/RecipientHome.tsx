import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Tag } from 'antd';
import { Link } from 'react-router';
import { get } from '../../api';
import { ROLE_NAMES } from '../../roles';
import { CLUE_NEXT_STEP, type ClueSummary } from '../clue/labels';
import { late, stagesOf, useOpenCases, type CaseStage } from './cases';
import { Step, Waiting, When } from './Waiting';
import { countOf, isPast, oldestFirst } from './waits';

/** The statuses at which a transferred clue waits for its recipient. */
const RECIPIENT_STEPS = ['transferred', 'received', 'disposed'] as const;
const RECIPIENT_OF = {
  discipline: 'discipline-commission',
  organization: 'organization-department',
} as const;
export type Recipient = keyof typeof RECIPIENT_OF;

/** The clues at the recipient's steps, one query a status (the service answers only those sent to it). */
function useSentClues() {
  const transferred = useQuery({
    queryKey: ['clues', 'home', 'transferred'],
    queryFn: () => get('/api/clue/v1/clues?status=transferred&limit=100'),
  });
  const received = useQuery({
    queryKey: ['clues', 'home', 'received'],
    queryFn: () => get('/api/clue/v1/clues?status=received&limit=100'),
  });
  const disposed = useQuery({
    queryKey: ['clues', 'home', 'disposed'],
    queryFn: () => get('/api/clue/v1/clues?status=disposed&limit=100'),
  });
  const answers = [transferred, received, disposed];
  return {
    clues: answers.flatMap((a) => a.data?.items ?? []),
    more: answers.some((a) => !!a.data?.next),
    loading: answers.some((a) => a.isLoading),
  };
}

/**
 * 纪委监委 / 组织部: the clues transferred to it at its steps (签收, 处置方式, 办理结果), the
 * nearest result deadline first.
 */
function SentClues({ role, named }: { role: Recipient; named: boolean }) {
  const { clues, more, loading } = useSentClues();
  // A person who is the office as well is answered every clue: those sent here are picked.
  const mine = oldestFirst(
    clues.filter(
      (c) =>
        c.recipient === RECIPIENT_OF[role] &&
        (RECIPIENT_STEPS as readonly string[]).includes(c.status),
    ),
    (c) => c.dueBy,
  );
  return (
    <Card
      title={`${named ? `${ROLE_NAMES[role]}：` : ''}待办理的移交线索（${countOf(mine, more)}）`}
      loading={loading}
    >
      <Waiting<ClueSummary>
        items={mine}
        empty="没有待办理的移交线索"
        render={(c) => (
          <>
            <span>
              <Link to={`/clues/${c.id}`}>{c.targetName ?? '（未具名单位）'}</Link>{' '}
              <Step>{CLUE_NEXT_STEP[c.status]}</Step>
            </span>
            <When day={c.dueBy} label="前反馈结果" late={c.overdue || isPast(c.dueBy)} />
          </>
        )}
      />
    </Card>
  );
}

/** Where a supervised case stands, and the deadline that comes next. */
function standing(stage: CaseStage): { label: string; dueBy?: string; late: boolean } {
  const { planStatus, planDueBy } = stage.summary;
  if (planStatus !== 'approved') {
    const label = {
      due: '整改方案待报送',
      submitted: '整改方案待审核',
      returned: '整改方案已退回',
    };
    return { label: label[planStatus], dueBy: planDueBy, late: late(stage, 'plan') };
  }
  switch (stage.report) {
    case 'due':
    case 'returned':
      return {
        label: stage.report === 'returned' ? '整改报告已退回' : '整改落实中',
        dueBy: stage.reportDueBy,
        late: late(stage, 'report'),
      };
    case 'submitted':
      return { label: '整改报告待审核', late: false };
    case 'accepted':
      return { label: '整改报告已通过', late: false };
    default:
      return { label: '整改报告已报送', late: false };
  }
}

/** 纪委监委 / 组织部: the open rectification cases of the jurisdiction, which they supervise. */
function SupervisedCases() {
  const cases = useOpenCases();
  const stages = stagesOf(cases.data?.items ?? []);
  const shown = oldestFirst(
    stages.map((stage) => ({ ...stage, ...standing(stage) })),
    (s) => s.dueBy,
  );
  return (
    <Card title={`监督中的整改（${countOf(shown, !!cases.data?.next)}）`} loading={cases.isLoading}>
      <Waiting
        items={shown}
        empty="没有进行中的整改"
        render={(s) => (
          <>
            <span>
              <Link to={`/rectification/${s.id}`}>{s.summary.targetName}</Link>{' '}
              <Step>{s.label}</Step>
              {s.summary.overdueCount > 0 && (
                <Tag color="#b3261e">{s.summary.overdueCount}项逾期</Tag>
              )}
            </span>
            <When day={s.dueBy} missing="" late={s.late && s.summary.overdueCount === 0} />
          </>
        )}
      />
    </Card>
  );
}

/**
 * The sections of the commission and the organization department: the clues sent to each role
 * the person holds, and the cases they supervise (once, for one who is both).
 */
export default function RecipientHome({ roles }: { roles: Recipient[] }) {
  return (
    <Row gutter={[16, 16]}>
      {roles.map((role) => (
        <Col span={12} key={role}>
          <SentClues role={role} named={roles.length > 1} />
        </Col>
      ))}
      <Col span={12}>
        <SupervisedCases />
      </Col>
    </Row>
  );
}
