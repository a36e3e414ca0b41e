import { EventSchemas } from '@xuncha/platform-kernel';
import { DEFAULT_CATALOG_VERSION, shippedCatalog } from '../focus-catalog/focus-catalog';

/**
 * Schema versions of planning's stored events. RoundLaunched v2 carries the
 * focus catalog version of the round; every round launched before (v1) used
 * the only catalog the system had then, the shipped three focuses.
 */
export const PLANNING_EVENT_SCHEMAS = new EventSchemas().register('RoundLaunched', 2, {
  1: (data) => ({ ...(data as object), catalog: shippedCatalog(DEFAULT_CATALOG_VERSION) }),
});
