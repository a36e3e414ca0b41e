import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useSession } from '../../session';
import { happenedAt, happenedOn, isoDay, useStep } from '../../step';
import {
  DIRECTIVE_TARGETS,
  DIRECTIVE_TARGET_LABELS,
  INSPECTION_STATUS_LABELS,
} from '../../vocabulary';
import type { InspectionView } from './Workspace';

type DirectiveTarget = (typeof DIRECTIVE_TARGETS)[number];

interface Dated {
  on?: Dayjs;
}

/**
 * 巡察报告, step by step: the team drafts, revises and approves it (组长审定); the office
 * consults the team on it (组办会商) and records the secretary meeting's hearing with its
 * directives (书记专题会听取，点人点事点问题). Each step shows to the role whose step it is.
 */
export function ReportCard({ view }: { view: InspectionView }) {
  const { roles } = useSession().principal;
  const team = roles.includes('team');
  const office = roles.includes('office');
  const { stage } = view.report;
  return (
    <Card title="巡察报告">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {stage !== 'none' && (
          <Typography.Paragraph data-testid="report-stage">
            报告进度：{INSPECTION_STATUS_LABELS[view.status] ?? view.status}
            {view.report.summary && `。${view.report.summary}`}
          </Typography.Paragraph>
        )}
        {stage === 'none' && <Draft view={view} />}
        {(stage === 'drafted' || stage === 'revised') && team && (
          <>
            <Approve view={view} />
            <NoteStep
              view={view}
              step="revise"
              send={(summary, revisedAt) =>
                post(`/api/inspection/v1/inspections/${view.id}/report/revise`, {
                  summary,
                  revisedAt,
                })
              }
              label="修改后的报告摘要（副组长修改）"
              dateLabel="修改日期"
              button="保存修改"
            />
          </>
        )}
        {(stage === 'drafted' || stage === 'revised') && !team && (
          <Typography.Text type="secondary">待巡察组组长审定报告。</Typography.Text>
        )}
        {(stage === 'approved' || stage === 'consulted') && office && (
          <>
            {stage === 'approved' && (
              <NoteStep
                view={view}
                step="consult"
                send={(note, consultedAt) =>
                  post(`/api/inspection/v1/inspections/${view.id}/report/consult`, {
                    note,
                    consultedAt,
                  })
                }
                label="组办会商意见"
                dateLabel="会商日期"
                button="记录组办会商"
              />
            )}
            <Hearing view={view} />
          </>
        )}
        {(stage === 'approved' || stage === 'consulted') && !office && (
          <Typography.Text type="secondary">
            报告已审定，待巡察办提请书记专题会听取。
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

/** 起草报告: refused while the talks fall short; the reason stays beside the button. */
function Draft({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<Dated & { summary: string }>();
  const draft = useStep({
    run: (v: Dated & { summary: string }) =>
      post(`/api/inspection/v1/inspections/${view.id}/report`, {
        summary: v.summary,
        draftedAt: happenedOn(v.on),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="draft" layout="vertical" onFinish={draft.mutate}>
      {!view.coverage.met && (
        <Alert
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          message="起草报告前须完成个别谈话：谈话人数达到要求，必谈对象均已谈话。"
        />
      )}
      <Form.Item
        name="summary"
        label="报告摘要"
        initialValue={`关于对${view.target.targetName}党组织巡察情况的报告`}
        rules={[{ required: true, message: '请填写' }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <OccurredOn label="起草日期" />
      {draft.refusal && (
        <Alert
          style={{ marginBottom: 16 }}
          type="error"
          showIcon
          message={draft.refusal}
          data-testid="report-refusal"
        />
      )}
      <Button type="primary" htmlType="submit" loading={draft.isPending}>
        起草报告
      </Button>
    </Form>
  );
}

function Approve({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<Dated>();
  const approve = useStep({
    run: (v: Dated) =>
      post(`/api/inspection/v1/inspections/${view.id}/report/approve`, {
        approvedAt: happenedOn(v.on),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="approve" layout="inline" onFinish={approve.mutate}>
      <OccurredOn label="审定日期" />
      <Button type="primary" htmlType="submit" loading={approve.isPending}>
        组长审定
      </Button>
      <Refusal text={approve.refusal} />
    </Form>
  );
}

/** A step of the report told in a few words and its day: 副组长修改, 组办会商. */
function NoteStep({
  view,
  step,
  send,
  label,
  dateLabel,
  button,
}: {
  view: InspectionView;
  step: string;
  /** The call, given the text and the day it happened (none for today). */
  send: (text: string, on?: string) => Promise<unknown>;
  label: string;
  dateLabel: string;
  button: string;
}) {
  const [form] = Form.useForm<Dated & { text: string }>();
  const note = useStep({
    run: (v: Dated & { text: string }) => send(v.text, happenedOn(v.on)),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name={step} layout="vertical" onFinish={note.mutate}>
      <Form.Item name="text" label={label} rules={[{ required: true, message: '请填写' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <OccurredOn label={dateLabel} />
      <Refusal text={note.refusal} />
      <Button htmlType="submit" loading={note.isPending}>
        {button}
      </Button>
    </Form>
  );
}

interface HearingForm extends Dated {
  directives?: Array<{ pointsAt: DirectiveTarget; subject: string; owner: string; dueBy?: Dayjs }>;
}

/**
 * 书记专题会: when it heard the report and what the secretary pointed at (点人点事点问题), each
 * directive a line of the ledger with its owner department and due day.
 */
function Hearing({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<HearingForm>();
  const hear = useStep({
    run: (v: HearingForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/report/hearing`, {
        heardAt: happenedAt(v.on),
        directives: (v.directives ?? []).map(({ dueBy, ...d }) => ({
          ...d,
          ...(dueBy && { dueBy: isoDay(dueBy) }),
        })),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Form
      form={form}
      name="hearing"
      layout="vertical"
      onFinish={hear.mutate}
      // Enter confirms a typed date or moves on; it must not record the hearing half entered.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
      }}
    >
      <OccurredOn label="书记专题会听取日期" />
      <Typography.Text strong>书记点人点事点问题</Typography.Text>
      <Form.List name="directives">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap data-testid={`directive-${index}`}>
                <Form.Item
                  name={[field.name, 'pointsAt']}
                  label="类别"
                  initialValue="matter"
                  rules={[{ required: true, message: '请选择' }]}
                >
                  <Select
                    style={{ width: 100 }}
                    options={DIRECTIVE_TARGETS.map((t) => ({
                      value: t,
                      label: DIRECTIVE_TARGET_LABELS[t],
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'subject']}
                  label="所点内容（点人写职务，不写姓名）"
                  rules={[{ required: true, message: '请填写' }]}
                >
                  <Input style={{ width: 360 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'owner']}
                  label="责任部门"
                  rules={[{ required: true, message: '请填写' }]}
                >
                  <Input style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'dueBy']} label="办理时限">
                  <DatePicker />
                </Form.Item>
                <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                  删除
                </Button>
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" onClick={() => add()}>
                添加一项点人点事点问题
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Refusal text={hear.refusal} />
      <Button type="primary" htmlType="submit" loading={hear.isPending}>
        记录书记专题会听取
      </Button>
    </Form>
  );
}
