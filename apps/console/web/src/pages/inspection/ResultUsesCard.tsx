import { Button, Card, Form, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useSession } from '../../session';
import { happenedOn, useStep } from '../../step';
import { RESULT_USE_KINDS, RESULT_USE_KIND_LABELS } from '../../vocabulary';
import type { InspectionView } from './Workspace';

type Kind = (typeof RESULT_USE_KINDS)[number];
interface ResultUseForm {
  kind: Kind;
  addressee: string;
  subject: string;
  on?: Dayjs;
}

/**
 * 成果运用: what the office sent from the inspection's results once the report was heard —
 * recommendation letters, thematic reports, suggestions to departments, the prompts to the
 * commission and the organization department (sent on to them) and written warnings.
 */
export function ResultUsesCard({ view }: { view: InspectionView }) {
  const office = useSession().principal.roles.includes('office');
  const [form] = Form.useForm<ResultUseForm>();
  const send = useStep({
    run: ({ on, ...use }: ResultUseForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/result-uses`, {
        ...use,
        sentAt: happenedOn(on),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Card title={`成果运用（${view.resultUses.length}）`}>
      <Table
        rowKey="useId"
        size="small"
        pagination={false}
        dataSource={view.resultUses}
        locale={{ emptyText: <Typography.Text type="secondary">尚未运用巡察成果</Typography.Text> }}
        columns={[
          { title: '方式', render: (_, u) => RESULT_USE_KIND_LABELS[u.kind] },
          { title: '送达单位', dataIndex: 'addressee' },
          { title: '主要内容', dataIndex: 'subject' },
          { title: '送达日期', render: (_, u) => u.sentAt.slice(0, 10) },
        ]}
      />
      {office && (
        <Form
          form={form}
          name="result-use"
          layout="vertical"
          onFinish={send.mutate}
          style={{ maxWidth: 720, marginTop: 16 }}
        >
          <Form.Item name="kind" label="运用方式" rules={[{ required: true, message: '请选择' }]}>
            <Select
              options={RESULT_USE_KINDS.map((k) => ({
                value: k,
                label: RESULT_USE_KIND_LABELS[k],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="addressee"
            label="送达单位"
            rules={[{ required: true, message: '请填写' }]}
          >
            <Input maxLength={200} placeholder="如：市纪委监委、商洛市财政局党组" />
          </Form.Item>
          <Form.Item
            name="subject"
            label="主要内容（涉及人员写职务，不写姓名）"
            rules={[{ required: true, message: '请填写' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <OccurredOn label="送达日期" />
          <Refusal text={send.refusal} />
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            记录成果运用
          </Button>
        </Form>
      )}
    </Card>
  );
}
