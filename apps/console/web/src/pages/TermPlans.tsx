import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { get, post, type Schema } from '../api';
import { useDivisionNames } from '../names';
import { CreateModal } from '../CreateModal';
import { draftOf, useProblems } from '../problems';
import { useScope } from '../scope';
import { useSession } from '../session';
import { PLAN_STATUS_LABELS } from '../vocabulary';
import { useTargets } from './Cadres';

export type PlanRow = Schema<'planning', 'TermPlanView'>;
/** The draft as the form holds it: the window as a range picker's two days. */
type DraftForm = Omit<Schema<'planning', 'DraftTermPlanBody'>, 'from' | 'to' | 'jurisdiction'> & {
  window: [Dayjs, Dayjs];
};

const DRAFT = 'term-plan-new';

/** 届内巡察规划: the term's scope, its adoption, and the coverage with what is still missing. */
export default function TermPlans() {
  const { jurisdiction } = useScope();
  const plans = useQuery({
    queryKey: ['term-plans', jurisdiction],
    queryFn: () => get(`/api/planning/v1/term-plans?limit=100&jurisdiction=${jurisdiction}`),
  });
  const names = useDivisionNames((plans.data?.items ?? []).map((p) => p.jurisdiction));
  const queryClient = useQueryClient();
  const show = useProblems();
  const [creating, setCreating] = useState(!!draftOf(DRAFT));
  const [viewing, setViewing] = useState<PlanRow>();
  const adopt = useMutation({
    mutationFn: (plan: PlanRow) => post(`/api/planning/v1/term-plans/${plan.id}/adopt`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['term-plans'] }),
    onError: (error) => show(error, undefined, () => void queryClient.invalidateQueries()),
  });
  return (
    <>
      <Typography.Title level={3}>届内巡察规划</Typography.Title>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setCreating(true)}>
        起草规划
      </Button>
      <Table<PlanRow>
        rowKey="id"
        size="small"
        loading={plans.isLoading}
        dataSource={plans.data?.items}
        pagination={false}
        columns={[
          { title: '规划名称', dataIndex: 'name' },
          {
            title: '区划',
            dataIndex: 'jurisdiction',
            render: (code: string) => names[code] ?? code,
          },
          {
            title: '届期',
            dataIndex: 'window',
            render: (w: PlanRow['window']) => `${w.from} 至 ${w.to}`,
          },
          {
            title: '巡察范围',
            dataIndex: 'targetIds',
            render: (ids: string[]) => `${ids.length} 个单位`,
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => <Tag color="#3b4a6b">{PLAN_STATUS_LABELS[s] ?? s}</Tag>,
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, plan) => (
              <Space>
                {plan.status === 'draft' && (
                  <Button type="link" size="small" onClick={() => adopt.mutate(plan)}>
                    通过规划
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setViewing(plan)}>
                  覆盖进度
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {creating && <DraftPlan onClose={() => setCreating(false)} />}
      {viewing && <CoverageDrawer plan={viewing} onClose={() => setViewing(undefined)} />}
    </>
  );
}

function DraftPlan({ onClose }: { onClose: () => void }) {
  const { principal } = useSession();
  const [form] = Form.useForm();
  const targets = useTargets();
  return (
    <CreateModal
      form={form}
      draft={DRAFT}
      title="起草届内巡察规划"
      width={640}
      invalidates={['term-plans']}
      send={({ window, ...values }: DraftForm) =>
        post('/api/planning/v1/term-plans', {
          ...values,
          jurisdiction: principal.jurisdiction,
          from: window[0].format('YYYY-MM-DD'),
          to: window[1].format('YYYY-MM-DD'),
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="规划名称"
        rules={[{ required: true, message: '请填写规划名称' }]}
      >
        <Input placeholder="如：四届市委巡察工作规划" />
      </Form.Item>
      <Form.Item name="window" label="届期" rules={[{ required: true, message: '请选择届期' }]}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item
        name="targetIds"
        label="巡察范围"
        rules={[{ required: true, message: '请选择巡察对象' }]}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          loading={targets.isLoading}
          options={(targets.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
      </Form.Item>
      <Button
        size="small"
        onClick={() =>
          form.setFieldValue(
            'targetIds',
            (targets.data ?? []).map((t) => t.id),
          )
        }
      >
        全部在册单位
      </Button>
    </CreateModal>
  );
}

function CoverageDrawer({ plan, onClose }: { plan: PlanRow; onClose: () => void }) {
  const coverage = useQuery({
    queryKey: ['coverage', plan.id],
    queryFn: () => get(`/api/planning/v1/term-plans/${plan.id}/coverage`),
  });
  const warnings = useQuery({
    queryKey: ['warnings', plan.id],
    queryFn: () => get(`/api/planning/v1/term-plans/${plan.id}/warnings`),
  });
  const targets = useTargets();
  const name = (id: string) => targets.data?.find((t) => t.id === id)?.name ?? '（已撤销的单位）';
  return (
    <Drawer open title={`覆盖进度：${plan.name}`} size="large" onClose={onClose}>
      {coverage.data && (
        <Descriptions column={3} bordered size="small">
          <Descriptions.Item label="应巡">{coverage.data.inScope}</Descriptions.Item>
          <Descriptions.Item label="已巡">{coverage.data.inspected}</Descriptions.Item>
          <Descriptions.Item label="覆盖率">
            {(coverage.data.rate * 100).toFixed(1)}%
          </Descriptions.Item>
        </Descriptions>
      )}
      {warnings.data && warnings.data.shortfall > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          title={`按目前进度（每月 ${warnings.data.pacePerMonth} 个），剩余 ${warnings.data.daysLeft} 天内还有 ${warnings.data.shortfall} 个单位无法覆盖`}
          description={warnings.data.atRisk.map(name).join('、')}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        尚未巡察（{coverage.data?.missing.length ?? 0}）
      </Typography.Title>
      <ul>
        {(coverage.data?.missing ?? []).map((id) => (
          <li key={id}>{name(id)}</li>
        ))}
      </ul>
    </Drawer>
  );
}
