import { Logger } from '@nestjs/common';
import { AggregateNotFound, RuleViolation } from '@xuncha/platform-kernel';
import {
  MalformedMessage,
  fromBusMessage,
  type IntegrationEvent,
} from '../cloudevents/cloudevents';
import type { Bus, DeliveredMessage } from '../port/bus.port';

export const DEAD_LETTER_TOPIC = 'xuncha.dead-letter';

export type EventHandler = (event: IntegrationEvent, message: DeliveredMessage) => Promise<void>;

export interface DispatchOptions {
  /** The consumer group: named in dead letters. */
  readonly groupId: string;
  /** Contract validation of a payload: the problems found, empty when valid. */
  readonly validate: (type: string, data: unknown) => string[];
  /** Attempts for errors that may pass (store busy, timeouts) before dead-lettering. */
  readonly attempts?: number;
  readonly retryDelayMs?: number;
}

/**
 * What every consumer does with a delivered message: read the CloudEvent,
 * find the handler for its type (types nobody handles are skipped), check the
 * payload against its contract, run the handler with bounded retries. A
 * message that is malformed, breaks its contract, is refused by a domain rule
 * or keeps failing goes to `xuncha.dead-letter` with its reason; if even that
 * publish fails, the error reaches the bus adapter, which redelivers: nothing
 * is dropped silently.
 */
export function messageDispatcher(
  bus: Bus,
  handlerFor: (type: string) => EventHandler | undefined,
  options: DispatchOptions,
): (message: DeliveredMessage) => Promise<void> {
  const logger = new Logger(`Consumer ${options.groupId}`);
  const attempts = options.attempts ?? 3;

  const deadLetter = async (message: DeliveredMessage, reason: string) => {
    logger.error(
      `dead-lettering ${message.topic}/${message.partition}@${message.offset}: ${reason}`,
    );
    await bus.publish([
      {
        topic: DEAD_LETTER_TOPIC,
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'x-dead-letter-reason': reason,
          'x-original-topic': message.topic,
          'x-original-partition': String(message.partition),
          'x-original-offset': message.offset,
          'x-consumer-group': options.groupId,
        },
      },
    ]);
  };

  return async (message) => {
    let event: IntegrationEvent;
    try {
      event = fromBusMessage(message);
    } catch (error) {
      if (error instanceof MalformedMessage) return deadLetter(message, error.message);
      throw error;
    }
    const handler = handlerFor(event.type);
    if (!handler) return;
    const problems = options.validate(event.type, event.data);
    if (problems.length > 0) {
      return deadLetter(message, `${event.type} breaks its contract: ${problems.join('; ')}`);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await handler(event, message);
      } catch (error) {
        const permanent = error instanceof RuleViolation || error instanceof AggregateNotFound;
        if (permanent || attempt >= attempts) {
          const reason = permanent
            ? `refused: ${describe(error)}`
            : `failed ${attempts} times, last: ${describe(error)}`;
          return deadLetter(message, reason);
        }
        logger.warn(`${event.type} ${event.id}: attempt ${attempt} failed: ${describe(error)}`);
        const delay = (options.retryDelayMs ?? 100) * 2 ** (attempt - 1);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
}
