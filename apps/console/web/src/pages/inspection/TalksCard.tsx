import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  InputNumber,
  Progress,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { post } from '../../api';
import { useProblems } from '../../problems';
import { TALK_GROUPS, TALK_GROUP_LABELS } from '../../vocabulary';
import type { InspectionView } from './Workspace';

type TalkGroup = (typeof TALK_GROUPS)[number];

/**
 * 个别谈话: talks by group, with the meter of what the talk rules ask (everyone up to the
 * threshold, else the share), what is done, and the must-talk groups still missing.
 */
export function TalksCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<{ group: TalkGroup; count: number; date: Dayjs }>();
  const queryClient = useQueryClient();
  const show = useProblems();
  const { coverage } = view;
  const record = useMutation({
    mutationFn: (values: { group: TalkGroup; count: number; date: Dayjs }) =>
      post(`/api/inspection/v1/inspections/${view.id}/talks`, {
        group: values.group,
        count: values.count,
        date: values.date.format('YYYY-MM-DD'),
      }),
    onSuccess: () => {
      form.resetFields(['count']);
      void queryClient.invalidateQueries({ queryKey: ['inspection', view.id] });
    },
    onError: (error) => show(error, form),
  });
  const percent = coverage.required ? Math.round((coverage.talked / coverage.required) * 100) : 100;
  return (
    <Card title="个别谈话">
      <Row gutter={24}>
        <Col span={10}>
          <div data-testid="talk-meter" data-met={coverage.met}>
            <Progress
              type="dashboard"
              percent={Math.min(100, percent)}
              status={coverage.met ? 'success' : 'normal'}
              format={() => `${coverage.talked}/${coverage.required}`}
              aria-label="谈话覆盖"
            />
            <Typography.Paragraph>
              干部职工 {coverage.headcount} 人，应谈 {coverage.required} 人，已谈 {coverage.talked}{' '}
              人。
              {/* Dark tags: the preset light ones fall short of a 4.5:1 contrast. */}
              {coverage.met ? (
                <Tag color="#1b6e20">谈话要求已满足</Tag>
              ) : (
                <Tag color="#8a4b00">尚未满足</Tag>
              )}
            </Typography.Paragraph>
            {coverage.missingGroups.length > 0 && (
              <Typography.Paragraph>
                尚未谈话的必谈对象：
                {coverage.missingGroups.map((g) => (
                  <Tag key={g}>{TALK_GROUP_LABELS[g]}</Tag>
                ))}
              </Typography.Paragraph>
            )}
          </div>
        </Col>
        <Col span={14}>
          <Form
            form={form}
            name="talks"
            layout="vertical"
            onFinish={record.mutate}
            initialValues={{ date: dayjs() }}
          >
            <Form.Item
              name="group"
              label="谈话对象"
              rules={[{ required: true, message: '请选择' }]}
            >
              <Select
                options={TALK_GROUPS.map((g) => ({ value: g, label: TALK_GROUP_LABELS[g] }))}
              />
            </Form.Item>
            <Form.Item name="count" label="人数" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={1} precision={0} />
            </Form.Item>
            <Form.Item name="date" label="谈话日期" rules={[{ required: true, message: '请选择' }]}>
              <DatePicker />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={record.isPending}>
              记录谈话
            </Button>
          </Form>
        </Col>
      </Row>
    </Card>
  );
}
