import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
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
];

const byType = new Map(INTEGRATION_EVENTS.map((definition) => [definition.type, definition]));

export function findIntegrationEvent(ceType: string): IntegrationEventDefinition | undefined {
  return byType.get(ceType);
}

export function integrationEventsOn(topic: Topic): IntegrationEventDefinition[] {
  return INTEGRATION_EVENTS.filter((definition) => definition.topic === topic);
}

/**
 * Checks a decoded payload against the contract of `ceType`. Answers the
 * problems as `path: what is wrong` lines (e.g. `teams[0].targets[0].tier: …`),
 * an empty array when the payload is valid.
 */
export function validateIntegrationPayload(ceType: string, json: unknown): string[] {
  const definition = findIntegrationEvent(ceType);
  if (!definition) return [`unknown integration event type: ${ceType}`];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return ['payload: must be a JSON object'];
  }
  const payload = plainToInstance(definition.payload, json);
  const errors = validateSync(payload, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  return errors.flatMap((error) => problems(error, ''));
}

function problems(error: ValidationError, parent: string): string[] {
  const path = /^\d+$/.test(error.property)
    ? `${parent}[${error.property}]`
    : parent
      ? `${parent}.${error.property}`
      : error.property;
  const own = Object.entries(error.constraints ?? {});
  const lines =
    own.length === 0
      ? []
      : error.value === undefined
        ? [`${path}: is required`]
        : own.map(([constraint, message]) => `${path}: ${explain(constraint, message, error)}`);
  return [...lines, ...(error.children ?? []).flatMap((child) => problems(child, path))];
}

/** class-validator's messages start with the property name, which the path already says. */
function explain(constraint: string, message: string, error: ValidationError): string {
  if (constraint === 'whitelistValidation') return 'is not a field of this event';
  return message.startsWith(`${error.property} `)
    ? message.slice(error.property.length + 1)
    : message;
}
