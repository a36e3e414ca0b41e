import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { draftOf, dropDraft, keepDraft, useProblems } from './problems';

/**
 * The dialog every "create" of the console is: a form whose draft survives a lost session,
 * saved by one call, refusals shown at their fields, the list it adds to reloaded.
 */
export function CreateModal<V>({
  form,
  draft,
  title,
  width,
  invalidates,
  send,
  initialValues,
  onClose,
  children,
}: {
  form: FormInstance;
  /** The sessionStorage key of the draft. */
  draft: string;
  title: string;
  width?: number;
  /** The query key of the list the new record joins. */
  invalidates: readonly unknown[];
  send: (values: V) => Promise<unknown>;
  initialValues?: Record<string, unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const show = useProblems();
  const save = useMutation({
    mutationFn: send,
    onSuccess: () => {
      dropDraft(draft);
      void queryClient.invalidateQueries({ queryKey: [...invalidates] });
      onClose();
    },
    onError: (error) => show(error, form),
  });
  return (
    <Modal
      open
      title={title}
      okText="保存"
      cancelText="取消"
      width={width}
      onCancel={() => {
        dropDraft(draft);
        onClose();
      }}
      confirmLoading={save.isPending}
      onOk={() => form.validateFields().then((values: V) => save.mutate(values))}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={draftOf(draft) ?? initialValues}
        onValuesChange={(_, all) => keepDraft(draft, all)}
      >
        {children}
      </Form>
    </Modal>
  );
}
