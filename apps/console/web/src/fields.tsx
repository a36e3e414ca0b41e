import { Alert, DatePicker, Form } from 'antd';
import dayjs from 'dayjs';

/**
 * 发生日期: the day a step happened, today unless changed (a meeting entered the day after,
 * a ledger entered years later). The service refuses a day after today or before the step
 * it follows, and the refusal is shown here. `required` where the service needs the day told.
 */
export function OccurredOn({
  name = 'on',
  label,
  required = false,
}: {
  name?: string;
  label: string;
  required?: boolean;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      initialValue={dayjs()}
      rules={required ? [{ required: true, message: '请选择' }] : undefined}
    >
      <DatePicker allowClear={false} />
    </Form.Item>
  );
}

/** A rule's refusal of the step, beside the step (the record's fields show a 400 themselves). */
export function Refusal({ text }: { text?: string }) {
  return text ? <Alert style={{ marginBottom: 16 }} type="error" showIcon message={text} /> : null;
}
