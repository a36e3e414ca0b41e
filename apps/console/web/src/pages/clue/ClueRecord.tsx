import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { get, post, type Role } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { ROLE_NAMES } from '../../roles';
import { useSession } from '../../session';
import { happenedAt, happenedOn, isoDay, useStep } from '../../step';
import { Unreachable } from '../../Unreachable';
import {
  CLUE_RECIPIENTS,
  CLUE_RECIPIENT_LABELS,
  CLUE_STATUS_LABELS,
  DISCIPLINE_CATEGORY_LABELS,
  DISPOSITION_METHODS,
  DISPOSITION_METHOD_LABELS,
  INVOLVED_RANK_LABELS,
} from '../../vocabulary';
import { CLUE_NEXT_STEP, CLUE_STEP_LABELS, type ClueView } from './labels';

/** Opening this page reads the clue in full, and the service records the read (查阅记录). */
export default function ClueRecord() {
  const { id = '' } = useParams();
  const clue = useQuery({
    queryKey: ['clue', id],
    queryFn: () => get(`/api/clue/v1/clues/${id}`),
  });
  if (clue.error) return <Unreachable error={clue.error} what="该线索" />;
  const view = clue.data;
  if (!view) return <Card loading />;
  return (
    <>
      <Typography.Title level={3}>问题线索：{view.targetName ?? '未具名单位'}</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Record view={view} />
        <NextStep view={view} />
        <Trail view={view} />
      </Space>
    </>
  );
}

