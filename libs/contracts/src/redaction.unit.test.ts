import type { JsonSchema } from './fields';
import { jsonSchemaOf } from './json-schema';
import { INTEGRATION_EVENTS } from './registry';
import { isAnalyticsTopic } from './topics';

/** Field names that would carry a person's name, position or an allegation. */
const PERSONAL = /^(name|names|person|persons|allegation|allegations|position|positions)$|Name$/;
/** Names of organizations, not of people. */
const ORGANIZATION_NAMES = ['targetName', 'villageName'];

/** Every field name in a standalone payload schema, nested classes included. */
function fieldNames(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as JsonSchema;
  const own = node.properties ? Object.keys(node.properties) : [];
  return [...own, ...Object.values(node).flatMap(fieldNames)];
}

function personalFields(type: string): string[] {
  return fieldNames(jsonSchemaOf(type)).filter(
    (field) => PERSONAL.test(field) && !ORGANIZATION_NAMES.includes(field),
  );
}

describe('redaction of the analytics topics', () => {
  const analytics = INTEGRATION_EVENTS.filter((definition) => isAnalyticsTopic(definition.topic));

  it('covers the four *.events topics', () => {
    expect(new Set(analytics.map((definition) => definition.topic))).toEqual(
      new Set([
        'xuncha.planning.events',
        'xuncha.inspection.events',
        'xuncha.clue.events',
        'xuncha.rectification.events',
      ]),
    );
  });

  it.each(analytics.map((definition) => [definition.type]))(
    '%s carries no name, person, position or allegation',
    (type) => {
      expect(personalFields(type)).toEqual([]);
    },
  );

  it('finds none on the sealed forms of the restricted topics: they travel as ciphertext', () => {
    for (const type of [
      'xuncha.inspection.SealedClueIdentified.v1',
      'xuncha.clue.SealedClueTransferred.v1',
    ]) {
      expect(personalFields(type)).toEqual([]);
    }
  });

  it('sees the personal fields where they are allowed, nested ones included', () => {
    for (const type of ['xuncha.inspection.ClueIdentified.v1', 'xuncha.clue.ClueTransferred.v1']) {
      expect(personalFields(type).sort()).toEqual(['allegation', 'name', 'person', 'position']);
    }
  });
});
