import type { BusMessage, DeliveredMessage } from '../port/bus.port';

/** An integration event as it travels: CloudEvents 1.0 attributes and JSON data. */
export interface IntegrationEvent<T = unknown> {
  readonly id: string;
  /** `xuncha.<context>.<EventName>.v<version>` */
  readonly type: string;
  /** The publishing service, e.g. `xuncha/planning-service`. */
  readonly source: string;
  /** The aggregate the event is about: the Kafka key. */
  readonly subject: string;
  readonly time: string;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly data: T;
}

/** Kafka binding, binary content mode: attributes as ce_* headers, data as the value. */
export function toBusMessage(topic: string, event: IntegrationEvent): BusMessage {
  return {
    topic,
    key: event.subject,
    value: JSON.stringify(event.data),
    headers: {
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_type: event.type,
      ce_source: event.source,
      ce_subject: event.subject,
      ce_time: event.time,
      ce_correlationid: event.correlationId,
      ...(event.causationId && { ce_causationid: event.causationId }),
      'content-type': 'application/json',
    },
  };
}

export class MalformedMessage extends Error {
  override name = 'MalformedMessage';
}

/** Reads a delivered message back; MalformedMessage names what is missing or unreadable. */
export function fromBusMessage(message: DeliveredMessage): IntegrationEvent {
  const h = message.headers;
  const missing = ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time'].filter(
    (name) => !h[name],
  );
  if (missing.length > 0)
    throw new MalformedMessage(`missing CloudEvents headers: ${missing.join(', ')}`);
  if (h.ce_specversion !== '1.0')
    throw new MalformedMessage(`unsupported ce_specversion ${h.ce_specversion}`);
  let data: unknown;
  try {
    data = JSON.parse(message.value);
  } catch (error) {
    throw new MalformedMessage(`value is not JSON: ${(error as Error).message}`);
  }
  return {
    id: h.ce_id,
    type: h.ce_type,
    source: h.ce_source,
    subject: h.ce_subject ?? message.key,
    time: h.ce_time,
    correlationId: h.ce_correlationid ?? h.ce_id,
    ...(h.ce_causationid && { causationId: h.ce_causationid }),
    data,
  };
}
