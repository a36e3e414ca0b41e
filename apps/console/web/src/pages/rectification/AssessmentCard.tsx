import { Button, Card, Descriptions, Form, Input, List, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useSession } from '../../session';
import { happenedOn, isoDay, lines, useStep } from '../../step';
import { ASSESSMENT_GRADES, ASSESSMENT_GRADE_LABELS } from '../../vocabulary';
import type { CaseView } from './labels';

/**
 * 整改成效评估 after the report, 约谈 of the principal leaders after a poor grade, and the
 * close of the case (整改结束): the office's.
 */
export function AssessmentCard({ view }: { view: CaseView }) {
  const office = useSession().principal.roles.includes('office');
  const reported = view.report && view.report.status !== 'due';
  if (!reported && !view.assessment) return null;
  const open = view.status === 'open';
  return (
    <Card title="整改成效评估">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {view.assessment && (
          <Descriptions size="small" column={2}>
            <Descriptions.Item label="评估等次">{view.assessment.label}</Descriptions.Item>
            <Descriptions.Item label="整改完成率">
              {Math.round(view.rectificationRate * 100)}%
            </Descriptions.Item>
          </Descriptions>
        )}
        {view.admonishments.length > 0 && (
          <List
            size="small"
            bordered
            header="约谈"
            dataSource={view.admonishments}
            renderItem={(a) => (
              <List.Item>
                {a.heldOn} 约谈 {a.leaders.map((l) => `${l.name}（${l.position}）`).join('、')}
                {a.note && `：${a.note}`}
              </List.Item>
            )}
          />
        )}
        {office && open && !view.assessment && <Assess view={view} />}
        {office && open && view.assessment?.grade === 'poor' && <Admonish view={view} />}
        {office && open && view.assessment && <Close view={view} />}
        {!open && <span>整改已结束。</span>}
      </Space>
    </Card>
  );
}

interface AssessForm {
  grade: (typeof ASSESSMENT_GRADES)[number];
  note?: string;
  on?: Dayjs;
}
function Assess({ view }: { view: CaseView }) {
  const [form] = Form.useForm<AssessForm>();
  const assess = useStep({
    run: (v: AssessForm) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/assessment`, {
        grade: v.grade,
        ...(v.note && { note: v.note }),
        assessedAt: happenedOn(v.on),
      }),
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="assessment" layout="vertical" onFinish={assess.mutate}>
      <Form.Item name="grade" label="评估等次" rules={[{ required: true, message: '请选择' }]}>
        <Radio.Group
          options={ASSESSMENT_GRADES.map((g) => ({ value: g, label: ASSESSMENT_GRADE_LABELS[g] }))}
        />
      </Form.Item>
      <Form.Item name="note" label="评估意见">
        <Input.TextArea rows={2} />
      </Form.Item>
      <OccurredOn label="评估日期" />
      <Refusal text={assess.refusal} />
      <Button type="primary" htmlType="submit" loading={assess.isPending}>
        记录评估结果
      </Button>
    </Form>
  );
}

interface AdmonishForm {
  leaders: string;
  note?: string;
  on: Dayjs;
}
/** 约谈: one leader a line, 姓名 and 职务 separated by a space or a comma. */
function Admonish({ view }: { view: CaseView }) {
  const [form] = Form.useForm<AdmonishForm>();
  const admonish = useStep({
    run: (v: AdmonishForm) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/admonishments`, {
        heldOn: isoDay(v.on),
        leaders: lines(v.leaders).map((line) => {
          const [name, ...position] = line.split(/[\s,，、]+/);
          return { name, position: position.join(' ') };
        }),
        ...(v.note && { note: v.note }),
      }),
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="admonishment" layout="vertical" onFinish={admonish.mutate}>
      <Form.Item
        name="leaders"
        label="约谈对象（每行一人：姓名 职务）"
        rules={[{ required: true, message: '请填写' }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="note" label="约谈情况">
        <Input.TextArea rows={2} />
      </Form.Item>
      <OccurredOn name="on" label="约谈日期" required />
      <Refusal text={admonish.refusal} />
      <Button htmlType="submit" loading={admonish.isPending}>
        记录约谈
      </Button>
    </Form>
  );
}

function Close({ view }: { view: CaseView }) {
  const [form] = Form.useForm<{ on?: Dayjs }>();
  const close = useStep({
    run: (v: { on?: Dayjs }) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/close`, {
        closedAt: happenedOn(v.on),
      }),
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="close-case" layout="inline" onFinish={close.mutate}>
      <OccurredOn label="结束日期" />
      <Button htmlType="submit" loading={close.isPending}>
        结束整改
      </Button>
      <Refusal text={close.refusal} />
    </Form>
  );
}
