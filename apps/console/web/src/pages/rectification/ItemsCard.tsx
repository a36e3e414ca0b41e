import { Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useSession } from '../../session';
import { happenedOn, useStep } from '../../step';
import { RECTIFICATION_ITEM_SOURCE_LABELS } from '../../vocabulary';
import type { CaseItem, CaseView } from './labels';

type ItemStep = 'progress' | 'sign-off' | 'reopen' | 'withhold';
const STEP_TITLES: Record<ItemStep, string> = {
  progress: '报告整改进展',
  'sign-off': '验收销号',
  reopen: '重新整改',
  withhold: '不予公开',
};

/**
 * 整改事项 once the plan is approved: the organization reports progress on each; the office
 * verifies and signs it off with its evidence (销号), reopens what did not hold, and keeps
 * from the public disclosure what may not be published.
 */
export function ItemsCard({ view }: { view: CaseView }) {
  const { roles } = useSession().principal;
  const [open, setOpen] = useState<{ item: CaseItem; step: ItemStep }>();
  const open_ = view.status === 'open';
  const actions = (item: CaseItem): ItemStep[] => {
    if (!open_) return [];
    if (roles.includes('inspected')) return item.signedOff ? [] : ['progress'];
    if (!roles.includes('office')) return [];
    return [
      item.signedOff ? 'reopen' : 'sign-off',
      ...(item.withheldFromDisclosure ? [] : (['withhold'] as const)),
    ];
  };
  return (
    <Card title={`整改事项（已销号 ${view.rectifiedCount}/${view.itemCount}）`}>
      <Table<CaseItem>
        rowKey="itemId"
        size="small"
        pagination={false}
        dataSource={view.items}
        columns={[
          { title: '整改事项', dataIndex: 'title' },
          { title: '来源', render: (_, i) => RECTIFICATION_ITEM_SOURCE_LABELS[i.source] },
          { title: '责任人', render: (_, i) => i.responsible ?? '—' },
          { title: '整改时限', render: (_, i) => i.deadline ?? '—' },
          {
            title: '进展',
            render: (_, i) => {
              const last = i.progress[i.progress.length - 1];
              return last ? `${last.reportedAt.slice(0, 10)} ${last.note}` : '—';
            },
          },
          {
            title: '状态',
            render: (_, i) => (
              <>
                {i.signedOff ? <Tag color="#1b6e20">已销号</Tag> : <Tag>整改中</Tag>}
                {i.withheldFromDisclosure && <Tag>不予公开</Tag>}
              </>
            ),
          },
          {
            title: '操作',
            render: (_, item) => (
              <Space>
                {actions(item).map((step) => (
                  <Button key={step} size="small" onClick={() => setOpen({ item, step })}>
                    {STEP_TITLES[step]}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {open && (
        <ItemStepModal view={view} {...open} close={() => setOpen(undefined)} key={open.step} />
      )}
    </Card>
  );
}

interface StepForm {
  text: string;
  milestone?: number;
  on?: Dayjs;
}

function ItemStepModal({
  view,
  item,
  step,
  close,
}: {
  view: CaseView;
  item: CaseItem;
  step: ItemStep;
  close: () => void;
}) {
  const [form] = Form.useForm<StepForm>();
  const base = `/api/rectification/v1/rectification-cases/${view.id}/items/${item.itemId}` as const;
  const run = useStep({
    run: (v: StepForm) => {
      const at = happenedOn(v.on);
      if (step === 'progress') {
        return post(`${base}/progress`, { note: v.text, milestone: v.milestone, reportedAt: at });
      }
      if (step === 'sign-off')
        return post(`${base}/sign-off`, { evidence: v.text, signedOffAt: at });
      if (step === 'reopen') return post(`${base}/reopen`, { reason: v.text, reopenedAt: at });
      return post(`${base}/withhold`, { reason: v.text, withheldAt: at });
    },
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
    done: close,
  });
  const label = {
    progress: '整改进展',
    'sign-off': '销号依据（佐证材料）',
    reopen: '重新整改原因',
    withhold: '不予公开原因（涉密、在办案件、敏感事项）',
  }[step];
  return (
    <Modal
      open
      title={`${STEP_TITLES[step]}：${item.title}`}
      okText="确定"
      cancelText="取消"
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={close}
    >
      <Form form={form} name={`item-${step}`} layout="vertical" onFinish={run.mutate}>
        <Form.Item name="text" label={label} rules={[{ required: true, message: '请填写' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {step === 'progress' && item.milestones && item.milestones.length > 0 && (
          <Form.Item name="milestone" label="完成的阶段目标">
            <Select
              allowClear
              options={item.milestones.map((m, index) => ({ value: index, label: m.title }))}
            />
          </Form.Item>
        )}
        <OccurredOn label="日期" />
        <Refusal text={run.refusal} />
      </Form>
    </Modal>
  );
}
