import { BaseRpcContext, Server, type CustomTransportStrategy } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { CommandContext } from '@xuncha/platform-event-store';
import type { IntegrationEvent } from '../cloudevents/cloudevents';
import type { Bus, BusSubscription, DeliveredMessage } from '../port/bus.port';
import { DEAD_LETTER_TOPIC, messageDispatcher, type DispatchOptions } from './message-dispatcher';

/** What an @EventPattern handler gets besides the payload. */
export class BusContext extends BaseRpcContext<[IntegrationEvent, DeliveredMessage]> {
  get event(): IntegrationEvent {
    return this.args[0];
  }

  get message(): DeliveredMessage {
    return this.args[1];
  }

  /**
   * The context for the n-th command this message causes. Its idempotency key
   * is the message id, so a redelivered message appends nothing new: the
   * processed-message record lands in the same transaction as the effect.
   */
  commandContext(n = 0): CommandContext {
    return {
      actor: `bus:${this.event.source}`,
      correlationId: this.event.correlationId,
      causationId: this.event.id,
      now: new Date(),
      idempotencyKey: n === 0 ? this.event.id : `${this.event.id}#${n}`,
    };
  }
}

export interface BusTransportOptions extends Omit<DispatchOptions, 'groupId'> {
  /** The consuming service: consumer groups are `<service>.<topic>`. */
  readonly service: string;
  /** Which topic carries an event type (from libs/contracts). */
  readonly topicOf: (type: string) => string | undefined;
}

/**
 * The bus as a NestJS microservice transport: handlers are
 * `@EventPattern(ceType)` methods. Each topic gets its own subscription, so a
 * slow handler on one topic never stalls another.
 */
export class BusTransport extends Server implements CustomTransportStrategy {
  private readonly subscriptions: BusSubscription[] = [];

  constructor(
    private readonly bus: Bus,
    private readonly options: BusTransportOptions,
  ) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const types = [...this.messageHandlers.keys()];
      const unknown = types.filter((type) => !this.options.topicOf(type));
      if (unknown.length > 0) throw new Error(`no topic carries ${unknown.join(', ')}`);
      const topics = [...new Set(types.map((type) => this.options.topicOf(type)!))];
      await this.bus.ensureTopics([...topics, DEAD_LETTER_TOPIC]);
      for (const topic of topics) {
        const groupId = `${this.options.service}.${topic}`;
        const dispatch = messageDispatcher(this.bus, (type) => this.handlerFor(type), {
          ...this.options,
          groupId,
        });
        this.subscriptions.push(
          await this.bus.subscribe({ groupId, topics: [topic], handle: dispatch }),
        );
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.subscriptions.splice(0).map((s) => s.stop()));
  }

  on(): never {
    throw new Error('BusTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.bus as T;
  }

  /** Nest's handler, through its pipes and filters; errors come back with their own class. */
  private handlerFor(type: string) {
    const handler = this.getHandlerByPattern(type);
    if (!handler) return undefined;
    return async (event: IntegrationEvent, message: DeliveredMessage) => {
      const result = await handler(event.data, new BusContext([event, message]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    };
  }
}
