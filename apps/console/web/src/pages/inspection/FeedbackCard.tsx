import { Button, Card, Descriptions, Form, List, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useSession } from '../../session';
import { happenedAt, happenedOn, useStep } from '../../step';
import type { InspectionView } from './Workspace';

/** Whom a feedback is usually copied to (抄送): bodies, never persons; others may be typed. */
const USUAL_COPIES = ['市纪委监委', '市委组织部', '主管部门'];

interface FeedbackForm {
  on?: Dayjs;
  copiedTo?: string[];
}

/**
 * 反馈: the problems go to the inspected organization, one list for the township and one for
 * each village in a township-with-villages inspection (分村反馈); rectification starts from it.
 */
export function FeedbackCard({ view }: { view: InspectionView }) {
  const { roles } = useSession().principal;
  if (view.feedback)
    return <Delivered view={view} feedback={view.feedback} office={roles.includes('office')} />;
  if (view.report.stage !== 'heard') return null;
  return <Deliver view={view} />;
}

type Finding = InspectionView['findings'][number];
interface ProblemList {
  key: string;
  name: string;
  findings: Finding[];
}

/** The problem lists the feedback will carry, as the findings were recorded. */
function toDeliver(view: InspectionView): ProblemList[] {
  const own = view.findings.filter((f) => !f.village);
  return [
    { key: 'own', name: view.target.targetName, findings: own },
    ...view.villages.map((v) => ({
      key: v.villageId,
      name: v.villageName,
      findings: view.findings.filter((f) => f.village?.villageId === v.villageId),
    })),
  ];
}

function Deliver({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<FeedbackForm>();
  const deliver = useStep({
    run: (v: FeedbackForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/feedback`, {
        deliveredAt: happenedAt(v.on),
        copiedTo: v.copiedTo ?? [],
        // Every village of the inspection gets its own list.
        ...(view.villages.length > 0 && { villageIds: view.villages.map((v) => v.villageId) }),
      }),
    record: [
      ['inspection', view.id],
      ['inspections', 'mine'],
    ],
    revision: view.revision,
    form,
  });
  return (
    <Card title="反馈">
      <ProblemLists lists={toDeliver(view)} />
      <Form
        form={form}
        name="feedback"
        layout="vertical"
        onFinish={deliver.mutate}
        style={{ marginTop: 16 }}
      >
        <OccurredOn label="反馈日期" />
        <Form.Item name="copiedTo" label="抄送" initialValue={USUAL_COPIES.slice(0, 2)}>
          <Select
            mode="tags"
            options={USUAL_COPIES.map((c) => ({ value: c, label: c }))}
            style={{ maxWidth: 480 }}
          />
        </Form.Item>
        <Refusal text={deliver.refusal} />
        <Button type="primary" htmlType="submit" loading={deliver.isPending}>
          反馈问题清单
        </Button>
      </Form>
    </Card>
  );
}

/** The lists as delivered: the feedback's own record of which problems went to whom. */
function delivered(view: InspectionView, feedback: Feedback): ProblemList[] {
  const byId = new Map(view.findings.map((f) => [f.findingId, f]));
  return feedback.lists.map((list) => ({
    key: list.feedbackId,
    name: list.village?.villageName ?? view.target.targetName,
    findings: list.findingIds.flatMap((id) => byId.get(id) ?? []),
  }));
}

function ProblemLists({ lists }: { lists: ProblemList[] }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {lists.map((list) => (
        <List
          key={list.key}
          size="small"
          bordered
          header={`${list.name}问题清单（${list.findings.length}）`}
          dataSource={list.findings}
          locale={{ emptyText: '无问题' }}
          renderItem={(f) => <List.Item>{f.title}</List.Item>}
        />
      ))}
    </Space>
  );
}

type Feedback = NonNullable<InspectionView['feedback']>;

function Delivered({
  view,
  feedback,
  office,
}: {
  view: InspectionView;
  feedback: Feedback;
  office: boolean;
}) {
  return (
    <Card title="反馈">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="反馈日期">{feedback.deliveredAt.slice(0, 10)}</Descriptions.Item>
        <Descriptions.Item label="抄送">{feedback.copiedTo.join('、') || '—'}</Descriptions.Item>
      </Descriptions>
      <ProblemLists lists={delivered(view, feedback)} />
      {office && view.status === 'feedback-delivered' && <Close view={view} />}
      {view.status === 'closed' && (
        <Typography.Paragraph style={{ marginTop: 16 }}>巡察已结束。</Typography.Paragraph>
      )}
    </Card>
  );
}

function Close({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<{ on?: Dayjs }>();
  const close = useStep({
    run: (v: { on?: Dayjs }) =>
      post(`/api/inspection/v1/inspections/${view.id}/close`, { closedAt: happenedOn(v.on) }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Form
      form={form}
      name="close"
      layout="inline"
      onFinish={close.mutate}
      style={{ marginTop: 16 }}
    >
      <OccurredOn label="结束日期" />
      <Button htmlType="submit" loading={close.isPending}>
        结束巡察
      </Button>
      <Refusal text={close.refusal} />
    </Form>
  );
}
