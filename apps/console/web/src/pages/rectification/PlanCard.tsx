import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useProblems } from '../../problems';
import { useSession } from '../../session';
import { happenedOn, isoDay, lines, useStep } from '../../step';
import { RECTIFICATION_ITEM_SOURCE_LABELS } from '../../vocabulary';
import { MISSING_LABELS, PLAN_STATUS, type CaseView } from './labels';

/**
 * 整改方案: the inspected organization writes it item by item (措施、责任人、时限, milestones for
 * long-term items) and screens it (过筛子) before it goes; the office approves it or returns
 * it with reasons.
 */
export function PlanCard({ view }: { view: CaseView }) {
  const { roles } = useSession().principal;
  const { plan } = view;
  const writing = plan.status === 'due' || plan.status === 'returned';
  return (
    <Card title="整改方案" extra={<Tag>{PLAN_STATUS[plan.status]}</Tag>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Returns view={view} />
        {writing && roles.includes('inspected') && <PlanForm view={view} />}
        {writing && !roles.includes('inspected') && (
          <Typography.Text type="secondary">
            待被巡察党组织报送整改方案（{view.planDueBy} 前）。
          </Typography.Text>
        )}
        {(plan.status === 'submitted' || plan.status === 'approved') && (
          <SubmittedPlan view={view} />
        )}
        {plan.status === 'submitted' && roles.includes('office') && <PlanReview view={view} />}
        {plan.status === 'submitted' && roles.includes('inspected') && (
          <Typography.Text type="secondary">整改方案已报送，待巡察办审核。</Typography.Text>
        )}
        {plan.principalLeader && plan.status === 'approved' && (
          <Typography.Text>
            第一责任人：{plan.principalLeader.name}（{plan.principalLeader.position}）
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

function Returns({ view }: { view: CaseView }) {
  const title = (id: string) => view.items.find((i) => i.itemId === id)?.title ?? id;
  if (view.plan.returns.length === 0) return null;
  return (
    <List
      size="small"
      bordered
      header="退回记录"
      dataSource={view.plan.returns}
      renderItem={(r) => (
        <List.Item>
          第 {r.submission} 次报送被退回：{r.reasons.join('；')}
          {r.itemIds.length > 0 && `（涉及：${r.itemIds.map(title).join('、')}）`}
        </List.Item>
      )}
    />
  );
}

interface PlanEntryForm {
  itemId: string;
  measures?: string;
  responsible?: string;
  deadline?: Dayjs;
  milestones?: Array<{ title?: string; dueBy?: Dayjs }>;
}
interface PlanForm {
  items: PlanEntryForm[];
  leaderName?: string;
  leaderPosition?: string;
  on?: Dayjs;
}

/** The plan as the service takes it; empty entries stay empty, for the screening to name. */
function planBody(v: PlanForm) {
  return {
    items: v.items.map((e) => ({
      itemId: e.itemId,
      measures: lines(e.measures),
      ...(e.responsible && { responsible: e.responsible }),
      ...(e.deadline && { deadline: isoDay(e.deadline) }),
      milestones: (e.milestones ?? []).flatMap((m) =>
        m.title && m.dueBy ? [{ title: m.title, dueBy: isoDay(m.dueBy) }] : [],
      ),
    })),
    ...(v.leaderName &&
      v.leaderPosition && { principalLeader: { name: v.leaderName, position: v.leaderPosition } }),
    submittedAt: happenedOn(v.on),
  };
}

function PlanForm({ view }: { view: CaseView }) {
  const [form] = Form.useForm<PlanForm>();
  const queryClient = useQueryClient();
  const show = useProblems();
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const path = `/api/rectification/v1/rectification-cases/${view.id}/plan` as const;

  /** Marks at each item what the screening found missing; true when nothing is. */
  const screened = (error: unknown) => {
    if (!(error instanceof ApiError) || error.problem.status !== 422) return false;
    const missing = (error.problem.items ?? []) as Array<{ itemId: string; missing: string[] }>;
    const late = (error.problem.itemIds ?? []) as string[];
    const index = (id: string) => view.items.findIndex((i) => i.itemId === id);
    form.setFields([
      ...missing.flatMap((p) =>
        p.missing.map((field) => ({
          name: ['items', index(p.itemId), field as 'measures'] as ['items', number, 'measures'],
          errors: [`缺少${MISSING_LABELS[field] ?? field}`],
        })),
      ),
      ...(error.problem.rule === 'milestone-after-deadline'
        ? late.map((id) => ({
            name: ['items', index(id), 'deadline'] as ['items', number, 'deadline'],
            errors: ['阶段目标晚于整改时限'],
          }))
        : []),
    ]);
    return true;
  };
  const send = async (dryRun: boolean) => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    try {
      await post(dryRun ? `${path}?dryRun=true` : path, planBody(values));
      setRefusal(undefined);
      if (dryRun) void message.success('已过筛子：每个事项均有整改措施、责任人和整改时限');
      else void queryClient.invalidateQueries({ queryKey: ['case', view.id] });
    } catch (error) {
      const text = show(error, form);
      screened(error);
      setRefusal(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      form={form}
      name="plan"
      layout="vertical"
      initialValues={{
        items: view.items.map((i) => ({
          itemId: i.itemId,
          measures: i.measures?.join('\n'),
          responsible: i.responsible,
          deadline: i.deadline ? dayjs(i.deadline) : undefined,
          milestones: (i.milestones ?? []).map((m) => ({ title: m.title, dueBy: dayjs(m.dueBy) })),
        })),
      }}
    >
      <Alert
        style={{ marginBottom: 16 }}
        type="info"
        showIcon
        message="过筛子（三个不放过）：每个整改事项都要有整改措施、责任人和整改时限；长期整改事项写明阶段目标，阶段目标不晚于整改时限。"
      />
      <Form.List name="items">
        {(fields) =>
          fields.map((field) => {
            const item = view.items[field.name];
            return (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={`${field.name + 1}. ${item.title}`}
                extra={RECTIFICATION_ITEM_SOURCE_LABELS[item.source]}
                data-testid={`plan-item-${field.name + 1}`}
              >
                <Form.Item name={[field.name, 'itemId']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'measures']} label="整改措施（每行一条）">
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Space size="large" wrap>
                  <Form.Item name={[field.name, 'responsible']} label="责任人">
                    <Input maxLength={100} style={{ width: 240 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'deadline']} label="整改时限">
                    <DatePicker />
                  </Form.Item>
                </Space>
                <Milestones name={field.name} />
              </Card>
            );
          })
        }
      </Form.List>
      <Space size="large" wrap>
        <Form.Item name="leaderName" label="第一责任人姓名">
          <Input maxLength={50} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="leaderPosition" label="第一责任人职务">
          <Input maxLength={100} style={{ width: 240 }} />
        </Form.Item>
        <OccurredOn label="报送日期" />
      </Space>
      {refusal && (
        <Alert
          style={{ marginBottom: 16 }}
          type="error"
          showIcon
          message={refusal}
          data-testid="plan-refusal"
        />
      )}
      <Space>
        <Button onClick={() => send(true)} loading={busy}>
          过筛子检查
        </Button>
        <Button type="primary" onClick={() => send(false)} loading={busy}>
          报送整改方案
        </Button>
      </Space>
    </Form>
  );
}

/** 阶段目标 of a long-term item: a title and the day it is reached by. */
function Milestones({ name }: { name: number }) {
  return (
    <Form.List name={[name, 'milestones']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline">
              <Form.Item name={[field.name, 'title']} label="阶段目标">
                <Input maxLength={200} style={{ width: 320 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'dueBy']} label="完成日期">
                <DatePicker />
              </Form.Item>
              <Button type="link" onClick={() => remove(field.name)}>
                删除
              </Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add()}>
            添加阶段目标（长期整改事项）
          </Button>
        </>
      )}
    </Form.List>
  );
}

function SubmittedPlan({ view }: { view: CaseView }) {
  return (
    <Table
      rowKey="itemId"
      size="small"
      pagination={false}
      dataSource={view.items}
      columns={[
        { title: '整改事项', dataIndex: 'title' },
        { title: '整改措施', render: (_, i) => i.measures?.join('；') ?? '—' },
        { title: '责任人', render: (_, i) => i.responsible ?? '—' },
        { title: '整改时限', render: (_, i) => i.deadline ?? '—' },
        {
          title: '阶段目标',
          render: (_, i) => i.milestones?.map((m) => `${m.title}（${m.dueBy}）`).join('；') || '—',
        },
      ]}
    />
  );
}

interface ReviewForm {
  decision: 'approve' | 'return';
  reasons?: string;
  itemIds?: string[];
  on?: Dayjs;
}

/** 审核整改方案: approve, or return naming the reasons and the items they are about. */
function PlanReview({ view }: { view: CaseView }) {
  const [form] = Form.useForm<ReviewForm>();
  const decision = Form.useWatch('decision', form);
  const review = useStep({
    run: (v: ReviewForm) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/plan/review`, {
        decision: v.decision,
        reasons: lines(v.reasons),
        ...(v.itemIds?.length && { itemIds: v.itemIds }),
        reviewedAt: happenedOn(v.on),
      }),
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="plan-review" layout="vertical" onFinish={review.mutate}>
      <Form.Item name="decision" label="审核意见" initialValue="approve">
        <Radio.Group>
          <Radio value="approve">审核通过</Radio>
          <Radio value="return">退回修改</Radio>
        </Radio.Group>
      </Form.Item>
      {decision === 'return' && (
        <>
          <Form.Item name="reasons" label="退回理由（每行一条）">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="itemIds" label="涉及事项">
            <Select
              mode="multiple"
              options={view.items.map((i) => ({ value: i.itemId, label: i.title }))}
            />
          </Form.Item>
        </>
      )}
      <OccurredOn label="审核日期" />
      <Refusal text={review.refusal} />
      <Button type="primary" htmlType="submit" loading={review.isPending}>
        提交审核意见
      </Button>
    </Form>
  );
}
