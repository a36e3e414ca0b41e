import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@xuncha/platform-event-store';
import { EmbeddedBus } from '../embedded/embedded-bus';
import { KafkaBus } from '../kafka/kafka-bus';
import { sharedTestBroker } from '../kafka/test-broker/test-broker';
import type { Bus, DeliveredMessage } from '../port/bus.port';
import { integrationPublisher } from './integration-publisher';

describe.each(['embedded log', `Apache Kafka ${sharedTestBroker().version}`])(
  'integration publisher on the %s',
  (adapter) => {
    let dir: string;
    let store: SqliteEventStore;
    let bus: Bus;
    // A topic per test: the Kafka broker is shared with the other suites.
    let TOPIC: string;

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'xuncha-publisher-'));
      store = new SqliteEventStore(join(dir, 'events.sqlite'));
      TOPIC = `xuncha.test.events.${randomUUID()}`;
      bus =
        adapter === 'embedded log'
          ? new EmbeddedBus(join(dir, 'bus.sqlite'))
          : KafkaBus.connect({ brokers: sharedTestBroker().brokers, clientId: 'test-publisher' });
    });
    afterEach(async () => {
      await bus.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function append(streamId: string, types: string[]) {
      await store.appendToStream(
        streamId,
        types.map((type) => ({
          id: randomUUID(),
          type,
          schemaVersion: 1,
          data: { streamId, type },
          occurredAt: '2026-11-25T08:00:00.000Z',
          metadata: { actor: 'office-1', correlationId: 'corr-7' },
        })),
        { expectedRevision: 'any' },
      );
    }

    async function published(): Promise<DeliveredMessage[]> {
      const messages: DeliveredMessage[] = [];
      await bus.replay([TOPIC], async (message) => void messages.push(message));
      return messages;
    }

    const map = (event: { type: string; streamId: string; data: unknown }) =>
      event.type === 'Internal'
        ? []
        : [
            {
              topic: TOPIC,
              type: `xuncha.test.${event.type}.v1`,
              key: event.streamId,
              data: event.data,
            },
          ];

    it('publishes mapped events as CloudEvents keyed by aggregate, in order', async () => {
      await append('test.round-1', ['RoundPlanned', 'Internal', 'RoundLaunched']);
      const [planned] = await store.readStream('test.round-1');
      const publisher = integrationPublisher(store, bus, { source: 'xuncha/test', map }).start();
      await publisher.untilCaughtUp();
      await publisher.stop();

      const messages = await published();
      expect(messages.map((m) => m.headers.ce_type)).toEqual([
        'xuncha.test.RoundPlanned.v1',
        'xuncha.test.RoundLaunched.v1',
      ]);
      expect(messages[0]).toMatchObject({
        key: 'test.round-1',
        headers: {
          ce_specversion: '1.0',
          ce_id: planned.id,
          ce_source: 'xuncha/test',
          ce_time: '2026-11-25T08:00:00.000Z',
          ce_correlationid: 'corr-7',
        },
      });
    });

    it('publishes again, with the same ce_ids, when it dies between publishing and checkpointing', async () => {
      await append('test.round-2', ['RoundPlanned', 'RoundApproved']);
      const save = store.checkpoints.save;
      let failures = 0;
      store.checkpoints.save = async (name, position) => {
        if (failures++ === 0) throw new Error('crashed before the checkpoint');
        return save(name, position);
      };
      const publisher = integrationPublisher(store, bus, {
        source: 'xuncha/test',
        map,
        onError: () => undefined,
      }).start();
      await publisher.untilCaughtUp();
      await publisher.stop();

      const ids = (await published()).map((m) => m.headers.ce_id);
      expect(ids).toHaveLength(4);
      expect(ids.slice(2)).toEqual(ids.slice(0, 2));
      expect(await store.checkpoints.load('integration-publisher')).toBe(2);
    });
  },
);
