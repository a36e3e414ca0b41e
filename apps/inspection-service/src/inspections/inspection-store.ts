import { inspectionDecider } from '@xuncha/inspection-domain';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';

/** Inspections live in streams `inspection.inspection-<id>`. */
export function inspectionStore(store: EventStore) {
  return new AggregateStore(store, inspectionDecider, { streamPrefix: 'inspection.inspection' });
}

export type InspectionStore = ReturnType<typeof inspectionStore>;
