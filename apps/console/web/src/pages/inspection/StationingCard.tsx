import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { useProblems } from '../../problems';
import { REPORTING_CHANNELS, REPORTING_CHANNEL_LABELS } from '../../vocabulary';
import type { InspectionView } from './Workspace';

/** 进驻: the announcement's time and the reporting channels published with it. */
export function StationingCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<{ announcedAt: Dayjs; channels: string[] }>();
  const queryClient = useQueryClient();
  const show = useProblems();
  const station = useMutation({
    mutationFn: (values: { announcedAt: Dayjs; channels: string[] }) =>
      post(`/api/inspection/v1/inspections/${view.id}/stationing`, {
        announcedAt: values.announcedAt.format('YYYY-MM-DDTHH:mm:ssZ'),
        channels: values.channels as Array<(typeof REPORTING_CHANNELS)[number]>,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspection', view.id] }),
    onError: (error) => show(error, form),
  });
  return (
    <Card title="进驻与巡察公告">
      <Form
        form={form}
        name="stationing"
        layout="vertical"
        onFinish={station.mutate}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          name="announcedAt"
          label="公告时间"
          rules={[{ required: true, message: '请选择公告时间' }]}
        >
          <DatePicker showTime format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item
          name="channels"
          label="举报受理渠道"
          // Checked by a validator, not `required`: a checkbox group may not carry aria-required.
          rules={[
            {
              validator: (_, value?: string[]) =>
                value?.length ? Promise.resolve() : Promise.reject(new Error('请至少选择一种渠道')),
            },
          ]}
        >
          <Checkbox.Group
            options={REPORTING_CHANNELS.map((c) => ({
              value: c,
              label: REPORTING_CHANNEL_LABELS[c],
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={station.isPending}>
          进驻
        </Button>
      </Form>
    </Card>
  );
}
