import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { get } from '../../api';
import { useSession } from '../../session';
import {
  CLUE_RECIPIENT_LABELS,
  CLUE_STATUS_LABELS,
  DISCIPLINE_CATEGORY_LABELS,
  INVOLVED_RANK_LABELS,
} from '../../vocabulary';
import { CLUE_NEXT_STEP, type ClueSummary } from './labels';

/** The office's views of its jurisdiction's clues; the recipients see what was sent to them. */
const OFFICE_TABS = [
  { key: 'all', label: '全部线索', query: '' },
  { key: 'registered', label: '待会商', query: '&status=registered' },
  { key: 'assessed', label: '待移交', query: '&status=assessed' },
  { key: 'overdue', label: '逾期督办', query: '' },
];
const RECIPIENT_TABS = [
  { key: 'all', label: '全部移交线索', query: '' },
  { key: 'transferred', label: '待签收', query: '&status=transferred' },
  { key: 'received', label: '待处置', query: '&status=received' },
  { key: 'disposed', label: '待报告结果', query: '&status=disposed' },
  { key: 'overdue', label: '逾期督办', query: '' },
];

/**
 * 问题线索 (office) / 移交线索 (commission, organization department): the clues within reach,
 * redacted (no person, no allegation); the record opens in full for those it is for, and
 * the service keeps every such read.
 */
export default function ClueList() {
  const office = useSession().principal.roles.includes('office');
  const tabs = office ? OFFICE_TABS : RECIPIENT_TABS;
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((t) => t.key === params.get('view')) ?? tabs[0];
  const clues = useQuery({
    queryKey: ['clues', tab.key],
    queryFn: () =>
      tab.key === 'overdue'
        ? get('/api/clue/v1/clues/overdue?limit=100')
        : get(`/api/clue/v1/clues?limit=100${tab.query}`),
  });
  return (
    <>
      <Typography.Title level={3}>{office ? '问题线索' : '移交线索'}</Typography.Title>
      <Card>
        <Tabs
          activeKey={tab.key}
          onChange={(key) => setParams({ view: key })}
          items={tabs.map((t) => ({ key: t.key, label: t.label }))}
        />
        <Table<ClueSummary>
          rowKey="id"
          size="small"
          loading={clues.isLoading}
          dataSource={clues.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">没有线索</Typography.Text> }}
          columns={[
            {
              title: '被巡察单位',
              render: (_, c) => (
                <Link to={`/clues/${c.id}`}>{c.targetName ?? '（未具名单位）'}</Link>
              ),
            },
            { title: '涉及人员职级', render: (_, c) => INVOLVED_RANK_LABELS[c.involvedRank] },
            { title: '问题类别', render: (_, c) => DISCIPLINE_CATEGORY_LABELS[c.discipline] },
            {
              title: '状态',
              render: (_, c) => (
                <>
                  <Tag>{CLUE_STATUS_LABELS[c.status]}</Tag>
                  {c.overdue && <Tag color="#b3261e">逾期</Tag>}
                </>
              ),
            },
            { title: '下一步', render: (_, c) => CLUE_NEXT_STEP[c.status] ?? '—' },
            {
              title: '移交对象',
              render: (_, c) => (c.recipient ? CLUE_RECIPIENT_LABELS[c.recipient] : '—'),
            },
            { title: '移交编号', render: (_, c) => c.transferNumber ?? '—' },
            { title: '结果反馈期限', render: (_, c) => c.dueBy ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
