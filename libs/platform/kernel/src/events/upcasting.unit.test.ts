import type { RecordedEvent } from './envelope';
import { EventSchemas } from './upcasting';

function stored(schemaVersion: number, data: unknown): RecordedEvent {
  return {
    id: 'e1',
    type: 'TargetRegistered',
    schemaVersion,
    data,
    occurredAt: '2026-01-01T00:00:00.000Z',
    metadata: { actor: 'a', correlationId: 'c' },
    streamId: 'planning.target-1',
    revision: 0,
    globalPosition: 1,
  };
}

describe('EventSchemas', () => {
  const schemas = new EventSchemas().register('TargetRegistered', 3, {
    1: (data) => ({ ...(data as object), headcount: 0 }),
    2: (data) => {
      const { name, ...rest } = data as { name: string };
      return { ...rest, names: { zh: name } };
    },
  });

  it('lifts an old payload through every version to the current one', () => {
    const event = schemas.upcast(stored(1, { name: '商洛市财政局' }));
    expect(event.schemaVersion).toBe(3);
    expect(event.data).toEqual({ headcount: 0, names: { zh: '商洛市财政局' } });
  });

  it('leaves a current event as it is', () => {
    const current = stored(3, { names: { zh: 'x' }, headcount: 4 });
    expect(schemas.upcast(current)).toBe(current);
  });

  it('refuses an event newer than the code', () => {
    expect(() => schemas.upcast(stored(4, {}))).toThrow(/newer than this code knows/);
  });

  it('refuses a registration with a missing upcaster', () => {
    expect(() => new EventSchemas().register('X', 2)).toThrow(/no upcaster from schema version 1/);
  });

  it('treats unregistered types as version 1', () => {
    expect(schemas.versionOf('Unknown')).toBe(1);
  });
});
