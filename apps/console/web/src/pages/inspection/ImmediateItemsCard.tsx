import { Button, Card, DatePicker, Form, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn } from '../../fields';
import { happenedOn, isoDay, useStep } from '../../step';
import type { InspectionView } from './Workspace';

interface ItemForm {
  title: string;
  findingId?: string;
  dueBy?: Dayjs;
  on?: Dayjs;
}

/** 立行立改: what the target must put right at once, from a finding or on its own. */
export function ImmediateItemsCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<ItemForm>();
  const assign = useStep({
    run: (values: ItemForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/immediate-items`, {
        title: values.title,
        ...(values.findingId && { findingId: values.findingId }),
        ...(values.dueBy && { dueBy: isoDay(values.dueBy) }),
        assignedAt: happenedOn(values.on),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  const findingTitle = (id?: string) => view.findings.find((f) => f.findingId === id)?.title;
  return (
    <Card title={`立行立改（${view.immediateItems.length}）`}>
      <Table
        rowKey="itemId"
        size="small"
        pagination={false}
        dataSource={view.immediateItems}
        locale={{ emptyText: <Typography.Text type="secondary">尚无立行立改事项</Typography.Text> }}
        columns={[
          { title: '事项', dataIndex: 'title' },
          { title: '来源问题', render: (_, i) => findingTitle(i.findingId) ?? '—' },
          { title: '完成时限', render: (_, i) => i.dueBy ?? '—' },
        ]}
      />
      <Form
        form={form}
        name="immediate"
        layout="inline"
        onFinish={assign.mutate}
        style={{ marginTop: 16, rowGap: 8 }}
      >
        <Form.Item name="title" label="事项" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={300} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="findingId" label="来源问题">
          <Select
            allowClear
            style={{ width: 240 }}
            options={view.findings.map((f) => ({ value: f.findingId, label: f.title }))}
          />
        </Form.Item>
        <Form.Item name="dueBy" label="完成时限">
          <DatePicker />
        </Form.Item>
        <OccurredOn label="交办日期" />
        <Button type="primary" htmlType="submit" loading={assign.isPending}>
          交办
        </Button>
      </Form>
    </Card>
  );
}
