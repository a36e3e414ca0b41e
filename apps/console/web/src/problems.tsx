import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { ApiError } from './api';
import { fieldMessage, ruleMessage } from './rules';

/**
 * Shows a refused call where it belongs: 400 at the named fields of the form,
 * 422 as the rule's message (returned, so the page can put it beside the
 * thing it is about), 409 with an offer to reload (by default every query of the page).
 */
export function useProblems() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  return (error: unknown, form?: FormInstance, reload?: () => unknown): string | undefined => {
    // A lost session: the shell goes to sign-in and the form's draft waits for the return.
    if (error instanceof ApiError && error.problem.status === 401) return undefined;
    if (!(error instanceof ApiError)) {
      void message.error('操作失败，请稍后重试');
      return undefined;
    }
    const { problem } = error;
    if (problem.status === 400 && problem.errors && form) {
      const known = new Set(Object.keys(form.getFieldsValue(true)));
      form.setFields(
        problem.errors
          .filter((e) => known.has(e.field.split('.')[0]))
          .map((e) => ({
            name: e.field.split('.')[0],
            errors: ['填写有误：' + e.messages.map(fieldMessage).join('；')],
          })),
      );
      const elsewhere = problem.errors.filter((e) => !known.has(e.field.split('.')[0]));
      void message.error(
        elsewhere.length > 0
          ? `填写有误：${elsewhere.map((e) => e.messages.map(fieldMessage).join('；')).join('；')}`
          : '请按提示修改标红的项目',
      );
      return undefined;
    }
    if (problem.status === 422) {
      const text = ruleMessage(problem.rule, problem.detail);
      void message.error(text);
      return text;
    }
    if (problem.status === 409) {
      modal.confirm({
        title: '数据已被他人修改',
        content: '您看到的不是最新数据，是否重新加载？',
        okText: '重新加载',
        cancelText: '取消',
        onOk: reload ?? (() => queryClient.invalidateQueries()),
      });
      return undefined;
    }
    if (problem.status === 403) {
      void message.error('无权进行此操作');
      return undefined;
    }
    void message.error(problem.detail ?? '操作失败');
    return undefined;
  };
}

/** Keeps what a form holds across a lost session (sign-in comes back to the same page). */
export function draftOf<T>(key: string): T | undefined {
  const raw = sessionStorage.getItem(`draft:${key}`);
  return raw ? (JSON.parse(raw) as T) : undefined;
}
export function keepDraft(key: string, values: unknown): void {
  sessionStorage.setItem(`draft:${key}`, JSON.stringify(values));
}
export function dropDraft(key: string): void {
  sessionStorage.removeItem(`draft:${key}`);
}
