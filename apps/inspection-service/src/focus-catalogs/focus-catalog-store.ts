import { focusCatalogCopyDecider, type FocusCatalog } from '@xuncha/inspection-domain';
import { AggregateStore, type EventStore } from '@xuncha/platform-event-store';

/**
 * The focus catalog versions rounds were launched with, one stream each
 * (`inspection.focus-catalog-<version>`): the service classifies findings
 * against its own copy, never by asking planning.
 */
export function focusCatalogStore(store: EventStore) {
  return new AggregateStore(store, focusCatalogCopyDecider, {
    streamPrefix: 'inspection.focus-catalog',
  });
}

export type FocusCatalogStore = ReturnType<typeof focusCatalogStore>;

export async function heldCatalog(
  catalogs: FocusCatalogStore,
  version: string | undefined,
): Promise<FocusCatalog | undefined> {
  return version ? (await catalogs.load(version)).state.catalog : undefined;
}
