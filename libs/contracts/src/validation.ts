import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { jsonSchemaOf } from './json-schema';
import { findIntegrationEvent } from './registry';

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
  // Consumers validate every message: the compiled JSON Schema answers a valid payload
  // in microseconds; class-validator (100 µs and more) only words the problems of an
  // invalid one. The tests hold both to the same verdicts on examples and bad payloads.
  if (compiledSchema(ceType)(json)) return [];
  const payload = plainToInstance(definition.payload, json);
  const errors = validateSync(payload, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  return errors.flatMap((error) => problems(error, ''));
}

const ajv = addFormats(new Ajv({ allErrors: false }));
const compiled = new Map<string, ValidateFunction>();

function compiledSchema(ceType: string): ValidateFunction {
  let validate = compiled.get(ceType);
  if (!validate) {
    validate = ajv.compile(jsonSchemaOf(ceType));
    compiled.set(ceType, validate);
  }
  return validate;
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
