import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from './api';
import { useProblems } from './problems';

/**
 * One step of a record's work as a page records it: the call, then the record read again;
 * a refusal shown at the form's fields (400) or kept as the rule's message (422) for the
 * page to put beside the step, until the record changes (its revision).
 */
export function useStep<V>({
  run,
  record,
  revision,
  form,
  done,
}: {
  run: (values: V) => Promise<unknown>;
  /** The query of the record the step changes (and any list it appears in). */
  record: QueryKey | QueryKey[];
  revision?: number;
  form?: FormInstance;
  done?: () => void;
}) {
  const queryClient = useQueryClient();
  const show = useProblems();
  const [refusal, setRefusal] = useState<string>();
  // A refusal speaks of the record as it was: any later step clears it.
  useEffect(() => setRefusal(undefined), [revision]);
  const keys = (Array.isArray(record[0]) ? record : [record]) as QueryKey[];
  const step = useMutation({
    mutationFn: run,
    onSuccess: () => {
      setRefusal(undefined);
      form?.resetFields();
      done?.();
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error) => {
      const text = show(error, form);
      setRefusal(text);
      // A date the timeline refuses is shown at the date (发生日期) of the form.
      const rule = error instanceof ApiError ? error.problem.rule : undefined;
      if (text && form && rule?.startsWith('happened-') && form.getFieldValue('on')) {
        form.setFields([{ name: 'on', errors: [text] }]);
      }
    },
  });
  return { ...step, refusal };
}

/** A day picked in a form, as the services take it. */
export const isoDay = (day: Dayjs) => day.format('YYYY-MM-DD');
/**
 * When a step happened, from the day picked in its form: today is left to the service (the
 * moment it records, after any step recorded earlier today); an earlier day is told as its
 * last moment in China time, so that steps told on one day keep the order they are recorded in.
 */
export function happenedOn(day: Dayjs | undefined): string | undefined {
  if (!day || day.isSame(dayjs(), 'day')) return undefined;
  return `${day.format('YYYY-MM-DD')}T23:59:59+08:00`;
}
/** The same, for a step whose time the service needs told: today is now. */
export const happenedAt = (day: Dayjs | undefined) => happenedOn(day) ?? new Date().toISOString();
/** A text area's lines (one reason, measure or directive a line), blank ones dropped. */
export const lines = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
