import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { get, patch, post, type Schema } from '../api';
import { EditModal } from '../EditModal';
import { JurisdictionTree } from '../JurisdictionTree';
import { useDivisionNames } from '../names';
import { CreateModal } from '../CreateModal';
import { draftOf, useProblems } from '../problems';
import { useScope } from '../scope';
import { useSession } from '../session';
import { POOL_LABELS } from '../vocabulary';

// The revision is in the answer (what If-Match sends back) but not yet in the document.
export type CadreRow = Schema<'planning', 'CadreView'> & { revision?: number };

const DRAFT = 'cadre-new';

/** Every target of the person's jurisdiction, for pickers (a few thousand at most per office). */
export function useTargets() {
  const { principal } = useSession();
  return useQuery({
    queryKey: ['targets', 'all', principal.jurisdiction],
    queryFn: () =>
      get(
        `/api/planning/v1/targets?jurisdiction=${principal.jurisdiction}&status=active&limit=1000`,
      ),
    select: (page) => page.items,
  });
}

/** 干部库: the leader pool and the talent pool, expertise, home unit and declared conflicts (回避). */
export default function Cadres() {
  const { jurisdiction } = useScope();
  const [pool, setPool] = useState<string>();
  const cadres = useQuery({
    queryKey: ['cadres', pool, jurisdiction],
    queryFn: () =>
      get(
        `/api/planning/v1/cadres?limit=1000${pool ? `&pool=${pool}` : ''}&jurisdiction=${jurisdiction}`,
      ),
  });
  const targets = useTargets();
  const targetName = (id?: string) =>
    id ? (targets.data?.find((t) => t.id === id)?.name ?? '（已撤销的单位）') : '—';
  const names = useDivisionNames((cadres.data?.items ?? []).map((c) => c.jurisdiction));
  const [creating, setCreating] = useState(!!draftOf(DRAFT));
  const [declaring, setDeclaring] = useState<CadreRow>();
  const [editing, setEditing] = useState<CadreRow>();
  return (
    <>
      <Typography.Title level={3}>干部库</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label="人才库类别"
          placeholder="全部（组长库与人才库）"
          allowClear
          style={{ width: 220 }}
          value={pool}
          onChange={setPool}
          options={Object.entries(POOL_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Button type="primary" onClick={() => setCreating(true)}>
          干部入库
        </Button>
      </Space>
      <Table<CadreRow>
        rowKey="id"
        size="small"
        loading={cadres.isLoading}
        dataSource={cadres.data?.items}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          {
            title: '区划',
            dataIndex: 'jurisdiction',
            render: (code: string) => names[code] ?? code,
          },
          {
            title: '入库类别',
            dataIndex: 'pools',
            render: (pools: string[]) =>
              pools.map((p) => (
                <Tag key={p} color="#3b4a6b">
                  {POOL_LABELS[p] ?? p}
                </Tag>
              )),
          },
          { title: '专长', dataIndex: 'expertise', render: (e: string[]) => e.join('、') },
          { title: '所在单位', dataIndex: 'homeUnitId', render: targetName },
          {
            title: '回避',
            dataIndex: 'conflicts',
            render: (conflicts: CadreRow['conflicts']) =>
              conflicts.map((c) => (
                <Tag key={c.targetId} color="#8a4b00" title={c.reason}>
                  {targetName(c.targetId)}
                </Tag>
              )),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, cadre) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(cadre)}>
                  编辑
                </Button>
                <Button type="link" size="small" onClick={() => setDeclaring(cadre)}>
                  申报回避
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {creating && <CreateCadre onClose={() => setCreating(false)} />}
      {declaring && <DeclareConflict cadre={declaring} onClose={() => setDeclaring(undefined)} />}
      {editing && <EditCadre cadre={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

function CreateCadre({ onClose }: { onClose: () => void }) {
  const { jurisdiction } = useScope();
  const [form] = Form.useForm();
  return (
    <CreateModal
      form={form}
      draft={DRAFT}
      title="干部入库"
      invalidates={['cadres']}
      send={(values: Schema<'planning', 'RegisterCadreBody'>) =>
        post('/api/planning/v1/cadres', values)
      }
      initialValues={{
        jurisdiction,
        pools: ['talent'],
        expertise: [],
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="jurisdiction"
        label="所属区划"
        rules={[{ required: true, message: '请选择区划' }]}
      >
        <JurisdictionTree root={jurisdiction} style={{ width: '100%' }} />
      </Form.Item>
      <PoolFields />
    </CreateModal>
  );
}

function DeclareConflict({ cadre, onClose }: { cadre: CadreRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const targets = useTargets();
  const show = useProblems();
  const declare = useMutation({
    mutationFn: (values: Schema<'planning', 'DeclareConflictBody'>) =>
      post(`/api/planning/v1/cadres/${cadre.id}/conflicts`, values),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['cadres'] });
      onClose();
    },
    onError: (error) => show(error, form),
  });
  return (
    <Modal
      open
      title={`申报回避：${cadre.name}`}
      okText="申报"
      cancelText="取消"
      onCancel={onClose}
      confirmLoading={declare.isPending}
      onOk={() => form.validateFields().then((values) => declare.mutate(values))}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="targetId"
          label="回避单位"
          rules={[{ required: true, message: '请选择单位' }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={(targets.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="回避原因"
          rules={[{ required: true, message: '请填写原因' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Pools, expertise and home unit: what entering a cadre and changing one share. */
function PoolFields() {
  const targets = useTargets();
  return (
    <>
      <Form.Item name="pools" label="入库类别" rules={[{ required: true, message: '请选择' }]}>
        <Select
          mode="multiple"
          options={Object.entries(POOL_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="expertise" label="专长（回车添加）">
        <Select
          mode="tags"
          options={['财务', '审计', '法律', '工程', '组织人事', '纪检监察'].map((v) => ({
            value: v,
          }))}
        />
      </Form.Item>
      <Form.Item name="homeUnitId" label="所在单位">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={targets.isLoading}
          options={(targets.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
      </Form.Item>
    </>
  );
}

function EditCadre({ cadre, onClose }: { cadre: CadreRow; onClose: () => void }) {
  const [form] = Form.useForm();
  return (
    <EditModal<CadreRow, Record<string, unknown>>
      form={form}
      draft={`cadre-${cadre.id}`}
      title={`调整入库信息：${cadre.name}`}
      recordKey={`cadre-${cadre.id}`}
      read={() => get(`/api/planning/v1/cadres/${cadre.id}`)}
      toValues={({ pools, expertise, homeUnitId }) => ({ pools, expertise, homeUnitId })}
      send={(values, revision) =>
        patch(
          `/api/planning/v1/cadres/${cadre.id}`,
          Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Schema<
            'planning',
            'UpdateCadreBody'
          >,
          revision,
        )
      }
      invalidates={['cadres']}
      onClose={onClose}
    >
      <PoolFields />
    </EditModal>
  );
}
