import { SEALED_CLUE_FIELDS } from '@xuncha/contracts';
import { inspectionDecider, withInspectionSchemas } from '@xuncha/inspection-domain';
import {
  ERASED,
  PersonalDataEventStore,
  sealedSchemas,
  type KeyStore,
  type PersonalDataRule,
} from '@xuncha/platform-crypto';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';

const ERASED_VALUES: Record<(typeof SEALED_CLUE_FIELDS)[number], unknown> = {
  'person.name': ERASED,
  'person.position': ERASED,
  allegation: ERASED,
  evidenceRefs: [],
};
const subject = ({ data }: { data: unknown }) => (data as { clueId: string }).clueId;
const petition = ({ data }: { data: unknown }) => (data as { petitionId: string }).petitionId;
const briefing = ({ data }: { data: unknown }) => (data as { briefingId: string }).briefingId;

/**
 * A clue's person, allegation and evidence are sealed at rest with the clue's own key,
 * the same fields SealedClueIdentified carries: its `personalData` is the stored ciphertext.
 * A petition's summary, which names people and allegations too, with the petition's own key.
 */
export const INSPECTION_PERSONAL_DATA: readonly PersonalDataRule[] = [
  { type: 'ClueRecorded', fields: ERASED_VALUES, subject },
  { type: 'ClueReleased', fields: ERASED_VALUES, subject },
  { type: 'PetitionReceived', fields: { summary: ERASED }, subject: petition },
  // A briefing may name the people on a negative list: sealed like a petition's summary.
  { type: 'BriefingReceived', fields: { summary: ERASED }, subject: briefing },
];

/** Inspections live in streams `inspection.inspection-<id>`. */
export const INSPECTION_STREAM_PREFIX = 'inspection.inspection';

/** The schema versions of the inspection's stored events: sealed ones, and the domain's own. */
export const INSPECTION_SCHEMAS = withInspectionSchemas(sealedSchemas(INSPECTION_PERSONAL_DATA));

export function inspectionStore(store: EventStore, keys: KeyStore) {
  return new AggregateStore(
    new PersonalDataEventStore(store, keys, INSPECTION_PERSONAL_DATA),
    inspectionDecider,
    { streamPrefix: INSPECTION_STREAM_PREFIX, schemas: INSPECTION_SCHEMAS },
  );
}

export type InspectionStore = ReturnType<typeof inspectionStore>;
