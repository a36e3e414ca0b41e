import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Modal, Spin } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { draftOf, dropDraft, keepDraft, useProblems } from './problems';

/**
 * The dialog every "change" of the console is: the record read fresh with its revision,
 * the change sent with If-Match, so one made meanwhile by someone else answers 409 and
 * the page offers to reload the record into the form; refusals at their fields.
 */
export function EditModal<R extends { revision?: number }, V>({
  form,
  draft,
  title,
  okText = '保存',
  recordKey,
  read,
  toValues,
  send,
  invalidates,
  onClose,
  children,
}: {
  form: FormInstance;
  /** The sessionStorage key of the draft. */
  draft: string;
  title: string;
  okText?: string;
  /** The record's cache key, e.g. its path, and how it is read fresh. */
  recordKey: string;
  read: () => Promise<R>;
  toValues: (record: R) => Record<string, unknown>;
  /** Sent with the record's revision as If-Match (none if the answer lacks it). */
  send: (values: V, revision: number | undefined) => Promise<unknown>;
  /** The query key of the list the record is shown in. */
  invalidates: readonly unknown[];
  onClose: () => void;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const show = useProblems();
  const record = useQuery({ queryKey: ['record', recordKey], queryFn: read });
  useEffect(() => {
    if (record.data) form.setFieldsValue(draftOf(draft) ?? toValues(record.data));
  }, [record.data]);
  const reload = async () => {
    dropDraft(draft);
    const fresh = await record.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toValues(fresh.data));
    }
    void queryClient.invalidateQueries({ queryKey: [...invalidates] });
  };
  const save = useMutation({
    // The 保存 button waits for the record, so its revision is known here.
    mutationFn: (values: V) => send(values, record.data?.revision),
    onSuccess: () => {
      dropDraft(draft);
      void queryClient.invalidateQueries({ queryKey: [...invalidates] });
      void queryClient.removeQueries({ queryKey: ['record', recordKey] });
      onClose();
    },
    onError: (error) => show(error, form, reload),
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      onCancel={() => {
        dropDraft(draft);
        onClose();
      }}
      okButtonProps={{ disabled: !record.data }}
      confirmLoading={save.isPending}
      onOk={() => form.validateFields().then((values: V) => save.mutate(values))}
    >
      <Spin spinning={record.isLoading}>
        <Form form={form} layout="vertical" onValuesChange={(_, all) => keepDraft(draft, all)}>
          {children}
        </Form>
      </Spin>
    </Modal>
  );
}
