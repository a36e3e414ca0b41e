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
import { useState } from 'react';
import { get, post, type Schema } from '../api';
import { DivisionTree } from '../DivisionTree';
import { useDivisionNames } from '../names';
import { CreateModal } from '../CreateModal';
import { draftOf, useProblems } from '../problems';
import { useSession } from '../session';
import {
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  TARGET_STATUS_LABELS,
  TARGET_TIERS,
  TARGET_TIER_LABELS,
} from '../vocabulary';

export type TargetRow = Schema<'planning', 'TargetView'>;

const PAGE_SIZE = 20;
const DRAFT = 'target-new';

/** 巡察对象: the register by jurisdiction, paged by the server, with registration and retirement. */
export default function Targets() {
  const { principal } = useSession();
  const [jurisdiction, setJurisdiction] = useState(principal.jurisdiction);
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
  const [retiring, setRetiring] = useState<TargetRow>();
  const refilter = (next: typeof filters) => {
    setFilters(next);
    setCursors([undefined]);
  };

  return (
    <Space align="start" size="large" style={{ width: '100%' }}>
      <Card title="区划" size="small" style={{ width: 240 }}>
        <DivisionTree
          root={principal.jurisdiction}
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
              render: (s: string) => (
                <Tag color={s === 'active' ? '#1d6b1d' : '#595959'}>
                  {TARGET_STATUS_LABELS[s] ?? s}
                </Tag>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              render: (_, target) =>
                target.status === 'active' && (
                  <Button type="link" size="small" onClick={() => setRetiring(target)}>
                    撤销
                  </Button>
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
      {retiring && <RetireTarget target={retiring} onClose={() => setRetiring(undefined)} />}
    </Space>
  );
}

function CreateTarget({ jurisdiction, onClose }: { jurisdiction: string; onClose: () => void }) {
  const [form] = Form.useForm();
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
        label="所属区划代码"
        rules={[{ required: true, message: '请填写区划' }]}
      >
        <Input />
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

function RetireTarget({ target, onClose }: { target: TargetRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const show = useProblems();
  const retire = useMutation({
    mutationFn: (values: { reason: string; effectiveOn: Dayjs }) =>
      post(`/api/planning/v1/targets/${target.id}/retire`, {
        reason: values.reason,
        effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      onClose();
    },
    onError: (error) => show(error, form, () => void queryClient.invalidateQueries()),
  });
  return (
    <Modal
      open
      title={`撤销巡察对象：${target.name}`}
      okText="撤销"
      cancelText="取消"
      onCancel={onClose}
      confirmLoading={retire.isPending}
      onOk={() => form.validateFields().then((values) => retire.mutate(values))}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="撤销原因（如机构改革文件）"
          rules={[{ required: true, message: '请填写原因' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label="生效日期"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
