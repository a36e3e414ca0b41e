import { isUUID } from 'class-validator';
import { findIntegrationEvent, INTEGRATION_EVENTS, integrationEventsOn } from './registry';
import { validateIntegrationPayload } from './validation';
import { BAD_PAYLOADS } from './testing/bad-payloads.fixture';
import { ALL_TOPICS, TOPICS } from './topics';

describe('integration event registry', () => {
  it.each(INTEGRATION_EVENTS.map((definition) => [definition.type, definition]))(
    'accepts the example of %s',
    (_type, definition) => {
      expect(validateIntegrationPayload(definition.type, definition.example)).toEqual([]);
    },
  );

  it.each(BAD_PAYLOADS.map((bad) => [bad.what, bad]))(
    'refuses %s, naming the field',
    (_what, bad) => {
      const problems = validateIntegrationPayload(bad.type, bad.payload);
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(bad.problem)]));
    },
  );

  it('refuses an unknown type and a payload that is not an object', () => {
    expect(validateIntegrationPayload('xuncha.planning.RoundPlanned.v1', {})).toEqual([
      'unknown integration event type: xuncha.planning.RoundPlanned.v1',
    ]);
    for (const notAnObject of [null, 'x', 3, [{}]]) {
      expect(validateIntegrationPayload('xuncha.planning.RoundClosed.v1', notAnObject)).toEqual([
        'payload: must be a JSON object',
      ]);
    }
  });

  it('gives every event a unique ce_type that follows the naming rule of its topic', () => {
    const types = INTEGRATION_EVENTS.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    for (const definition of INTEGRATION_EVENTS) {
      const match =
        /^(xuncha\.(planning|inspection|clue|rectification|audit)|discipline\.clue)\.([A-Z][A-Za-z]+)\.v([1-9]\d*)$/.exec(
          definition.type,
        );
      expect(match).not.toBeNull();
      const [, prefix, , name, version] = match!;
      expect(name).toBe(definition.payload.name);
      expect(Number(version)).toBe(definition.version);
      // Inbound topics carry the commission's types; ours carry the publishing context's.
      const expectedPrefix = definition.topic.startsWith('discipline.')
        ? 'discipline.clue'
        : definition.topic.split('.').slice(0, 2).join('.');
      expect(`${definition.type}: ${prefix}`).toBe(`${definition.type}: ${expectedPrefix}`);
    }
  });

  it('keys every event by an id its example carries', () => {
    for (const definition of INTEGRATION_EVENTS) {
      const key = (definition.example as Record<string, unknown>)[definition.key];
      expect(`${definition.type}: ${isUUID(key)}`).toBe(`${definition.type}: true`);
    }
  });

  it('finds events by ce_type and by topic', () => {
    expect(findIntegrationEvent('xuncha.planning.RoundLaunched.v1')?.key).toBe('roundId');
    expect(findIntegrationEvent('xuncha.planning.RoundLaunched.v2')).toBeUndefined();
    expect(integrationEventsOn(TOPICS.disciplineClueOutcomes).map((d) => d.type)).toEqual([
      'discipline.clue.ClueDispositionDecided.v1',
      'discipline.clue.ClueOutcomeReported.v1',
    ]);
    // Every topic but the dead-letter one carries registered events, and nothing else does.
    for (const topic of ALL_TOPICS.filter((t) => t !== TOPICS.deadLetter)) {
      expect(`${topic}: ${integrationEventsOn(topic).length > 0}`).toBe(`${topic}: true`);
    }
    expect(integrationEventsOn(TOPICS.deadLetter)).toEqual([]);
  });
});
