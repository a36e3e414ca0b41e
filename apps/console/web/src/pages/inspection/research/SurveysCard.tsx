import { Alert, Button, Card, Col, Descriptions, Form, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { post } from '../../../api';
import { isoDay, useStep } from '../../../step';
import type { InspectionView } from '../Workspace';
import { OccurredOn } from '../../../fields';

interface SurveyForm {
  respondents: number;
  date: Dayjs;
}

/**
 * 问卷调查与民主测评: the view keeps only the total of respondents of each, so the card shows
 * the totals and adds to them.
 */
export function SurveysCard({ view }: { view: InspectionView }) {
  return (
    <Card title="问卷调查与民主测评">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="问卷调查">{view.questionnaires.respondents} 人</Descriptions.Item>
        <Descriptions.Item label="民主测评">{view.evaluations.respondents} 人</Descriptions.Item>
      </Descriptions>
      <Row gutter={24} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Survey view={view} kind="questionnaires" />
        </Col>
        <Col span={12}>
          <Survey view={view} kind="evaluations" />
        </Col>
      </Row>
    </Card>
  );
}

const SURVEYS = {
  questionnaires: { form: 'questionnaire', respondents: '问卷人数', button: '记录问卷调查' },
  evaluations: { form: 'evaluation', respondents: '测评人数', button: '记录民主测评' },
};

function Survey({ view, kind }: { view: InspectionView; kind: keyof typeof SURVEYS }) {
  const [form] = Form.useForm<SurveyForm>();
  const words = SURVEYS[kind];
  const record = useStep({
    run: (v: SurveyForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/${kind}`, {
        respondents: v.respondents,
        date: isoDay(v.date),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  return (
    <Form form={form} name={words.form} layout="vertical" onFinish={record.mutate}>
      <Form.Item
        name="respondents"
        label={words.respondents}
        rules={[{ required: true, message: '请填写' }]}
      >
        <InputNumber min={1} precision={0} />
      </Form.Item>
      <OccurredOn name="date" label="日期" required />
      {record.refusal && (
        <Alert style={{ marginBottom: 16 }} type="error" showIcon title={record.refusal} />
      )}
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        {words.button}
      </Button>
    </Form>
  );
}
