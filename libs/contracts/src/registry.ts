import { AUDIT_EVENTS } from './audit/audit.definitions';
import { CLUE_EVENTS } from './clue/clue.definitions';
import type { IntegrationEventDefinition } from './definition';
import { INSPECTION_EVENTS } from './inspection/inspection.definitions';
import { PLANNING_EVENTS } from './planning/planning.definitions';
import { RECTIFICATION_EVENTS } from './rectification/rectification.definitions';
import type { Topic } from './topics';

/** One definition of the catalogue, with its literal type and payload class. */
type DefinedEvent = (
  | typeof PLANNING_EVENTS
  | typeof INSPECTION_EVENTS
  | typeof CLUE_EVENTS
  | typeof RECTIFICATION_EVENTS
  | typeof AUDIT_EVENTS
)[number];

/** The ce_type of every integration event the contracts define: no other type is published or read. */
export type IntegrationEventType = DefinedEvent['type'];

/** The payload of the integration event of type T, as its contract class declares it. */
export type IntegrationPayload<T extends IntegrationEventType> = InstanceType<
  Extract<DefinedEvent, { readonly type: T }>['payload']
>;

/** The names of a context's version-1 events, e.g. `RoundLaunched` for `xuncha.planning.RoundLaunched.v1`. */
export type IntegrationEventName<Context extends string> = IntegrationEventType extends infer T
  ? T extends `xuncha.${Context}.${infer Name}.v1`
    ? Name
    : never
  : never;

/** Every integration event of the system, by context. */
export const INTEGRATION_EVENTS: readonly IntegrationEventDefinition[] = [
  ...PLANNING_EVENTS,
  ...INSPECTION_EVENTS,
  ...CLUE_EVENTS,
  ...RECTIFICATION_EVENTS,
  ...AUDIT_EVENTS,
];

const byType = new Map(INTEGRATION_EVENTS.map((definition) => [definition.type, definition]));

export function findIntegrationEvent(ceType: string): IntegrationEventDefinition | undefined {
  return byType.get(ceType);
}

export function integrationEventsOn(topic: Topic): IntegrationEventDefinition[] {
  return INTEGRATION_EVENTS.filter((definition) => definition.topic === topic);
}
