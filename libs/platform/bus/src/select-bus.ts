import { join } from 'node:path';
import { EmbeddedBus } from './embedded/embedded-bus';
import { KafkaBus, type KafkaSasl } from './kafka/kafka-bus';
import type { Bus } from './port/bus.port';

export interface BusSettings {
  /** Selects Kafka when set. */
  readonly kafkaBrokers?: readonly string[];
  /** Embedded mode keeps `<dataDir>/bus/log.sqlite`, shared by every service process. */
  readonly dataDir: string;
  readonly clientId: string;
  readonly kafkaSsl?: boolean;
  readonly kafkaSasl?: KafkaSasl;
  /** Partitions and retention of the Kafka topics the bus creates (3, and the broker's default). */
  readonly kafkaTopics?: { partitions?: number; retentionMs?: number };
}

export function createBus(settings: BusSettings): Bus {
  return settings.kafkaBrokers?.length
    ? KafkaBus.connect({
        brokers: [...settings.kafkaBrokers],
        clientId: settings.clientId,
        ssl: settings.kafkaSsl,
        sasl: settings.kafkaSasl,
        partitions: settings.kafkaTopics?.partitions,
        retentionMs: settings.kafkaTopics?.retentionMs,
      })
    : new EmbeddedBus(join(settings.dataDir, 'bus', 'log.sqlite'));
}
