import { clueAuditDecider, clueDecider } from '@xuncha/clue-domain';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';

export const CLUE_STREAM_PREFIX = 'clue.clue';
export const CLUE_AUDIT_STREAM_PREFIX = 'clue.audit';

/** Clues live in streams `clue.clue-<id>`. */
export function clueStore(store: EventStore) {
  return new AggregateStore(store, clueDecider, { streamPrefix: CLUE_STREAM_PREFIX });
}

/** Who read a clue's full record: streams `clue.audit-<id>`. */
export function clueAuditStore(store: EventStore) {
  return new AggregateStore(store, clueAuditDecider, { streamPrefix: CLUE_AUDIT_STREAM_PREFIX });
}

export type ClueStore = ReturnType<typeof clueStore>;
