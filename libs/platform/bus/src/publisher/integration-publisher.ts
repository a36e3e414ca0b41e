import type { IntegrationEventType } from '@xuncha/contracts';
import { uuidFromHash, type RecordedEvent } from '@xuncha/platform-kernel';
import { CheckpointedSubscription, type EventStore } from '@xuncha/platform-event-store';
import { toBusMessage } from '../cloudevents/cloudevents';
import type { Bus } from '../port/bus.port';

/** One integration event a domain event becomes: of a type the contracts define, unless a test says otherwise. */
export interface OutgoingEvent<Type extends string = IntegrationEventType> {
  readonly topic: string;
  readonly type: Type;
  /** The aggregate id: the Kafka key, so the aggregate's events stay in order. */
  readonly key: string;
  readonly data: unknown;
}

/** Maps a stored domain event to the integration events it publishes (often none). */
export type IntegrationMapper<Type extends string = IntegrationEventType> = (
  event: RecordedEvent,
) => OutgoingEvent<Type>[];
/** The same, for a mapper that must wait, e.g. to seal for a recipient. */
export type AsyncIntegrationMapper<Type extends string = IntegrationEventType> = (
  event: RecordedEvent,
) => Promise<OutgoingEvent<Type>[]>;

export interface IntegrationPublisherOptions {
  /** CloudEvents source, e.g. `xuncha/planning-service`. */
  readonly source: string;
  /** Any ce_type at run time: the services' mappers are typed by the contracts, the runtime's tests are not. */
  readonly map: IntegrationMapper<string> | AsyncIntegrationMapper<string>;
  readonly name?: string;
  readonly batchSize?: number;
  readonly onError?: (error: unknown, attempt: number) => void;
  /** The ce_id of the n-th integration event of a domain event (default: {@link messageIdOf}). */
  readonly messageId?: (event: RecordedEvent, index: number) => string;
}

/**
 * Publishes a service's domain events as integration events: a checkpointed
 * subscription on its own store, one bus batch per page of events, the
 * checkpoint saved after the publish. At least once: a crash in between
 * publishes the page again with the same ce_ids, which consumers deduplicate.
 */
export function integrationPublisher(
  store: EventStore,
  bus: Bus,
  options: IntegrationPublisherOptions,
): CheckpointedSubscription {
  return new CheckpointedSubscription(store, {
    name: options.name ?? 'integration-publisher',
    batchSize: options.batchSize ?? 500,
    onError: options.onError,
    handle: async (events) => {
      const mapped = await Promise.all(
        events.map(async (event) => [event, await options.map(event)] as const),
      );
      const messages = mapped.flatMap(([event, outgoing]) =>
        outgoing.map((outgoing, index) =>
          toBusMessage(outgoing.topic, {
            id: (options.messageId ?? messageIdOf)(event, index),
            type: outgoing.type,
            source: options.source,
            subject: outgoing.key,
            time: event.occurredAt,
            correlationId: event.metadata.correlationId,
            causationId: event.id,
            data: outgoing.data,
          }),
        ),
      );
      await bus.publish(messages);
    },
  });
}

/** The domain event's own id for its first integration event, a derived one for the rest. */
export function messageIdOf(event: RecordedEvent, index: number): string {
  return index === 0 ? event.id : derivedMessageId(event.id, index);
}

/** A stable UUID-shaped id for the n-th integration event of one domain event. */
export function derivedMessageId(eventId: string, index: number): string {
  return uuidFromHash(`${eventId}#${index}`, { version: 5, variant: '8' });
}
