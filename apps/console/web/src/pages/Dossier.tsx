import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { get, type Schema } from '../api';
import { useDivisionNames } from '../names';
import {
  CLUE_STATUS_LABELS,
  DISCIPLINE_CATEGORY_LABELS,
  INVOLVED_RANK_LABELS,
  TARGET_CATEGORY_LABELS,
  TARGET_STATUS_LABELS,
} from '../vocabulary';

type Dossier = Schema<'query', 'TargetDossier'>;
type DossierClue = Dossier['clues'][number];
type DossierCase = Dossier['cases'][number];

const PLAN_STATUS: Record<string, string> = {
  due: '待报送',
  submitted: '已报送',
  approved: '审核通过',
  returned: '已退回',
};
const day = (instant?: string) => instant?.slice(0, 10) ?? '—';
const label = (labels: Record<string, string>, value?: string) =>
  value ? (labels[value] ?? value) : '—';

/**
 * 巡察档案: a target's records across terms (inspections, clues, rectification), where the
 * home page's waiting and overdue entries lead; the entry it came from is marked.
 */
export default function DossierPage() {
  const { targetId } = useParams();
  const [params] = useSearchParams();
  const marked = params.get('clue') ?? params.get('case');
  const dossier = useQuery({
    queryKey: ['dossier', targetId],
    queryFn: () => get(`/api/query/v1/targets/${targetId}/dossier`),
  });
  const names = useDivisionNames(
    dossier.data?.target.jurisdiction ? [dossier.data.target.jurisdiction] : [],
  );
  const target = dossier.data?.target;
  const rowClassName = (row: { _id: string }) => (row._id === marked ? 'marked-row' : '');
  return (
    <>
      <style>{'.marked-row > td { background: #fff4e5 !important; }'}</style>
      <Typography.Title level={3}>巡察档案：{target?.name ?? ''}</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card loading={dossier.isLoading}>
          {target && (
            <Descriptions size="small" column={4}>
              <Descriptions.Item label="所属区划">
                {names[target.jurisdiction ?? ''] ?? ''}
              </Descriptions.Item>
              <Descriptions.Item label="类别">
                {label(TARGET_CATEGORY_LABELS, target.category)}
              </Descriptions.Item>
              <Descriptions.Item label="状态">
                {TARGET_STATUS_LABELS[target.retired ? 'retired' : 'active']}
              </Descriptions.Item>
              <Descriptions.Item label="巡察次数">
                {dossier.data?.inspections.length}
              </Descriptions.Item>
            </Descriptions>
          )}
        </Card>
        <Card title={`问题线索（${dossier.data?.clues.length ?? 0}）`} size="small">
          <Table<DossierClue>
            rowKey="_id"
            size="small"
            pagination={false}
            rowClassName={rowClassName}
            dataSource={dossier.data?.clues}
            columns={[
              { title: '登记日期', dataIndex: 'recordedAt', render: day },
              {
                title: '违纪类别',
                dataIndex: 'discipline',
                render: (d?: string) => label(DISCIPLINE_CATEGORY_LABELS, d),
              },
              {
                title: '涉及人员层级',
                dataIndex: 'involvedRank',
                render: (r?: string) => label(INVOLVED_RANK_LABELS, r),
              },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: string) => label(CLUE_STATUS_LABELS, s),
              },
              { title: '反馈时限', dataIndex: 'dueBy', render: day },
              {
                title: '督办',
                dataIndex: 'overdue',
                render: (late: boolean) => (late ? <Tag color="#b3261e">逾期</Tag> : '—'),
              },
            ]}
          />
        </Card>
        <Card title={`整改（${dossier.data?.cases.length ?? 0}）`} size="small">
          <Table<DossierCase>
            rowKey="_id"
            size="small"
            pagination={false}
            rowClassName={rowClassName}
            dataSource={dossier.data?.cases}
            columns={[
              { title: '开始日期', dataIndex: 'openedAt', render: day },
              { title: '方案时限', dataIndex: 'planDueBy', render: day },
              {
                title: '方案状态',
                dataIndex: 'planStatus',
                render: (s: string) => label(PLAN_STATUS, s),
              },
              { title: '报告时限', dataIndex: 'reportDueBy', render: day },
              {
                title: '销号',
                key: 'items',
                render: (_, c) => `${c.signedOff} / ${c.itemCount}`,
              },
              {
                title: '督办',
                dataIndex: 'overdue',
                render: (late: boolean, c) =>
                  late ? <Tag color="#b3261e">逾期</Tag> : c.closed ? '已完成' : '—',
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
