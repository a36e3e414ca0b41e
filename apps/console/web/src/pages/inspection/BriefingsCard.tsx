import { Alert, Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { happenedOn, useStep } from '../../step';
import { BRIEFING_UNIT_LABELS, type BriefingUnit } from './research/labels';
import type { InspectionView } from './Workspace';

interface BriefingForm {
  unit: BriefingUnit;
  summary?: string;
  on?: Dayjs;
}

/**
 * 巡前通报: what the commission, the organization department, audit and petition offices told
 * the team about the target, and which of them have not briefed yet (before stationing is
 * what counts). The text may name people: it is shown to the office and the team only.
 */
export function BriefingsCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<BriefingForm>();
  const { received, missing } = view.briefings;
  const record = useStep({
    run: ({ on, ...briefing }: BriefingForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/briefings`, {
        ...briefing,
        briefedAt: happenedOn(on),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Card title={`巡前通报（${received.length}/${received.length + missing.length}）`}>
      {missing.length > 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          type={view.stationing ? 'warning' : 'info'}
          showIcon
          message={`尚未通报：${missing.map((unit) => BRIEFING_UNIT_LABELS[unit]).join('、')}`}
        />
      )}
      <List
        size="small"
        dataSource={received}
        locale={{ emptyText: <Typography.Text type="secondary">尚未收到通报</Typography.Text> }}
        renderItem={(b) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Space>
                <Typography.Text strong>{BRIEFING_UNIT_LABELS[b.unit]}</Typography.Text>
                <Typography.Text type="secondary">{b.briefedAt.slice(0, 10)}</Typography.Text>
                {!b.beforeStationing && <Tag color="#8a4b00">进驻后通报</Tag>}
              </Space>
              {b.summary && <Typography.Text>{b.summary}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      {missing.length > 0 && (
        <Form
          form={form}
          name="briefing"
          layout="vertical"
          onFinish={record.mutate}
          style={{ maxWidth: 720, marginTop: 16 }}
        >
          <Form.Item name="unit" label="通报单位" rules={[{ required: true, message: '请选择' }]}>
            <Select
              options={missing.map((unit) => ({ value: unit, label: BRIEFING_UNIT_LABELS[unit] }))}
            />
          </Form.Item>
          <Form.Item name="summary" label="通报内容（负面清单、问题线索、审计发现、信访情况）">
            <Input.TextArea rows={3} />
          </Form.Item>
          <OccurredOn label="通报日期" />
          <Refusal text={record.refusal} />
          <Button htmlType="submit" loading={record.isPending}>
            记录巡前通报
          </Button>
        </Form>
      )}
    </Card>
  );
}
