import { Alert, Button, Card, Form, Input, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../../api';
import { isoDay, useStep } from '../../../step';
import type { InspectionView } from '../Workspace';
import { OccurredOn } from '../../../fields';

interface VisitForm {
  place: string;
  date: Dayjs;
}

/** 走访: the places and units the team went to see. */
export function VisitsCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<VisitForm>();
  const visit = useStep({
    run: (v: VisitForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/visits`, {
        place: v.place,
        date: isoDay(v.date),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  // The view gives a visit no id; visits are only ever added, so the place is a stable key.
  const rows = view.visits.map((v, i) => ({ ...v, key: i }));
  return (
    <Card title={`走访（${view.visits.length}）`}>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Typography.Text type="secondary">尚未记录走访</Typography.Text> }}
        columns={[
          { title: '日期', dataIndex: 'date' },
          { title: '走访对象', dataIndex: 'place' },
        ]}
      />
      <Form
        form={form}
        name="visit"
        layout="inline"
        onFinish={visit.mutate}
        style={{ marginTop: 16, rowGap: 8 }}
      >
        <Form.Item name="place" label="走访对象" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={200} style={{ width: 280 }} />
        </Form.Item>
        <OccurredOn name="date" label="日期" required />
        <Button type="primary" htmlType="submit" loading={visit.isPending}>
          记录走访
        </Button>
        {visit.refusal && <Alert type="error" showIcon title={visit.refusal} />}
      </Form>
    </Card>
  );
}
