import { Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useSession } from '../../session';
import { happenedOn, useStep } from '../../step';
import { DIRECTIVE_TARGET_LABELS } from '../../vocabulary';
import type { InspectionView } from './Workspace';

type Directive = InspectionView['directives'][number];

/**
 * 书记点人点事台账: each directive of the hearing with whom or what it points at, the department
 * that owns it and its due day; the office records what was done and closes it, also after the
 * inspection is closed. Overdue ones are marked by the service's supervisor.
 */
export function DirectivesCard({ view }: { view: InspectionView }) {
  const office = useSession().principal.roles.includes('office');
  const [open, setOpen] = useState<string>();
  const closed = view.directives.filter((d) => d.closed).length;
  return (
    <Card
      title={`书记点人点事台账（已办结 ${closed}/${view.directives.length}）`}
      extra={
        view.report.heardAt && (
          <Typography.Text type="secondary">
            书记专题会 {view.report.heardAt.slice(0, 10)} 听取
          </Typography.Text>
        )
      }
    >
      <Table
        rowKey="directiveId"
        size="small"
        pagination={false}
        dataSource={view.directives}
        locale={{
          emptyText: <Typography.Text type="secondary">书记专题会未点人点事点问题</Typography.Text>,
        }}
        expandable={{
          expandedRowKeys: open ? [open] : [],
          showExpandColumn: false,
          expandedRowRender: (d) => (
            <FollowUp view={view} directive={d} done={() => setOpen(undefined)} />
          ),
        }}
        columns={[
          {
            title: '类别',
            render: (_, d) => DIRECTIVE_TARGET_LABELS[d.pointsAt],
            width: 80,
          },
          { title: '所点内容', dataIndex: 'subject' },
          { title: '责任部门', render: (_, d) => d.owner ?? '—' },
          { title: '办理时限', render: (_, d) => d.dueBy ?? '—' },
          {
            title: '办理情况',
            render: (_, d) => (
              <Space direction="vertical" size={0}>
                {d.followUps.map((f, index) => (
                  <Typography.Text key={index}>
                    {f.at.slice(0, 10)} {f.note}
                  </Typography.Text>
                ))}
                {d.closed && (
                  <Typography.Text>
                    {d.closed.at.slice(0, 10)} 办结：{d.closed.result}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: '状态',
            render: (_, d) =>
              d.closed ? (
                <Tag color="#1b6e20">已办结</Tag>
              ) : d.overdue ? (
                <Tag color="#b3261e">逾期督办</Tag>
              ) : (
                <Tag>办理中</Tag>
              ),
          },
          ...(office
            ? [
                {
                  title: '操作',
                  render: (_: unknown, d: Directive) =>
                    !d.closed && (
                      <Button
                        size="small"
                        onClick={() => setOpen(open === d.directiveId ? undefined : d.directiveId)}
                      >
                        跟踪办理
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

interface FollowUpForm {
  text: string;
  on?: Dayjs;
}
type Step = FollowUpForm & { close: boolean };

/** What was done (办理情况), or the closing (办结) with what came of it. */
function FollowUp({
  view,
  directive,
  done,
}: {
  view: InspectionView;
  directive: Directive;
  done: () => void;
}) {
  const [form] = Form.useForm<FollowUpForm>();
  const path =
    `/api/inspection/v1/inspections/${view.id}/directives/${directive.directiveId}` as const;
  const step = useStep({
    run: ({ text, on, close }: Step) =>
      close
        ? post(`${path}/close`, { result: text, closedAt: happenedOn(on) })
        : post(`${path}/follow-ups`, { note: text, followedUpAt: happenedOn(on) }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
    done,
  });
  // One text, two steps: a follow-up, or the closing with what came of it.
  const send = (close: boolean) =>
    form.validateFields().then(
      (values) => step.mutate({ ...values, close }),
      () => undefined,
    );
  return (
    <Form form={form} name={`directive-${directive.directiveId}`} layout="vertical">
      <Form.Item
        name="text"
        label="办理情况（办结时填写办结情况）"
        rules={[{ required: true, message: '请填写' }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <OccurredOn label="日期" />
      <Refusal text={step.refusal} />
      <Space>
        <Button loading={step.isPending} onClick={() => void send(false)}>
          记录办理情况
        </Button>
        <Button type="primary" loading={step.isPending} onClick={() => void send(true)}>
          确认办结
        </Button>
      </Space>
    </Form>
  );
}
