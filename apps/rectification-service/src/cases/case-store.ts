import { createHash } from 'node:crypto';
import { rectificationCaseDecider } from '@xuncha/rectification-domain';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';

/** Rectification cases live in streams `rectification.case-<id>`. */
export function caseStore(store: EventStore) {
  return new AggregateStore(store, rectificationCaseDecider, {
    streamPrefix: 'rectification.case',
  });
}

export type CaseStore = ReturnType<typeof caseStore>;

/** A UUID-shaped id from a hash of its parts: the same parts always name the same thing. */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** One case per feedback: a redelivered FeedbackDelivered finds the case it opened. */
export const caseIdOf = (feedbackId: string) => derivedUuid('rectification-case', feedbackId);

/** The item of a case that rectifies one finding fed back. */
export const findingItemIdOf = (feedbackId: string, findingId: string) =>
  derivedUuid('rectification-item', feedbackId, findingId);
