import { Button, Card, Form, Input, List } from 'antd';
import { Refusal } from '../../fields';
import { post } from '../../api';
import { useSession } from '../../session';
import { useStep } from '../../step';
import type { CaseView } from './labels';

const BY = { discipline: '纪委监委', organization: '组织部' } as const;

/** 日常监督: the commission's and the organization department's notes on the case (三方联动). */
export function SupervisionCard({ view }: { view: CaseView }) {
  const { roles } = useSession().principal;
  const supervisor = roles.includes('discipline') || roles.includes('organization');
  const [form] = Form.useForm<{ note: string }>();
  const note = useStep({
    run: (v: { note: string }) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/supervision-notes`, {
        note: v.note,
      }),
    record: ['case', view.id],
    revision: view.revision,
    form,
  });
  if (!supervisor && view.supervisionNotes.length === 0) return null;
  return (
    <Card title={`日常监督（${view.supervisionNotes.length}）`}>
      <List
        size="small"
        dataSource={view.supervisionNotes}
        locale={{ emptyText: '尚无监督记录' }}
        renderItem={(n) => (
          <List.Item>
            {n.recordedAt.slice(0, 10)} {BY[n.by]}：{n.note}
          </List.Item>
        )}
      />
      {supervisor && view.status === 'open' && (
        <Form
          form={form}
          name="supervision-note"
          layout="vertical"
          onFinish={note.mutate}
          style={{ marginTop: 16 }}
        >
          <Form.Item name="note" label="监督意见" rules={[{ required: true, message: '请填写' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Refusal text={note.refusal} />
          <Button type="primary" htmlType="submit" loading={note.isPending}>
            记录监督意见
          </Button>
        </Form>
      )}
    </Card>
  );
}