function Record({ view }: { view: ClueView }) {
  const office = useSession().principal.roles.includes('office');
  return (
    <Card
      title="线索情况"
      extra={view.redacted ? <Tag>已隐去人名与问题内容</Tag> : <Tag color="#b3261e">保密</Tag>}
    >
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="被巡察单位">
          {office ? (
            <Link to={`/dossier/${view.targetId}?clue=${view.id}`}>{view.targetName}</Link>
          ) : (
            view.targetName
          )}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag>{CLUE_STATUS_LABELS[view.status]}</Tag>
          {view.overdue && <Tag color="#b3261e">逾期督办</Tag>}
        </Descriptions.Item>
        {view.person && (
          <Descriptions.Item label="涉及人员">
            {view.person.name}（{view.person.position}）
          </Descriptions.Item>
        )}
        <Descriptions.Item label="涉及人员职级">
          {INVOLVED_RANK_LABELS[view.involvedRank]}
        </Descriptions.Item>
        <Descriptions.Item label="问题类别">
          {DISCIPLINE_CATEGORY_LABELS[view.discipline]}
        </Descriptions.Item>
        <Descriptions.Item label="边巡边移">{view.urgent ? '是' : '否'}</Descriptions.Item>
        {view.allegation && (
          <Descriptions.Item label="线索内容" span={2}>
            {view.allegation}
          </Descriptions.Item>
        )}
        {view.assessmentNote && (
          <Descriptions.Item label="会商意见" span={2}>
            {view.assessmentNote}
          </Descriptions.Item>
        )}
        {view.recipient && (
          <Descriptions.Item label="移交对象">
            {CLUE_RECIPIENT_LABELS[view.recipient]}
          </Descriptions.Item>
        )}
        {view.transferNumber && (
          <Descriptions.Item label="移交编号">{view.transferNumber}</Descriptions.Item>
        )}
        {view.dueBy && <Descriptions.Item label="结果反馈期限">{view.dueBy}</Descriptions.Item>}
        {view.method && (
          <Descriptions.Item label="处置方式">
            {DISPOSITION_METHOD_LABELS[view.method]}
          </Descriptions.Item>
        )}
        {view.outcome && (
          <Descriptions.Item label="办理结果" span={2}>
            {view.outcome.caseFiled ? '已立案' : '未立案'}，处分 {view.outcome.sanctionedPersons}{' '}
            人，组织处理 {view.outcome.organizationalHandling} 人，移送司法{' '}
            {view.outcome.judicialTransfers} 人，挽回资金 {view.outcome.fundsRecovered} 元
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** The step the clue waits for, to those whose step it is. */
function NextStep({ view }: { view: ClueView }) {
  const { roles } = useSession().principal;
  const office = roles.includes('office');
  // The recipient signs, disposes and reports; the office may record it for them.
  const recipient = office || roles.includes('discipline') || roles.includes('organization');
  if (view.redacted || view.status === 'concluded') return null;
  const step =
    view.status === 'registered' && office ? (
      <Assess view={view} />
    ) : view.status === 'assessed' && office ? (
      <Transfer view={view} />
    ) : view.status === 'transferred' && recipient ? (
      <Receive view={view} />
    ) : view.status === 'received' && recipient ? (
      <Dispose view={view} />
    ) : view.status === 'disposed' && recipient ? (
      <Outcome view={view} />
    ) : null;
  if (!step) return null;
  return <Card title={CLUE_NEXT_STEP[view.status]}>{step}</Card>;
}

function useClueStep<V>(view: ClueView, run: (v: V) => Promise<unknown>) {
  const [form] = Form.useForm();
  const step = useStep({
    run,
    record: [['clue', view.id], ['clues']],
    revision: view.revision,
    form,
  });
  return { form, step };
}

interface AssessForm {
  recipient: (typeof CLUE_RECIPIENTS)[number];
  note: string;
  on?: Dayjs;
}
/** 集体会商: the office and the commission review the clue together and choose the recipient. */
function Assess({ view }: { view: ClueView }) {
  const { form, step } = useClueStep(view, (v: AssessForm) =>
    post(`/api/clue/v1/clues/${view.id}/assessment`, {
      recipient: v.recipient,
      note: v.note,
      assessedAt: happenedOn(v.on),
    }),
  );
  return (
    <Form
      form={form}
      name="assessment"
      layout="vertical"
      onFinish={step.mutate}
      style={{ maxWidth: 640 }}
    >
      <Form.Item name="recipient" label="移交对象" rules={[{ required: true, message: '请选择' }]}>
        <Select
          options={CLUE_RECIPIENTS.map((r) => ({ value: r, label: CLUE_RECIPIENT_LABELS[r] }))}
        />
      </Form.Item>
      <Form.Item name="note" label="会商意见" rules={[{ required: true, message: '请填写' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <OccurredOn label="会商日期" />
      <Refusal text={step.refusal} />
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        记录会商结果
      </Button>
    </Form>
  );
}

/** 移交: numbered by the service, with the day the result is due (three months unless set). */
function Transfer({ view }: { view: ClueView }) {
  const { form, step } = useClueStep(view, (v: { on?: Dayjs; dueBy?: Dayjs }) =>
    post(`/api/clue/v1/clues/${view.id}/transfer`, {
      transferredAt: happenedOn(v.on),
      ...(v.dueBy && { resultDueBy: isoDay(v.dueBy) }),
    }),
  );
  return (
    <Form form={form} name="transfer" layout="vertical" onFinish={step.mutate}>
      <Typography.Paragraph>
        移交{view.recipient ? CLUE_RECIPIENT_LABELS[view.recipient] : ''}。
      </Typography.Paragraph>
      <OccurredOn label="移交日期" />
      <Form.Item name="dueBy" label="办理结果反馈期限（不填为移交后三个月）">
        <DatePicker />
      </Form.Item>
      <Refusal text={step.refusal} />
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        移交线索
      </Button>
    </Form>
  );
}

function Receive({ view }: { view: ClueView }) {
  const { form, step } = useClueStep(view, (v: { on?: Dayjs; by?: string }) =>
    post(`/api/clue/v1/clues/${view.id}/receipt`, {
      receivedAt: happenedAt(v.on),
      ...(v.by && { receivedBy: v.by }),
    }),
  );
  return (
    <Form form={form} name="receipt" layout="vertical" onFinish={step.mutate}>
      <OccurredOn label="签收日期" />
      <Form.Item name="by" label="签收人（职务）">
        <Input maxLength={100} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Refusal text={step.refusal} />
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        签收
      </Button>
    </Form>
  );
}

function Dispose({ view }: { view: ClueView }) {
  const { form, step } = useClueStep(
    view,
    (v: { method: (typeof DISPOSITION_METHODS)[number]; on?: Dayjs }) =>
      post(`/api/clue/v1/clues/${view.id}/disposition`, {
        method: v.method,
        decidedAt: happenedOn(v.on),
      }),
  );
  return (
    <Form form={form} name="disposition" layout="vertical" onFinish={step.mutate}>
      <Form.Item name="method" label="处置方式" rules={[{ required: true, message: '请选择' }]}>
        <Select
          style={{ maxWidth: 320 }}
          options={DISPOSITION_METHODS.map((m) => ({
            value: m,
            label: DISPOSITION_METHOD_LABELS[m],
          }))}
        />
      </Form.Item>
      <OccurredOn label="决定日期" />
      <Refusal text={step.refusal} />
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        确定处置方式
      </Button>
    </Form>
  );
}

interface OutcomeForm {
  caseFiled?: boolean;
  sanctionedPersons: number;
  organizationalHandling: number;
  judicialTransfers: number;
  fundsRecovered: number;
  final?: boolean;
  on?: Dayjs;
}
/** 办理结果: the figures so far; the final report concludes the clue (办结). */
function Outcome({ view }: { view: ClueView }) {
  const { form, step } = useClueStep(view, (v: OutcomeForm) =>
    post(`/api/clue/v1/clues/${view.id}/outcome`, {
      caseFiled: v.caseFiled ?? false,
      sanctionedPersons: v.sanctionedPersons,
      organizationalHandling: v.organizationalHandling,
      judicialTransfers: v.judicialTransfers,
      fundsRecovered: v.fundsRecovered,
      final: v.final ?? false,
      reportedAt: happenedOn(v.on),
    }),
  );
  const count = (name: keyof OutcomeForm, label: string, unit = '人') => (
    <Form.Item name={name} label={`${label}（${unit}）`} initialValue={0}>
      <InputNumber min={0} style={{ width: 160 }} />
    </Form.Item>
  );
  return (
    <Form form={form} name="outcome" layout="vertical" onFinish={step.mutate}>
      <Space wrap size="large">
        <Form.Item name="caseFiled" label="立案" valuePropName="checked">
          <Switch />
        </Form.Item>
        {count('sanctionedPersons', '处分')}
        {count('organizationalHandling', '组织处理')}
        {count('judicialTransfers', '移送司法')}
        {count('fundsRecovered', '挽回资金', '元')}
      </Space>
      <Form.Item name="final" label="办结（最终结果）" valuePropName="checked">
        <Switch />
      </Form.Item>
      <OccurredOn label="报告日期" />
      <Refusal text={step.refusal} />
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        报告办理结果
      </Button>
    </Form>
  );
}

/** Every step with when it happened, and for its supervisors who read the full record. */
function Trail({ view }: { view: ClueView }) {
  const { roles } = useSession().principal;
  const supervisor = roles.includes('office') || roles.includes('discipline');
  const reads = useQuery({
    queryKey: ['clue', view.id, 'reads'],
    queryFn: () => get(`/api/clue/v1/clues/${view.id}/reads`),
    enabled: supervisor && !view.redacted,
  });
  return (
    <Card title="办理环节">
      <Timeline
        items={view.steps.map((s) => ({
          children: `${s.at.slice(0, 10)} ${CLUE_STEP_LABELS[s.step] ?? s.step}`,
        }))}
      />
      {supervisor && !view.redacted && (
        <Table
          size="small"
          rowKey={(r) => `${r.reader}-${r.readAt}`}
          pagination={false}
          title={() => '查阅记录（每次查阅完整记录均留痕）'}
          dataSource={reads.data?.items ?? []}
          loading={reads.isLoading}
          columns={[
            { title: '查阅时间', render: (_, r) => r.readAt.replace('T', ' ').slice(0, 19) },
            {
              title: '查阅人角色',
              render: (_, r) => r.roles.map((role) => ROLE_NAMES[role as Role] ?? role).join('、'),
            },
          ]}
        />
      )}
    </Card>
  );
}
