import { Alert, Button, Card, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../../api';
import { isoDay, useStep } from '../../../step';
import type { InspectionView } from '../Workspace';
import { OccurredOn } from '../../../fields';
import { MEETING_KINDS, MEETING_KIND_LABELS, type MeetingKind } from './labels';

interface MeetingForm {
  kind: MeetingKind;
  heldOn: Dayjs;
  attendees: number;
  note?: string;
}

/** 会议: the meetings held with the target (沟通见面会、动员会、专题汇报会、座谈会、中期汇报). */
export function MeetingsCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<MeetingForm>();
  const hold = useStep({
    run: (v: MeetingForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/meetings`, {
        kind: v.kind,
        heldOn: isoDay(v.heldOn),
        attendees: v.attendees,
        ...(v.note && { note: v.note }),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  // The view gives a meeting no id; meetings are only ever added, so the place is a stable key.
  const rows = view.meetings.map((m, i) => ({ ...m, key: i }));
  return (
    <Card title={`会议（${view.meetings.length}）`}>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Typography.Text type="secondary">尚未记录会议</Typography.Text> }}
        columns={[
          { title: '会议', render: (_, m) => MEETING_KIND_LABELS[m.kind] },
          { title: '召开日期', dataIndex: 'heldOn' },
          { title: '参会人数', dataIndex: 'attendees' },
          { title: '备注', render: (_, m) => m.note ?? '—' },
        ]}
      />
      <Form
        form={form}
        name="meeting"
        layout="inline"
        onFinish={hold.mutate}
        style={{ marginTop: 16, rowGap: 8 }}
      >
        <Form.Item name="kind" label="会议" rules={[{ required: true, message: '请选择' }]}>
          <Select
            style={{ width: 160 }}
            options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <OccurredOn name="heldOn" label="召开日期" required />
        <Form.Item
          name="attendees"
          label="参会人数"
          rules={[{ required: true, message: '请填写' }]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={1000} style={{ width: 280 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={hold.isPending}>
          记录会议
        </Button>
        {hold.refusal && <Alert type="error" showIcon title={hold.refusal} />}
      </Form>
    </Card>
  );
}
