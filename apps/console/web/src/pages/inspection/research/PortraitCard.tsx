import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { get, post } from '../../../api';
import { useStep } from '../../../step';
import type { InspectionView } from '../Workspace';
import { PORTRAIT_RATINGS, PORTRAIT_RATING_LABELS, type PortraitRating } from './labels';

interface Dimension {
  code: string;
  label: string;
}
interface PortraitForm {
  entries: Array<{ rating?: PortraitRating; assessment?: string }>;
}

/**
 * 一把手政治画像: the top leader assessed along the portrait dimensions of the catalog version
 * of the inspection's round.
 */
export function PortraitCard({ view }: { view: InspectionView }) {
  const catalog = useQuery({
    queryKey: ['catalog-version', view.catalogVersion],
    queryFn: () =>
      get(`/api/planning/v1/focus-catalog-versions/${encodeURIComponent(view.catalogVersion)}`),
  });
  const dimensions: Dimension[] = (catalog.data?.portraitDimensions ?? []).map((d) => ({
    code: d.code,
    label: `${d.label}${d.placeholder ? '（措辞待填）' : ''}`,
  }));
  const dimensionLabel = (code: string) => dimensions.find((d) => d.code === code)?.label ?? code;
  const { portrait } = view;
  return (
    <Card title="一把手政治画像" loading={catalog.isLoading}>
      {portrait && (
        <Typography.Paragraph>
          记录日期：{dayjs(portrait.recordedAt).format('YYYY-MM-DD')}
        </Typography.Paragraph>
      )}
      <Table
        rowKey="dimension"
        size="small"
        pagination={false}
        dataSource={portrait?.entries ?? []}
        locale={{ emptyText: <Typography.Text type="secondary">尚未记录政治画像</Typography.Text> }}
        columns={[
          { title: '画像维度', render: (_, e) => dimensionLabel(e.dimension) },
          { title: '评价', render: (_, e) => PORTRAIT_RATING_LABELS[e.rating] },
          { title: '评价意见', dataIndex: 'assessment' },
        ]}
      />
      {catalog.isError && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          title={`监督重点清单（${view.catalogVersion}）无法读取，暂不能记录政治画像。`}
        />
      )}
      {catalog.isSuccess && dimensions.length === 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="info"
          showIcon
          title={`本轮采用的监督重点清单（${view.catalogVersion}）没有设定政治画像维度：画像按清单的维度评价，须先在清单中设定维度。`}
        />
      )}
      {dimensions.length > 0 && (
        // Remounted when a portrait is recorded, so that the form starts again from it.
        <RecordPortrait key={portrait?.recordedAt ?? 'none'} view={view} dimensions={dimensions} />
      )}
    </Card>
  );
}

function RecordPortrait({ view, dimensions }: { view: InspectionView; dimensions: Dimension[] }) {
  const [form] = Form.useForm<PortraitForm>();
  const record = useStep({
    run: (v: PortraitForm) =>
      post(`/api/inspection/v1/inspections/${view.id}/portrait`, {
        entries: dimensions.flatMap((d, i) => {
          const { rating, assessment } = v.entries[i] ?? {};
          return rating && assessment ? [{ dimension: d.code, rating, assessment }] : [];
        }),
      }),
    record: ['inspection', view.id],
    revision: view.revision,
    form,
  });
  // A portrait recorded replaces the one before: the form starts from it, so that the dimensions
  // not changed now are kept.
  const recorded = new Map(view.portrait?.entries.map((e) => [e.dimension, e]));
  const entries = dimensions.map((d) => ({
    rating: recorded.get(d.code)?.rating,
    assessment: recorded.get(d.code)?.assessment,
  }));
  return (
    <Form
      form={form}
      name="portrait"
      layout="vertical"
      onFinish={record.mutate}
      initialValues={{ entries }}
      style={{ marginTop: 16, maxWidth: 720 }}
    >
      <Typography.Title level={5}>记录政治画像</Typography.Title>
      <Form.List
        name="entries"
        rules={[
          {
            // The body needs one dimension assessed at least (the others may wait).
            validator: async (_, values: PortraitForm['entries']) => {
              if (!values.some((e) => e?.rating && e.assessment)) {
                throw new Error('请至少评价一个维度');
              }
            },
          },
        ]}
      >
        {(fields, _, { errors }) => (
          <>
            {fields.map(({ key, name }) => {
              const { label } = dimensions[name];
              // A dimension is assessed with both its rating and its opinion, or left out.
              const other = (field: 'rating' | 'assessment') => ['entries', name, field];
              return (
                <div key={key}>
                  <Form.Item
                    name={[name, 'rating']}
                    label={`${label}：评价`}
                    dependencies={[other('assessment')]}
                    rules={[
                      ({ getFieldValue }) => ({
                        required: Boolean(getFieldValue(other('assessment'))),
                        message: '请选择',
                      }),
                    ]}
                  >
                    <Radio.Group
                      options={PORTRAIT_RATINGS.map((r) => ({
                        value: r,
                        label: PORTRAIT_RATING_LABELS[r],
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[name, 'assessment']}
                    label={`${label}：评价意见`}
                    dependencies={[other('rating')]}
                    rules={[
                      ({ getFieldValue }) => ({
                        required: Boolean(getFieldValue(other('rating'))),
                        message: '请填写',
                      }),
                    ]}
                  >
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      {record.refusal && (
        <Alert style={{ margin: '16px 0' }} type="error" showIcon title={record.refusal} />
      )}
      <Button type="primary" htmlType="submit" loading={record.isPending} style={{ marginTop: 16 }}>
        记录画像
      </Button>
    </Form>
  );
}
