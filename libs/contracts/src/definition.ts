import type { Topic } from './topics';

/** One integration event as the registry knows it. */
export interface IntegrationEventDefinition<T extends string = string, P extends object = object> {
  /** CloudEvents `ce_type`: `xuncha.<context>.<EventName>.v<version>` (inbound: `discipline.clue.…`). */
  readonly type: T;
  readonly version: number;
  readonly topic: Topic;
  /** The payload class: class-validator rules and the source of the JSON Schema. */
  readonly payload: new () => P;
  /** The payload field holding the aggregate id: Kafka message key and `ce_subject`. */
  readonly key: string;
  /** One line in English with the Chinese term. */
  readonly summary: string;
  /** A realistic payload, validated by the tests and shown in the AsyncAPI document. */
  readonly example: object;
}

type StringFieldOf<P> = { [K in keyof P]-?: P[K] extends string ? K : never }[keyof P] & string;

/**
 * Checks at compile time that the key is a string field of the payload and the example fits it;
 * keeps the literal type and payload class, from which the catalogue's types are derived.
 */
export function defineEvent<const T extends string, P extends object>(definition: {
  type: T;
  version: number;
  topic: Topic;
  payload: new () => P;
  key: StringFieldOf<P>;
  summary: string;
  example: P;
}): IntegrationEventDefinition<T, P> {
  return definition;
}
