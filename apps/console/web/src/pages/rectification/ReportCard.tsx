import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../api';
import { OccurredOn, Refusal } from '../../fields';
import { useSession } from '../../session';
import { happenedOn, isoDay, lines, useStep } from '../../step';
import { REPORT_STATUS, type CaseView } from './labels';

/**
 * 整改报告: the organization reports once the plan is approved; the office accepts or returns
 * it, and may issue a re-rectification notice (再整改通知) with a new report due.
 */
export function ReportCard({ view }: { view: CaseView }) {
  const { roles } = useSession().principal;
  if (view.plan.status !== 'approved') return null;
  const status = view.report?.status ?? 'due';
  const writing = status === 'due' || status === 'returned';
  return (
    <Card title="整改报告" extra={<Tag>{REPORT_STATUS[status]}</Tag>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {view.report && status !== 'due' && (
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label="报告摘要" span={3}>
              {view.report.summary}
            </Descriptions.Item>
            <Descriptions.Item label="挽回资金（元）">
              {view.report.fundsRecovered}
            </Descriptions.Item>
            <Descriptions.Item label="建立完善制度（项）">
              {view.report.rulesEstablished}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Reviews view={view} />
        {writing && roles.includes('inspected') && <SubmitReport view={view} />}
        {writing && !roles.includes('inspected') && (
          <Typography.Text type="secondary">
            待被巡察党组织报送整改报告（{view.reportDueBy} 前）。
          </Typography.Text>
        )}
        {status === 'submitted' && roles.includes('office') && <ReviewReport view={view} />}
        {status !== 'due' && roles.includes('office') && view.status === 'open' && (
          <ReRectification view={view} />
        )}
      </Space>
    </Card>
  );
}

function Reviews({ view }: { view: CaseView }) {
  const entries = [
    ...view.reportReviews.map((r) =>
      r.decision === 'accept' ? '报告审核通过' : `报告被退回：${r.reasons.join('；')}`,
    ),
    ...view.reRectificationNotices.map(
      (n) => `再整改通知：${n.reasons.join('；')}，${n.reportDueBy} 前重新报送整改报告`,
    ),
  ];
  if (entries.length === 0) return null;
  return (
    <List
      size="small"
      bordered
      header="审核记录"
      dataSource={entries}
      renderItem={(e) => <List.Item>{e}</List.Item>}
    />
  );
}

interface ReportForm {
  summary: string;
  fundsRecovered: number;
  rulesEstablished: number;
  on?: Dayjs;
}
function SubmitReport({ view }: { view: CaseView }) {
  const [form] = Form.useForm<ReportForm>();
  const submit = useStep({
    run: (v: ReportForm) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/report`, {
        summary: v.summary,
        fundsRecovered: v.fundsRecovered,
        rulesEstablished: v.rulesEstablished,
        submittedAt: happenedOn(v.on),
      }),
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="rectification-report" layout="vertical" onFinish={submit.mutate}>
      <Form.Item
        name="summary"
        label="整改报告摘要"
        rules={[{ required: true, message: '请填写' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item name="fundsRecovered" label="挽回资金（元）" initialValue={0}>
          <InputNumber min={0} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="rulesEstablished" label="建立完善制度（项）" initialValue={0}>
          <InputNumber min={0} style={{ width: 180 }} />
        </Form.Item>
        <OccurredOn label="报送日期" />
      </Space>
      <Refusal text={submit.refusal} />
      <Button type="primary" htmlType="submit" loading={submit.isPending}>
        报送整改报告
      </Button>
    </Form>
  );
}

function ReviewReport({ view }: { view: CaseView }) {
  const [form] = Form.useForm<{ decision: 'accept' | 'return'; reasons?: string; on?: Dayjs }>();
  const decision = Form.useWatch('decision', form);
  const review = useStep({
    run: (v: { decision: 'accept' | 'return'; reasons?: string; on?: Dayjs }) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/report/review`, {
        decision: v.decision,
        reasons: lines(v.reasons),
        reviewedAt: happenedOn(v.on),
      }),
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name="report-review" layout="vertical" onFinish={review.mutate}>
      <Form.Item name="decision" label="审核意见" initialValue="accept">
        <Radio.Group>
          <Radio value="accept">审核通过</Radio>
          <Radio value="return">退回修改</Radio>
        </Radio.Group>
      </Form.Item>
      {decision === 'return' && (
        <Form.Item name="reasons" label="退回理由（每行一条）">
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <OccurredOn label="审核日期" />
      <Refusal text={review.refusal} />
      <Button type="primary" htmlType="submit" loading={review.isPending}>
        提交报告审核意见
      </Button>
    </Form>
  );
}

interface NoticeForm {
  itemIds: string[];
  reasons?: string;
  dueBy: Dayjs;
  on?: Dayjs;
}
/** 再整改通知: the items that did not hold, why, and the day a new report is due. */
function ReRectification({ view }: { view: CaseView }) {
  const [form] = Form.useForm<NoticeForm>();
  const notice = useStep({
    run: (v: NoticeForm) =>
      post(`/api/rectification/v1/rectification-cases/${view.id}/re-rectification`, {
        itemIds: v.itemIds,
        reasons: lines(v.reasons),
        reportDueBy: isoDay(v.dueBy),
        issuedAt: happenedOn(v.on),
      }),
    record: [['case', view.id], ['cases']],
    revision: view.revision,
    form,
  });
  return (
    <details>
      <summary>发出再整改通知</summary>
      <Form
        form={form}
        name="re-rectification"
        layout="vertical"
        onFinish={notice.mutate}
        style={{ marginTop: 12 }}
      >
        <Form.Item
          name="itemIds"
          label="需再整改的事项"
          rules={[{ required: true, message: '请选择' }]}
        >
          <Select
            mode="multiple"
            options={view.items.map((i) => ({ value: i.itemId, label: i.title }))}
          />
        </Form.Item>
        <Form.Item
          name="reasons"
          label="理由（每行一条）"
          rules={[{ required: true, message: '请填写' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space size="large">
          <Form.Item
            name="dueBy"
            label="重新报送期限"
            rules={[{ required: true, message: '请选择' }]}
          >
            <DatePicker />
          </Form.Item>
          <OccurredOn label="通知日期" />
        </Space>
        <Refusal text={notice.refusal} />
        <Button htmlType="submit" loading={notice.isPending}>
          发出通知
        </Button>
      </Form>
    </details>
  );
}
