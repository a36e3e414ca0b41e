import { Alert, Button, Card, Form, Input, InputNumber, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../../api';
import { isoDay, useStep } from '../../../step';
import type { InspectionView } from '../Workspace';
import { OccurredOn } from '../../../fields';

interface ReviewForm {
  subject: string;
  volumes: number;
  date: Dayjs;
}

/** 调阅资料: what the team read of the target's records (会议记录、财务凭证…), in volumes. */
export function DocumentReviewsCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<ReviewForm>();
  const review = useStep({
    run: (v: ReviewForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/document-reviews`, {
        subject: v.subject,
        volumes: v.volumes,
        date: isoDay(v.date),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  // The view gives a review no id; reviews are only ever added, so the place is a stable key.
  const rows = view.documentReviews.map((r, i) => ({ ...r, key: i }));
  return (
    <Card title={`调阅资料（${view.documentReviews.length}）`}>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Typography.Text type="secondary">尚未调阅资料</Typography.Text> }}
        columns={[
          { title: '日期', dataIndex: 'date' },
          { title: '调阅资料', dataIndex: 'subject' },
          { title: '卷/册', dataIndex: 'volumes' },
        ]}
      />
      <Form
        form={form}
        name="document-review"
        layout="inline"
        onFinish={review.mutate}
        style={{ marginTop: 16, rowGap: 8 }}
      >
        <Form.Item name="subject" label="调阅资料" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={200} placeholder="如：党组会议记录" style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="volumes" label="卷/册" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <OccurredOn name="date" label="日期" required />
        <Button type="primary" htmlType="submit" loading={review.isPending}>
          记录调阅
        </Button>
        {review.refusal && <Alert type="error" showIcon title={review.refusal} />}
      </Form>
    </Card>
  );
}
