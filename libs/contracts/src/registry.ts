import { AUDIT_EVENTS } from './audit/audit.definitions';
import { CLUE_EVENTS } from './clue/clue.definitions';
import type { IntegrationEventDefinition } from './definition';
import { INSPECTION_EVENTS } from './inspection/inspection.definitions';
import { PLANNING_EVENTS } from './planning/planning.definitions';
import { RECTIFICATION_EVENTS } from './rectification/rectification.definitions';
import type { Topic } from './topics';

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
