import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { get, post } from '../../api';
import { OccurredOn } from '../../fields';
import { happenedOn, useStep } from '../../step';
import { INVOLVED_RANKS, INVOLVED_RANK_LABELS } from '../../vocabulary';
import type { InspectionView } from './Workspace';

type Rank = (typeof INVOLVED_RANKS)[number];
interface FindingForm {
  title: string;
  description: string;
  focusItem: string;
  involvedRank: Rank;
  amount?: number;
  villageId?: string;
  keyProblem?: boolean;
  publicConcern?: boolean;
  on?: Dayjs;
}

/**
 * 发现问题: the findings so far, and a new one classified from the catalog version of the
 * inspection's round (a searchable list of its items), with the rank involved, the amount
 * and, in a township-with-villages inspection, the village it is about.
 */
export function FindingsCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<FindingForm>();
  const catalog = useQuery({
    queryKey: ['catalog-version', view.catalogVersion],
    queryFn: () =>
      get(`/api/planning/v1/focus-catalog-versions/${encodeURIComponent(view.catalogVersion)}`),
  });
  const items = (catalog.data?.items ?? []).map((item) => ({
    value: item.code,
    label: `${item.code} ${item.label}${item.placeholder ? '（措辞待填）' : ''}`,
  }));
  const record = useStep({
    run: ({ on, ...values }: FindingForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/findings`, {
        ...values,
        foundAt: happenedOn(on),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  const villageName = (id?: string) => view.villages.find((v) => v.villageId === id)?.villageName;
  return (
    <Card title={`发现问题（${view.findings.length}）`}>
      <Table
        rowKey="findingId"
        size="small"
        pagination={false}
        dataSource={view.findings}
        locale={{ emptyText: <Typography.Text type="secondary">尚未记录问题</Typography.Text> }}
        columns={[
          {
            title: '问题',
            render: (_, f) => (
              <Space size={4} wrap>
                {f.title}
                {f.keyProblem && <Tag color="red">重点问题</Tag>}
                {f.publicConcern && <Tag color="#8a4b00">急难愁盼</Tag>}
              </Space>
            ),
          },
          {
            title: '监督重点条目',
            render: (_, f) => f.focusItemLabel ?? f.focusItem,
          },
          {
            title: '涉及层级',
            dataIndex: 'involvedRank',
            render: (rank: Rank) => INVOLVED_RANK_LABELS[rank],
          },
          ...(view.villages.length > 0
            ? [
                {
                  title: '村（社区）',
                  render: (_: unknown, f: { villageId?: string }) =>
                    villageName(f.villageId) ?? '本级',
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        记录问题
      </Typography.Title>
      <Form
        form={form}
        name="finding"
        layout="vertical"
        onFinish={record.mutate}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="title" label="问题表述" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="description"
          label="问题描述"
          rules={[{ required: true, message: '请填写' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="focusItem"
          label="监督重点条目"
          rules={[{ required: true, message: '请从清单中选择' }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={catalog.isLoading}
            options={items}
            placeholder="输入编号或关键词查找"
          />
        </Form.Item>
        <Form.Item
          name="involvedRank"
          label="涉及人员层级"
          rules={[{ required: true, message: '请选择' }]}
        >
          <Select
            options={INVOLVED_RANKS.map((r) => ({ value: r, label: INVOLVED_RANK_LABELS[r] }))}
          />
        </Form.Item>
        <Form.Item name="amount" label="涉及金额（元）">
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        {view.villages.length > 0 && (
          <Form.Item name="villageId" label="涉及村（社区）">
            <Select
              allowClear
              options={view.villages.map((v) => ({ value: v.villageId, label: v.villageName }))}
            />
          </Form.Item>
        )}
        <Space size="large">
          <Form.Item name="keyProblem" valuePropName="checked">
            <Checkbox>重点问题</Checkbox>
          </Form.Item>
          <Form.Item name="publicConcern" valuePropName="checked">
            <Checkbox>群众急难愁盼问题</Checkbox>
          </Form.Item>
        </Space>
        <OccurredOn label="发现日期" />
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          记录问题
        </Button>
      </Form>
    </Card>
  );
}
