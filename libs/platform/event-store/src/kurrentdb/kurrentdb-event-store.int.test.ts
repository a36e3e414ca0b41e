import { randomUUID } from 'node:crypto';
import { eventStoreContract } from '../contract/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env.KURRENTDB_URL;
const NOT_RUN =
  'not run: KURRENTDB_URL is not set (start the docker-compose stack and set it to run this suite)';

if (url) {
  describe('KurrentDB event store contract', () => {
    // A fresh service per test: its own idempotency and checkpoint streams on a shared server.
    let service: string;
    eventStoreContract({
      open: async () => {
        service = `contract-${randomUUID()}`;
        return KurrentDbEventStore.connect(url, service);
      },
      reopen: async () => KurrentDbEventStore.connect(url, service),
      cleanup: async () => undefined,
      eventIdsUniqueAcrossStreams: false,
    });
  });
} else {
  console.warn(NOT_RUN);
  describe('KurrentDB event store contract', () => {
    it.skip(NOT_RUN, () => undefined);
  });
}
