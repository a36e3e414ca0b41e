import { EventPattern } from '@nestjs/microservices';
import type { IntegrationEventType, IntegrationPayload } from '@xuncha/contracts';
import type { BusContext } from './bus-transport';

type IntegrationEventMethod<T extends IntegrationEventType> = (
  data: IntegrationPayload<T>,
  context: BusContext,
) => Promise<void>;

/**
 * Subscribes a consumer method to one integration event the contracts define:
 * Nest's EventPattern takes any string, this one only a defined ce_type, and the
 * method must take that event's payload.
 */
export function OnIntegrationEvent<const T extends IntegrationEventType>(type: T) {
  return EventPattern(type) as (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<IntegrationEventMethod<T>>,
  ) => void;
}
