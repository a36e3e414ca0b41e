import { Alert, Button, Card, Form, Input, Select, Tag, Typography } from 'antd';
import { post } from '../../../api';
import { useStep } from '../../../step';
import { TALK_GROUPS, TALK_GROUP_LABELS } from '../../../vocabulary';
import type { InspectionView } from '../Workspace';

type TalkGroup = (typeof TALK_GROUPS)[number];
interface NotApplicableForm {
  group: TalkGroup;
  reason: string;
}

/**
 * 必谈对象不适用: a must-talk group the target does not have (no minority staff, say) is set
 * aside with the reason, so the talks can meet the rules without it. Which groups may be set
 * aside is the service's to say.
 */
export function MustTalkNotApplicable({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<NotApplicableForm>();
  const mark = useStep({
    run: (v: NotApplicableForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/talks/not-applicable`, v),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  const marked = Object.entries(view.coverage.notApplicable);
  return (
    <Card size="small" title={`不适用的必谈对象（${marked.length}）`}>
      {marked.length > 0 && (
        <Typography.Paragraph>
          {marked.map(([group, { reason }]) => (
            <Tag key={group}>
              {TALK_GROUP_LABELS[group as TalkGroup] ?? group}：{reason}
            </Tag>
          ))}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        name="not-applicable"
        layout="inline"
        onFinish={mark.mutate}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="group" label="必谈对象" rules={[{ required: true, message: '请选择' }]}>
          <Select
            style={{ width: 180 }}
            options={TALK_GROUPS.map((g) => ({ value: g, label: TALK_GROUP_LABELS[g] }))}
          />
        </Form.Item>
        <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={200} placeholder="如：本单位无少数民族职工" style={{ width: 280 }} />
        </Form.Item>
        <Button htmlType="submit" loading={mark.isPending}>
          标记不适用
        </Button>
        {mark.refusal && <Alert type="error" showIcon title={mark.refusal} />}
      </Form>
    </Card>
  );
}
