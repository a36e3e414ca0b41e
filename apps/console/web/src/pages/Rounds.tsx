import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, get, post, type Schema } from '../api';
import { CreateModal } from '../CreateModal';
import { draftOf, useProblems } from '../problems';
import { useScope } from '../scope';
import { ruleMessage } from '../rules';
import {
  ROUND_KINDS,
  ROUND_KIND_LABELS,
  ROUND_MODES,
  ROUND_MODE_LABELS,
  ROUND_STATUS_LABELS,
} from '../vocabulary';
import { useTargets } from './Cadres';

type RoundRow = Schema<'planning', 'RoundView'>;
type Team = RoundRow['teams'][number];
type Suggestion = Schema<'planning', 'TeamSuggestion'>;
/** A round as the form holds it: the window as a range picker's two days. */
type PlanForm = Omit<Schema<'planning', 'PlanRoundBody'>, 'window'> & { window: [Dayjs, Dayjs] };

const DRAFT = 'round-new';
const TEAM_FIELDS = ['leaderId', 'deputyIds', 'liaisonId', 'memberIds'] as const;

function useCadres() {
  return useQuery({
    queryKey: ['cadres', undefined],
    queryFn: () => get('/api/planning/v1/cadres?limit=1000'),
    select: (page) => page.items,
  });
}

/** 巡察轮次: plan a round, form its teams from the pools' suggestions, approve and launch it. */
export default function Rounds() {
  const { jurisdiction } = useScope();
  const rounds = useQuery({
    queryKey: ['rounds', jurisdiction],
    queryFn: () => get(`/api/planning/v1/rounds?limit=100&jurisdiction=${jurisdiction}`),
  });
  const queryClient = useQueryClient();
  const show = useProblems();
  const [creating, setCreating] = useState(!!draftOf(DRAFT));
  const [openId, setOpenId] = useState<string>();
  const step = useMutation({
    mutationFn: ({ round, action }: { round: RoundRow; action: 'approve' | 'launch' }) =>
      post(`/api/planning/v1/rounds/${round.id}/${action}`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['rounds'] }),
    onError: (error) => show(error, undefined, () => void queryClient.invalidateQueries()),
  });
  const open = rounds.data?.items.find((r) => r.id === openId);
  return (
    <>
      <Typography.Title level={3}>巡察轮次</Typography.Title>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setCreating(true)}>
        拟定轮次
      </Button>
      <Table<RoundRow>
        rowKey="id"
        size="small"
        loading={rounds.isLoading}
        dataSource={rounds.data?.items}
        pagination={false}
        columns={[
          { title: '轮次', dataIndex: 'ordinal', render: (n: number) => `第${n}轮` },
          {
            title: '类型',
            dataIndex: 'kind',
            render: (k: RoundRow['kind']) => ROUND_KIND_LABELS[k],
          },
          {
            title: '方式',
            dataIndex: 'modes',
            render: (modes: RoundRow['modes']) =>
              modes.map((m) => ROUND_MODE_LABELS[m]).join('、') || '—',
          },
          {
            title: '时间',
            dataIndex: 'window',
            render: (w: RoundRow['window']) => `${w.from} 至 ${w.to}`,
          },
          {
            title: '巡察组',
            dataIndex: 'teams',
            render: (teams?: Team[]) => `${teams?.length ?? 0} 个`,
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => <Tag color="#3b4a6b">{ROUND_STATUS_LABELS[s] ?? s}</Tag>,
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, round) => (
              <Space>
                {round.status === 'draft' && (
                  <Button type="link" size="small" onClick={() => setOpenId(round.id)}>
                    组建巡察组
                  </Button>
                )}
                {round.status === 'draft' && (round.teams?.length ?? 0) > 0 && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => step.mutate({ round, action: 'approve' })}
                  >
                    批准
                  </Button>
                )}
                {round.status === 'approved' && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => step.mutate({ round, action: 'launch' })}
                  >
                    进驻启动
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && <PlanRound onClose={() => setCreating(false)} />}
      {open && <FormTeam round={open} onClose={() => setOpenId(undefined)} />}
    </>
  );
}

