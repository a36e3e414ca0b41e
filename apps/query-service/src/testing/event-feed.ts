import { randomUUID } from 'node:crypto';
import { findIntegrationEvent, validateIntegrationPayload } from '@xuncha/contracts';
import { toBusMessage, type Bus, type BusMessage } from '@xuncha/platform-bus';

const SHORT = 'xuncha.'.length;

/**
 * Stand-in for the other services in tests: contract events built from the
 * registry's examples, checked against their contracts, published in batches.
 */
export class EventFeed {
  private messages: BusMessage[] = [];
  private clock: number;

  constructor(start = '2026-03-01T00:00:00Z') {
    this.clock = Date.parse(start);
  }

  /** Events after this call carry this time (ce_time), a second apart. */
  at(instant: string): this {
    this.clock = Date.parse(instant);
    return this;
  }

  /** The registry example of `name` (e.g. 'inspection.FindingRecorded') with `data` over it. */
  add(name: string, data: Record<string, unknown>, without: string[] = []): this {
    const type = `xuncha.${name}.v1`;
    const definition = findIntegrationEvent(type);
    if (!definition) throw new Error(`no contract ${type}`);
    const payload: Record<string, unknown> = { ...definition.example, ...data };
    for (const field of without) delete payload[field];
    const problems = validateIntegrationPayload(type, payload);
    if (problems.length > 0) throw new Error(`${type.slice(SHORT)}: ${problems.join('; ')}`);
    this.messages.push(
      toBusMessage(definition.topic, {
        id: randomUUID(),
        type,
        source: `xuncha/${name.split('.')[0]}-service`,
        subject: String(payload[definition.key]),
        time: new Date(this.clock).toISOString(),
        correlationId: randomUUID(),
        data: payload,
      }),
    );
    this.clock += 1000;
    return this;
  }

  get size(): number {
    return this.messages.length;
  }

  /** Publishes what was added, 500 messages a call, and forgets it. */
  async flush(bus: Bus): Promise<void> {
    for (let i = 0; i < this.messages.length; i += 500) {
      await bus.publish(this.messages.slice(i, i + 500));
    }
    this.messages = [];
  }
}
