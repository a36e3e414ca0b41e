import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { get, patch, post, type Schema } from '../api';
import { DivisionTree } from '../DivisionTree';
import { EditModal } from '../EditModal';
import { JurisdictionTree } from '../JurisdictionTree';
import { useDivisionNames } from '../names';
import { CreateModal } from '../CreateModal';
import { draftOf, useProblems } from '../problems';
import { useScope } from '../scope';
import {
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  TARGET_STATUS_LABELS,
  TARGET_TIERS,
  TARGET_TIER_LABELS,
} from '../vocabulary';

// The revision is in the answer (what If-Match sends back) but not yet in the document.
export type TargetRow = Schema<'planning', 'TargetView'> & { revision?: number };

const RETIRED_BY = { retired: '撤销', merged: '合并', split: '拆分' } as const;

const PAGE_SIZE = 20;
const DRAFT = 'target-new';

/**
 * 巡察对象: the register by jurisdiction, paged and filtered by the server (thousands of
 * targets), with registration, changes, retirement, and the reform's merges and splits.
 */
export default function Targets() {
  const scope = useScope();
  const [jurisdiction, setJurisdiction] = useState(scope.jurisdiction);
  const [filters, setFilters] = useState<{ category?: string; tier?: string; status?: string }>({
    status: 'active',
  });
  // Cursor paging: the cursors of the pages seen so far, so 上一页 goes back.
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query = new URLSearchParams({
    jurisdiction,
    limit: String(PAGE_SIZE),
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
    ...(cursor && { cursor }),
  });
  const page = useQuery({
    queryKey: ['targets', query.toString()],
    queryFn: () => get(`/api/planning/v1/targets?${query}`),
    placeholderData: (previous) => previous,
  });
  const names = useDivisionNames((page.data?.items ?? []).map((t) => t.jurisdiction));
  const [creating, setCreating] = useState(!!draftOf(DRAFT));
  const [acting, setActing] = useState<{ on: TargetRow; action: Action }>();
  useEffect(() => {
    setJurisdiction(scope.jurisdiction);
    setCursors([undefined]);
  }, [scope.jurisdiction]);
  const refilter = (next: typeof filters) => {
    setFilters(next);
    setCursors([undefined]);
  };

  return (
    <Space align="start" size="large" style={{ width: '100%' }}>
      <Card title="区划" size="small" style={{ width: 240 }}>
        <DivisionTree
          key={scope.jurisdiction}
          root={scope.jurisdiction}
          selected={jurisdiction}
          onSelect={(code) => {
            setJurisdiction(code);
            setCursors([undefined]);
          }}
        />
      </Card>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Title level={3}>巡察对象</Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label="类别"
            placeholder="类别"
            allowClear
            style={{ width: 180 }}
            value={filters.category}
            onChange={(category) => refilter({ ...filters, category })}
            options={TARGET_CATEGORIES.map((c) => ({ value: c, label: TARGET_CATEGORY_LABELS[c] }))}
          />
          <Select
            aria-label="层级"
            placeholder="层级"
            allowClear
            style={{ width: 120 }}
            value={filters.tier}
            onChange={(tier) => refilter({ ...filters, tier })}
            options={TARGET_TIERS.map((t) => ({ value: t, label: TARGET_TIER_LABELS[t] }))}
          />
          <Select
            aria-label="状态"
            placeholder="状态"
            allowClear
            style={{ width: 120 }}
            value={filters.status}
            onChange={(status) => refilter({ ...filters, status })}
            options={Object.entries(TARGET_STATUS_LABELS).map(([value, label]) => ({
              value,
              label,
            }))}
          />
          <Button type="primary" onClick={() => setCreating(true)}>
            新增巡察对象
          </Button>
        </Space>
        <Table<TargetRow>
          rowKey="id"
          size="small"
          loading={page.isFetching}
          dataSource={page.data?.items}
          pagination={false}
          columns={[
            { title: '单位名称', dataIndex: 'name' },
            {
              title: '类别',
              dataIndex: 'category',
              render: (c) => TARGET_CATEGORY_LABELS[c as keyof typeof TARGET_CATEGORY_LABELS],
            },
            {
              title: '层级',
              dataIndex: 'tier',
              render: (t) => TARGET_TIER_LABELS[t as keyof typeof TARGET_TIER_LABELS],
            },
            {
              title: '所属区划',
              dataIndex: 'jurisdiction',
              render: (code: string) => names[code] ?? code,
            },
            { title: '人数', dataIndex: 'headcount' },
            { title: '主要负责人', dataIndex: 'leader' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string, target) => (
                <>
                  <Tag color={s === 'active' ? '#1d6b1d' : '#595959'}>
                    {TARGET_STATUS_LABELS[s] ?? s}
                  </Tag>
                  {target.retirement && (
                    <span title={target.retirement.reason}>
                      {target.retirement.effectiveOn} 起{RETIRED_BY[target.retirement.by]}
                    </span>
                  )}
                </>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              render: (_, target) =>
                target.status === 'active' && (
                  <Space size={0}>
                    {ACTIONS.map(({ action, label }) => (
                      <Button
                        key={action}
                        type="link"
                        size="small"
                        onClick={() => setActing({ on: target, action })}
                      >
                        {label}
                      </Button>
                    ))}
                  </Space>
                ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            上一页
          </Button>
          <span>第 {cursors.length} 页</span>
          <Button
            disabled={!page.data?.next}
            onClick={() => setCursors([...cursors, page.data?.next])}
          >
            下一页
          </Button>
        </Space>
      </div>
      {creating && <CreateTarget jurisdiction={jurisdiction} onClose={() => setCreating(false)} />}
      {acting && <ActOn {...acting} onClose={() => setActing(undefined)} />}
    </Space>
  );
}

function CreateTarget({ jurisdiction, onClose }: { jurisdiction: string; onClose: () => void }) {
  const [form] = Form.useForm();
  const { jurisdiction: scope } = useScope();
  return (
    <CreateModal
      form={form}
      draft={DRAFT}
      title="新增巡察对象"
      invalidates={['targets']}
      send={(values: Schema<'planning', 'RegisterTargetBody'>) =>
        post('/api/planning/v1/targets', values)
      }
      initialValues={{ jurisdiction, tier: 'county', headcount: 0 }}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="单位名称"
        rules={[{ required: true, message: '请填写单位名称' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
        <Select
          options={TARGET_CATEGORIES.map((c) => ({ value: c, label: TARGET_CATEGORY_LABELS[c] }))}
        />
      </Form.Item>
      <Form.Item name="tier" label="层级" rules={[{ required: true, message: '请选择层级' }]}>
        <Select options={TARGET_TIERS.map((t) => ({ value: t, label: TARGET_TIER_LABELS[t] }))} />
      </Form.Item>
      <Form.Item
        name="jurisdiction"
        label="所属区划"
        rules={[{ required: true, message: '请选择区划' }]}
      >
        <JurisdictionTree root={scope} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="headcount"
        label="干部职工人数"
        rules={[{ required: true, message: '请填写人数' }]}
      >
        <InputNumber min={0} />
      </Form.Item>
      <Form.Item name="leader" label="主要负责人">
        <Input />
      </Form.Item>
    </CreateModal>
  );
}

type Action = 'edit' | 'retire' | 'merge' | 'split';
const ACTIONS: Array<{ action: Action; label: string }> = [
  { action: 'edit', label: '编辑' },
  { action: 'retire', label: '撤销' },
  { action: 'merge', label: '合并' },
  { action: 'split', label: '拆分' },
];

function ActOn({ on, action, onClose }: { on: TargetRow; action: Action; onClose: () => void }) {
  if (action === 'edit') return <EditTarget target={on} onClose={onClose} />;
  if (action === 'retire') return <RetireTarget target={on} onClose={onClose} />;
  if (action === 'merge') return <MergeTargets target={on} onClose={onClose} />;
  return <SplitTarget target={on} onClose={onClose} />;
}

function EditTarget({ target, onClose }: { target: TargetRow; onClose: () => void }) {
  const [form] = Form.useForm();
  return (
    <EditModal<TargetRow, Record<string, unknown>>
      form={form}
      draft={`target-${target.id}`}
      title={`编辑巡察对象：${target.name}`}
      recordKey={`target-${target.id}`}
      read={() => get(`/api/planning/v1/targets/${target.id}`)}
      toValues={({ name, category, headcount, partyMemberCount, leader }) => ({
        name,
        category,
        headcount,
        partyMemberCount,
        leader,
      })}
      send={(values, revision) =>
        patch(
          `/api/planning/v1/targets/${target.id}`,
          // An emptied optional field is left as it was: the service refuses null.
          Object.fromEntries(
            Object.entries(values).filter(([, v]) => v !== undefined && v !== ''),
          ) as Schema<'planning', 'UpdateTargetProfileBody'>,
          revision,
        )
      }
      invalidates={['targets']}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="单位名称"
        rules={[{ required: true, message: '请填写单位名称' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
        <Select
          options={TARGET_CATEGORIES.map((c) => ({ value: c, label: TARGET_CATEGORY_LABELS[c] }))}
        />
      </Form.Item>
      <Form.Item
        name="headcount"
        label="干部职工人数"
        rules={[{ required: true, message: '请填写人数' }]}
      >
        <InputNumber min={0} />
      </Form.Item>
      <Form.Item name="partyMemberCount" label="党员人数">
        <InputNumber min={0} />
      </Form.Item>
      <Form.Item name="leader" label="主要负责人">
        <Input />
      </Form.Item>
    </EditModal>
  );
}

/** The reform's decision: why (the document) and from which day. */
function ReformFields({ reason }: { reason: string }) {
  return (
    <>
      <Form.Item name="reason" label={reason} rules={[{ required: true, message: '请填写依据' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label="生效日期"
        rules={[{ required: true, message: '请选择生效日期' }]}
      >
        <DatePicker />
      </Form.Item>
    </>
  );
}

/** One call that changes a target (retire, merge, split): refusals at their fields, the list reloaded. */
function ReformModal({
  title,
  okText,
  form,
  send,
  onClose,
  width,
  children,
}: {
  title: string;
  okText: string;
  form: ReturnType<typeof Form.useForm>[0];
  send: (values: Record<string, unknown> & { effectiveOn: Dayjs }) => Promise<unknown>;
  onClose: () => void;
  width?: number;
  children: React.ReactNode;
}) {
  const queryClient = useQueryClient();
  const show = useProblems();
  const [refusal, setRefusal] = useState<string>();
  const act = useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      onClose();
    },
    onError: (error) => setRefusal(show(error, form)),
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      width={width}
      onCancel={onClose}
      confirmLoading={act.isPending}
      onOk={() =>
        form.validateFields().then((values) => act.mutate(values as Parameters<typeof send>[0]))
      }
    >
      <Form form={form} layout="vertical">
        {children}
      </Form>
      {refusal && <Typography.Text type="danger">{refusal}</Typography.Text>}
    </Modal>
  );
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

function RetireTarget({ target, onClose }: { target: TargetRow; onClose: () => void }) {
  const [form] = Form.useForm();
  return (
    <ReformModal
      title={`撤销巡察对象：${target.name}`}
      okText="撤销"
      form={form}
      onClose={onClose}
      send={(values) =>
        post(`/api/planning/v1/targets/${target.id}/retire`, {
          reason: values.reason as string,
          effectiveOn: day(values.effectiveOn),
        })
      }
    >
      <ReformFields reason="撤销原因（如机构改革文件）" />
    </ReformModal>
  );
}

/** 机构改革合并: the chosen targets of the same jurisdiction join this one and are retired. */
function MergeTargets({ target, onClose }: { target: TargetRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const others = useQuery({
    queryKey: ['targets', 'merge', target.jurisdiction],
    queryFn: () =>
      get(`/api/planning/v1/targets?jurisdiction=${target.jurisdiction}&status=active&limit=1000`),
    select: (page) => page.items.filter((t) => t.id !== target.id),
  });
  return (
    <ReformModal
      title={`机构改革合并：并入${target.name}`}
      okText="合并"
      form={form}
      onClose={onClose}
      send={(values) =>
        post(`/api/planning/v1/targets/${target.id}/merge`, {
          mergedTargetIds: values.mergedTargetIds as string[],
          reason: values.reason as string,
          effectiveOn: day(values.effectiveOn),
        })
      }
    >
      <Form.Item
        name="mergedTargetIds"
        label="并入本单位的单位（合并后撤销）"
        rules={[{ required: true, message: '请选择被合并的单位' }]}
      >
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          loading={others.isLoading}
          options={(others.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
      </Form.Item>
      <ReformFields reason="合并依据（机构改革文件）" />
    </ReformModal>
  );
}

/** 机构改革拆分: two or more successors are registered and this target is retired. */
function SplitTarget({ target, onClose }: { target: TargetRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const { jurisdiction: scope } = useScope();
  const successor = {
    category: target.category,
    tier: target.tier,
    jurisdiction: target.jurisdiction,
    headcount: 0,
  };
  return (
    <ReformModal
      title={`机构改革拆分：${target.name}`}
      okText="拆分"
      width={900}
      form={form}
      onClose={onClose}
      send={(values) =>
        post(`/api/planning/v1/targets/${target.id}/split`, {
          successors: values.successors as Schema<'planning', 'SuccessorBody'>[],
          reason: values.reason as string,
          effectiveOn: day(values.effectiveOn),
        })
      }
    >
      <Form.List name="successors" initialValue={[successor, successor]}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, n) => (
              <Card
                key={field.key}
                size="small"
                title={`拆分后单位 ${n + 1}`}
                style={{ marginBottom: 8 }}
                extra={
                  fields.length > 2 && (
                    <Button type="link" size="small" onClick={() => remove(field.name)}>
                      删除
                    </Button>
                  )
                }
              >
                <Space wrap align="start">
                  <Form.Item
                    name={[field.name, 'name']}
                    label="单位名称"
                    rules={[{ required: true, message: '请填写单位名称' }]}
                  >
                    <Input style={{ width: 190 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'category']} label="类别">
                    <Select
                      style={{ width: 150 }}
                      options={TARGET_CATEGORIES.map((c) => ({
                        value: c,
                        label: TARGET_CATEGORY_LABELS[c],
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'tier']} label="层级">
                    <Select
                      style={{ width: 100 }}
                      options={TARGET_TIERS.map((t) => ({
                        value: t,
                        label: TARGET_TIER_LABELS[t],
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'jurisdiction']} label="所属区划">
                    <JurisdictionTree root={scope} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'headcount']} label="人数">
                    <InputNumber min={0} />
                  </Form.Item>
                </Space>
              </Card>
            ))}
            <Button onClick={() => add(successor)} style={{ marginBottom: 16 }}>
              增加拆分后单位
            </Button>
          </>
        )}
      </Form.List>
      <ReformFields reason="拆分依据（机构改革文件）" />
    </ReformModal>
  );
}
