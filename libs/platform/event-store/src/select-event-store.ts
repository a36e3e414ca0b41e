import { join } from 'node:path';
import type { EventStore } from './port/event-store.port';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export interface EventStoreSettings {
  /** Selects KurrentDB when set, e.g. `kurrentdb://localhost:2113?tls=false`. */
  readonly kurrentDbUrl?: string;
  /** Embedded mode keeps `<dataDir>/<service>/events.sqlite`. */
  readonly dataDir: string;
  readonly service: string;
}

export function createEventStore(settings: EventStoreSettings): EventStore {
  return settings.kurrentDbUrl
    ? KurrentDbEventStore.connect(
        settings.kurrentDbUrl,
        settings.service,
        // Streams are `<context>.<aggregate>-<id>`: planning-service owns `planning.`.
        `${settings.service.replace(/-service$/, '')}.`,
      )
    : new SqliteEventStore(join(settings.dataDir, settings.service, 'events.sqlite'));
}
