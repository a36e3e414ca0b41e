import { clueAuditDecider, clueDecider } from '@xuncha/clue-domain';
import {
  ERASED,
  PersonalDataEventStore,
  sealedSchemas,
  type KeyStore,
  type PersonalDataRule,
} from '@xuncha/platform-crypto';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';

export const CLUE_STREAM_PREFIX = 'clue.clue';
export const CLUE_AUDIT_STREAM_PREFIX = 'clue.audit';

const subject = ({ streamId }: { streamId: string }) =>
  streamId.slice(CLUE_STREAM_PREFIX.length + 1);
const PERSON = {
  'person.name': ERASED,
  'person.position': ERASED,
  allegation: ERASED,
  evidenceRefs: [],
};

/** The personal fields of a clue's events, sealed with the clue's own key (crypto-shredding). */
export const CLUE_PERSONAL_DATA: readonly PersonalDataRule[] = [
  { type: 'ClueRegistered', fields: PERSON, subject },
  { type: 'ClueAssessed', fields: { note: ERASED }, subject },
  { type: 'ClueTransferred', fields: { ...PERSON, assessmentNote: ERASED }, subject },
];

/** The service's store as the clue handlers see it: personal fields opened, or erased. */
export function sealedClueEvents(store: EventStore, keys: KeyStore): EventStore {
  return new PersonalDataEventStore(store, keys, CLUE_PERSONAL_DATA);
}

export const clueSchemas = sealedSchemas(CLUE_PERSONAL_DATA);

/** Clues live in streams `clue.clue-<id>`; give it the sealed store. */
export function clueStore(sealed: EventStore) {
  return new AggregateStore(sealed, clueDecider, {
    streamPrefix: CLUE_STREAM_PREFIX,
    schemas: clueSchemas,
  });
}

/** Who read a clue's full record: streams `clue.audit-<id>`. */
export function clueAuditStore(store: EventStore) {
  return new AggregateStore(store, clueAuditDecider, { streamPrefix: CLUE_AUDIT_STREAM_PREFIX });
}

export type ClueStore = ReturnType<typeof clueStore>;
