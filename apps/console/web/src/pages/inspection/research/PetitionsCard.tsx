import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { post } from '../../../api';
import { useStep } from '../../../step';
import { REPORTING_CHANNELS, REPORTING_CHANNEL_LABELS } from '../../../vocabulary';
import type { InspectionView } from '../Workspace';

type Petition = InspectionView['petitions'][number];
type Channel = (typeof REPORTING_CHANNELS)[number];

interface PetitionForm {
  channel: Channel;
  summary: string;
}
interface TriageForm {
  inScope: boolean;
  forwardedTo?: string;
}

/**
 * 信访举报: the letters, calls and reports received during the inspection, each then sorted
 * into the inspection's scope or forwarded to the authority it belongs to (转办).
 */
export function PetitionsCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<PetitionForm>();
  const [triaging, setTriaging] = useState<string>();
  const receive = useStep({
    run: (v: PetitionForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/petitions`, {
        channel: v.channel,
        summary: v.summary,
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Card title={`信访举报（${view.petitions.length}）`}>
      <Table
        rowKey="petitionId"
        size="small"
        pagination={false}
        dataSource={view.petitions}
        locale={{ emptyText: <Typography.Text type="secondary">尚未收到信访举报</Typography.Text> }}
        columns={[
          { title: '渠道', render: (_, p) => REPORTING_CHANNEL_LABELS[p.channel] },
          { title: '收到日期', render: (_, p) => dayjs(p.receivedAt).format('YYYY-MM-DD') },
          { title: '内容摘要', render: (_, p) => <Summary petition={p} /> },
          { title: '分类', render: (_, p) => <Triage petition={p} /> },
          {
            title: '操作',
            render: (_, p) =>
              !p.triage && (
                <Button size="small" onClick={() => setTriaging(p.petitionId)}>
                  分类
                </Button>
              ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        登记信访件
      </Typography.Title>
      <Form
        form={form}
        name="petition"
        layout="vertical"
        onFinish={receive.mutate}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="channel" label="信访渠道" rules={[{ required: true, message: '请选择' }]}>
          <Select
            options={REPORTING_CHANNELS.map((c) => ({
              value: c,
              label: REPORTING_CHANNEL_LABELS[c],
            }))}
          />
        </Form.Item>
        <Form.Item name="summary" label="信访摘要" rules={[{ required: true, message: '请填写' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {receive.refusal && (
          <Alert style={{ marginBottom: 16 }} type="error" showIcon title={receive.refusal} />
        )}
        <Button type="primary" htmlType="submit" loading={receive.isPending}>
          登记
        </Button>
      </Form>
      <Modal
        title="信访件分类"
        open={triaging !== undefined}
        footer={null}
        destroyOnHidden
        onCancel={() => setTriaging(undefined)}
      >
        {/* Keyed by the petition: a refusal of one petition's triage is not shown at another's. */}
        {triaging && (
          <TriageStep
            key={triaging}
            view={view}
            petitionId={triaging}
            done={() => setTriaging(undefined)}
          />
        )}
      </Modal>
    </Card>
  );
}

function Summary({ petition }: { petition: Petition }) {
  if (petition.personalDataErased) {
    return <Typography.Text type="secondary">个人信息已删除</Typography.Text>;
  }
  if (petition.redacted) return <Typography.Text type="secondary">内容不可见</Typography.Text>;
  return <>{petition.summary ?? '—'}</>;
}

// Dark tags: the preset light ones fall short of a 4.5:1 contrast.
function Triage({ petition }: { petition: Petition }) {
  const { triage } = petition;
  if (!triage) return <Tag color="#8a4b00">待分类</Tag>;
  if (triage.inScope) return <Tag color="#1b6e20">属于巡察范围</Tag>;
  return <Tag color="#3b4a6b">转交{triage.forwardedTo}</Tag>;
}

function TriageStep({
  view,
  petitionId,
  done,
}: {
  view: InspectionView;
  petitionId: string;
  done: () => void;
}) {
  const [form] = Form.useForm<TriageForm>();
  const inScope = Form.useWatch('inScope', form);
  const triage = useStep({
    run: (v: TriageForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/petitions/${petitionId}/triage`, {
        inScope: v.inScope,
        ...(!v.inScope && v.forwardedTo && { forwardedTo: v.forwardedTo }),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
    done,
  });
  return (
    <Form form={form} name="triage" layout="vertical" onFinish={triage.mutate}>
      <Form.Item
        name="inScope"
        label="是否属于巡察范围"
        rules={[{ required: true, message: '请选择' }]}
      >
        <Radio.Group
          options={[
            { value: true, label: '属于巡察范围' },
            { value: false, label: '不属于，转交有关单位' },
          ]}
        />
      </Form.Item>
      {/* Asked only when forwarding; whether it is needed is the service's to say. */}
      {inScope === false && (
        <Form.Item name="forwardedTo" label="转办单位">
          <Input maxLength={200} placeholder="如：县信访局" />
        </Form.Item>
      )}
      {triage.refusal && (
        <Alert style={{ marginBottom: 16 }} type="error" showIcon title={triage.refusal} />
      )}
      <Button type="primary" htmlType="submit" loading={triage.isPending}>
        确定
      </Button>
    </Form>
  );
}
