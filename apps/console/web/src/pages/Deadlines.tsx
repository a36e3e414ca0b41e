import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { get, put, type Schema } from '../api';
import { useDivisionNames } from '../names';
import { useProblems } from '../problems';
import { useScope } from '../scope';

/** The planning service's deadlines: copied into each round when it is launched. */
const ROUND_FIELDS: Array<[string, string]> = [
  ['stationingNoticeDays', '进驻前通知（天）'],
  ['fieldStageDays', '现场巡察（天）'],
  ['reportToSecretaryDays', '向书记专题会汇报（天）'],
  ['rectificationPlanWorkingDays', '整改方案报送（工作日）'],
  ['rectificationReportMonths', '整改报告报送（月）'],
  ['clueResultMonths', '线索办理结果反馈（月）'],
];
/** The rectification service's deadlines: for the rectification cases it opens. */
const CASE_FIELDS: Array<[string, string]> = [
  ['planWorkingDays', '整改方案报送（工作日）'],
  ['reportMonths', '整改报告报送（月）'],
];

/** 时限设置: the deadlines in force in the chosen jurisdiction, where they come from, and a change. */
export default function Deadlines() {
  const { jurisdiction } = useScope();
  const names = useDivisionNames([jurisdiction]);
  return (
    <>
      <Typography.Title level={3}>时限设置：{names[jurisdiction] ?? ''}</Typography.Title>
      <Typography.Paragraph type="secondary">
        未设置的区划沿用上级区划的设置，均未设置时使用默认时限。更改只影响此后启动的轮次和此后开始的整改。
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col span={14}>
          <DeadlineCard
            title="巡察工作时限（轮次启动时采用）"
            queryKey={['planning', jurisdiction]}
            read={() => get(`/api/planning/v1/deadlines/${jurisdiction}`)}
            save={(body) =>
              put(
                `/api/planning/v1/deadlines/${jurisdiction}`,
                body as Schema<'planning', 'DeadlinesBody'>,
              )
            }
            fields={ROUND_FIELDS}
            values={(answer) => answer.deadlines}
          />
        </Col>
        <Col span={10}>
          <DeadlineCard
            title="整改时限（整改开始时采用）"
            queryKey={['rectification', jurisdiction]}
            read={() => get(`/api/rectification/v1/rectification-deadlines/${jurisdiction}`)}
            save={(body) =>
              put(
                `/api/rectification/v1/rectification-deadlines/${jurisdiction}`,
                body as Schema<'rectification', 'DeadlinesBody'>,
              )
            }
            fields={CASE_FIELDS}
            values={({ planWorkingDays, reportMonths }) => ({ planWorkingDays, reportMonths })}
          />
        </Col>
      </Row>
    </>
  );
}

function DeadlineCard<T extends { jurisdiction: string; source: string }>({
  title,
  queryKey,
  read,
  save: send,
  fields,
  values,
}: {
  title: string;
  queryKey: string[];
  read: () => Promise<T>;
  save: (body: Record<string, number>) => Promise<unknown>;
  fields: Array<[string, string]>;
  values: (answer: T) => Record<string, number>;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const show = useProblems();
  const current = useQuery({ queryKey: ['deadlines', ...queryKey], queryFn: read });
  const sources = useDivisionNames(
    current.data && current.data.source !== 'default' ? [current.data.source] : [],
  );
  useEffect(() => {
    if (current.data) form.setFieldsValue(values(current.data));
  }, [current.data]);
  const save = useMutation({
    mutationFn: send,
    onSuccess: () => {
      void message.success('时限已保存');
      void queryClient.invalidateQueries({ queryKey: ['deadlines'] });
    },
    onError: (error) => show(error, form),
  });
  const source = current.data?.source;
  return (
    <Card title={title} loading={current.isLoading}>
      <Typography.Paragraph data-testid="deadline-source">
        {source === undefined
          ? ''
          : source === 'default'
            ? '当前采用：默认时限'
            : source === current.data?.jurisdiction
              ? '当前采用：本区划的设置'
              : `当前采用：沿用${sources[source] ?? '上级区划'}的设置`}
      </Typography.Paragraph>
      <Form form={form} layout="horizontal" labelCol={{ span: 12 }} onFinish={save.mutate}>
        {fields.map(([name, label]) => (
          <Form.Item
            key={name}
            name={name}
            label={label}
            rules={[{ required: true, message: '请填写' }]}
          >
            {/* The bounds are the service's; a number out of them answers 400 at this field. */}
            <InputNumber precision={0} style={{ width: 120 }} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Form>
    </Card>
  );
}
