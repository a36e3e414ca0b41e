import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema } from './fields';
import { contractClasses, contractSchemas, DEFINITIONS_PREFIX, jsonSchemaOf } from './json-schema';
import { INTEGRATION_EVENTS } from './registry';
import { BAD_PAYLOADS } from './testing/bad-payloads.fixture';

// A keyword ajv does not know, or one applied without its type, fails the compile.
const ajv = addFormats(new Ajv({ strictSchema: true, strictTypes: true, allErrors: true }));
const validatorOf = (type: string) =>
  ajv.getSchema(`urn:xuncha:contracts:${type}`) ?? ajv.compile(jsonSchemaOf(type));

describe('JSON Schema of the payloads', () => {
  it.each(INTEGRATION_EVENTS.map((definition) => [definition.type, definition]))(
    'accepts the example of %s',
    (type, definition) => {
      const validate = validatorOf(type);
      expect(validate(definition.example) ? [] : validate.errors).toEqual([]);
    },
  );

  it.each(BAD_PAYLOADS.map((bad) => [bad.what, bad]))(
    'refuses %s, as the classes do',
    (_what, bad) => {
      expect(validatorOf(bad.type)(bad.payload)).toBe(false);
    },
  );

  it('requires the key field of every event', () => {
    for (const definition of INTEGRATION_EVENTS) {
      expect(jsonSchemaOf(definition.type).required).toContain(definition.key);
    }
  });

  it('documents every class and every field', () => {
    const undocumented: string[] = [];
    for (const [name, schema] of Object.entries(contractSchemas(DEFINITIONS_PREFIX))) {
      if (!schema.description) undocumented.push(name);
      for (const [field, property] of Object.entries(
        schema.properties as Record<string, JsonSchema>,
      )) {
        if (!property.description) undocumented.push(`${name}.${field}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('closes every object, as forbidNonWhitelisted does', () => {
    for (const [name, schema] of Object.entries(contractSchemas(DEFINITIONS_PREFIX))) {
      expect(`${name}: ${String(schema.additionalProperties)}`).toBe(`${name}: false`);
    }
  });

  it('keeps nested classes in the standalone schema', () => {
    const schema = jsonSchemaOf('xuncha.planning.RoundLaunched.v1');
    expect(Object.keys(schema.definitions as object).sort()).toEqual([
      'CatalogEntry',
      'CatalogFocus',
      'CatalogPoint',
      'CatalogProcess',
      'DateWindow',
      'FocusCatalogVersion',
      'RoundDeadlines',
      'RoundTeam',
      'TargetProfile',
    ]);
  });

  it('gives every contract class its own name and knows no type it was not told of', () => {
    expect(() => contractClasses()).not.toThrow();
    expect(() => jsonSchemaOf('xuncha.planning.RoundPlanned.v1')).toThrow(/unknown/);
  });
});
