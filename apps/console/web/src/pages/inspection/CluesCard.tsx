import { Alert, Button, Card, Form, Input, Select, Switch, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn } from '../../fields';
import { happenedOn, useStep } from '../../step';
import {
  DISCIPLINE_CATEGORIES,
  DISCIPLINE_CATEGORY_LABELS,
  INVOLVED_RANKS,
  INVOLVED_RANK_LABELS,
} from '../../vocabulary';
import type { InspectionView } from './Workspace';

type Rank = (typeof INVOLVED_RANKS)[number];
type Discipline = (typeof DISCIPLINE_CATEGORIES)[number];
interface ClueForm {
  name: string;
  position: string;
  rank: Rank;
  allegation: string;
  discipline: Discipline;
  urgent?: boolean;
  findingId?: string;
  villageId?: string;
  on?: Dayjs;
}

/**
 * 问题线索: a confidential form (the person and the allegation go to the clue service only;
 * this list shows neither). Urgent clues go out at once (边巡边移), the others with the
 * approved report.
 */
export function CluesCard({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<ClueForm>();
  const record = useStep({
    run: (v: ClueForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/clues`, {
        person: { name: v.name, position: v.position, rank: v.rank },
        allegation: v.allegation,
        discipline: v.discipline,
        urgent: v.urgent ?? false,
        ...(v.findingId && { findingId: v.findingId }),
        ...(v.villageId && { villageId: v.villageId }),
        identifiedAt: happenedOn(v.on),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Card title={`问题线索（${view.clues.length}）`}>
      <Table
        rowKey="clueId"
        size="small"
        pagination={false}
        dataSource={view.clues}
        locale={{ emptyText: <Typography.Text type="secondary">尚无问题线索</Typography.Text> }}
        columns={[
          { title: '涉及人员层级', render: (_, c) => INVOLVED_RANK_LABELS[c.involvedRank] },
          { title: '违纪类别', render: (_, c) => DISCIPLINE_CATEGORY_LABELS[c.discipline] },
          { title: '边巡边移', render: (_, c) => (c.urgent ? '是' : '否') },
          {
            title: '移交线索服务',
            render: (_, c) =>
              c.transferred ? (
                <Tag color="#1b6e20">已送出</Tag>
              ) : (
                <Tag color="#3b4a6b">随报告送出</Tag>
              ),
          },
        ]}
      />
      <Alert
        style={{ margin: '16px 0' }}
        type="warning"
        showIcon
        message="保密：涉及人员与线索内容只送线索管理，不在任何列表中显示。"
      />
      <Form
        form={form}
        name="clue"
        layout="vertical"
        onFinish={record.mutate}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="name" label="涉及人员姓名" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="position" label="职务" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="rank" label="职级" rules={[{ required: true, message: '请选择' }]}>
          <Select
            options={INVOLVED_RANKS.map((r) => ({ value: r, label: INVOLVED_RANK_LABELS[r] }))}
          />
        </Form.Item>
        <Form.Item
          name="allegation"
          label="线索内容"
          rules={[{ required: true, message: '请填写' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="discipline"
          label="违纪类别"
          rules={[{ required: true, message: '请选择' }]}
        >
          <Select
            options={DISCIPLINE_CATEGORIES.map((d) => ({
              value: d,
              label: DISCIPLINE_CATEGORY_LABELS[d],
            }))}
          />
        </Form.Item>
        <Form.Item name="findingId" label="来源问题">
          <Select
            allowClear
            options={view.findings.map((f) => ({ value: f.findingId, label: f.title }))}
          />
        </Form.Item>
        {view.villages.length > 0 && (
          <Form.Item name="villageId" label="涉及村（社区）">
            <Select
              allowClear
              options={view.villages.map((v) => ({ value: v.villageId, label: v.villageName }))}
            />
          </Form.Item>
        )}
        <OccurredOn label="发现日期" />
        <Form.Item name="urgent" label="边巡边移（立即移交）" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          记录线索
        </Button>
      </Form>
    </Card>
  );
}