function PlanRound({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const plans = useQuery({
    queryKey: ['term-plans'],
    queryFn: () => get('/api/planning/v1/term-plans?limit=100'),
  });
  return (
    <CreateModal
      form={form}
      draft={DRAFT}
      title="拟定轮次"
      invalidates={['rounds']}
      send={({ window, ...values }: PlanForm) =>
        post('/api/planning/v1/rounds', {
          ...values,
          modes: values.modes ?? [],
          window: { from: window[0].format('YYYY-MM-DD'), to: window[1].format('YYYY-MM-DD') },
        })
      }
      initialValues={{ kind: 'regular', modes: [], ordinal: 1 }}
      onClose={onClose}
    >
      <Form.Item
        name="termPlanId"
        label="届内巡察规划"
        rules={[{ required: true, message: '请选择规划' }]}
      >
        <Select options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="ordinal" label="轮次序号" rules={[{ required: true, message: '请填写' }]}>
        <InputNumber min={1} />
      </Form.Item>
      <Form.Item name="kind" label="巡察类型" rules={[{ required: true, message: '请选择' }]}>
        <Select options={ROUND_KINDS.map((k) => ({ value: k, label: ROUND_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="modes" label="组织方式">
        <Select
          mode="multiple"
          options={ROUND_MODES.map((m) => ({ value: m, label: ROUND_MODE_LABELS[m] }))}
        />
      </Form.Item>
      <Form.Item name="theme" label="巡察主题（专项巡察必填）">
        <Input />
      </Form.Item>
      <Form.Item name="window" label="巡察时间" rules={[{ required: true, message: '请选择时间' }]}>
        <DatePicker.RangePicker />
      </Form.Item>
    </CreateModal>
  );
}

function FormTeam({ round, onClose }: { round: RoundRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const show = useProblems();
  const cadres = useCadres();
  const targets = useTargets();
  const [suggestion, setSuggestion] = useState<Suggestion>();
  const [refusal, setRefusal] = useState<string>();
  const cadreName = (id: string) => cadres.data?.find((c) => c.id === id)?.name ?? id;
  const cadreOptions = (cadres.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  const suggest = useMutation({
    mutationFn: (targetIds: string[]) =>
      post(`/api/planning/v1/rounds/${round.id}/suggestions`, {
        targetIds,
        expertise: [],
      }),
    onSuccess: setSuggestion,
    onError: (error) => show(error, form),
  });
  const save = useMutation({
    mutationFn: (values: Schema<'planning', 'FormTeamBody'>) =>
      post(`/api/planning/v1/rounds/${round.id}/teams`, {
        ...values,
        deputyIds: values.deputyIds ?? [],
        memberIds: values.memberIds ?? [],
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['rounds'] });
      onClose();
    },
    onError: (error) => {
      const message = show(error, form);
      setRefusal(message);
      // The rule names the cadres it is about: the refusal goes beside each of them.
      const ids = error instanceof ApiError ? ((error.problem.cadreIds as string[]) ?? []) : [];
      if (message && ids.length > 0) {
        const values = form.getFieldsValue();
        form.setFields(
          TEAM_FIELDS.filter((field) => [values[field]].flat().some((id) => ids.includes(id))).map(
            (field) => ({
              name: field,
              errors: [`${ids.map(cadreName).join('、')}：${message}`],
            }),
          ),
        );
      }
    },
  });
  const adoptSuggestion = () => {
    if (!suggestion) return;
    const [liaison, ...members] = suggestion.members.map((m) => m.cadreId);
    form.setFieldsValue({
      leaderId: suggestion.leaders[0]?.cadreId,
      liaisonId: liaison,
      memberIds: members,
      deputyIds: [],
    });
    form.setFields(TEAM_FIELDS.map((name) => ({ name, errors: [] })));
    setRefusal(undefined);
  };
  return (
    <Drawer open title={`组建巡察组：第${round.ordinal}轮`} size="large" onClose={onClose}>
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
        <Form.Item
          name="targetIds"
          label="巡察对象"
          rules={[{ required: true, message: '请选择巡察对象' }]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(targets.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          />
        </Form.Item>
        <Button
          style={{ marginBottom: 16 }}
          onClick={() => {
            const targetIds = form.getFieldValue('targetIds') as string[] | undefined;
            if (targetIds?.length) suggest.mutate(targetIds);
            else form.setFields([{ name: 'targetIds', errors: ['请先选择巡察对象'] }]);
          }}
        >
          推荐人选
        </Button>
        {suggestion && (
          <Alert
            style={{ marginBottom: 16 }}
            type="info"
            title={`推荐组长：${suggestion.leaders.map((l) => cadreName(l.cadreId)).join('、') || '无'}；推荐组员：${suggestion.members.map((m) => cadreName(m.cadreId)).join('、') || '无'}`}
            description={
              suggestion.excluded.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {suggestion.excluded.map((e) => (
                    <li key={e.cadreId}>
                      不予推荐 {cadreName(e.cadreId)}：{ruleMessage(e.rule)}
                    </li>
                  ))}
                </ul>
              )
            }
            action={
              <Button size="small" type="primary" onClick={adoptSuggestion}>
                采用推荐
              </Button>
            }
          />
        )}
        <Form.Item name="leaderId" label="组长" rules={[{ required: true, message: '请选择组长' }]}>
          <Select showSearch optionFilterProp="label" options={cadreOptions} />
        </Form.Item>
        <Form.Item name="deputyIds" label="副组长">
          <Select mode="multiple" optionFilterProp="label" options={cadreOptions} />
        </Form.Item>
        <Form.Item
          name="liaisonId"
          label="联络员"
          rules={[{ required: true, message: '请选择联络员' }]}
        >
          <Select showSearch optionFilterProp="label" options={cadreOptions} />
        </Form.Item>
        <Form.Item name="memberIds" label="组员">
          <Select mode="multiple" optionFilterProp="label" options={cadreOptions} />
        </Form.Item>
        {refusal && <Alert style={{ marginBottom: 16 }} type="error" title={refusal} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          组建
        </Button>
      </Form>
    </Drawer>
  );
}
