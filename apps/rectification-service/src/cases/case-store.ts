import { rectificationCaseDecider } from '@xuncha/rectification-domain';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';
import { derivedUuid } from '@xuncha/platform-kernel';

/** Rectification cases live in streams `rectification.case-<id>`. */
export const CASE_STREAM_PREFIX = 'rectification.case';

export function caseStore(store: EventStore) {
  return new AggregateStore(store, rectificationCaseDecider, { streamPrefix: CASE_STREAM_PREFIX });
}

export type CaseStore = ReturnType<typeof caseStore>;

/** One case per feedback: a redelivered FeedbackDelivered finds the case it opened. */
export const caseIdOf = (feedbackId: string) => derivedUuid('rectification-case', feedbackId);

/** The item of a case that rectifies one finding fed back. */
export const findingItemIdOf = (feedbackId: string, findingId: string) =>
  derivedUuid('rectification-item', feedbackId, findingId);
