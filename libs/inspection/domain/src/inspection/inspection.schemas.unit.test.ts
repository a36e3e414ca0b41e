import { EventSchemas, type RecordedEvent } from '@xuncha/platform-kernel';
import { withInspectionSchemas } from './inspection.schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('stored schema versions of the inspection', () => {
  const schemas = withInspectionSchemas(new EventSchemas());
  const stored = (schemaVersion: number, data: unknown): RecordedEvent =>
    ({
      id: 'e-1',
      type: 'ReportHeard',
      schemaVersion,
      data,
      occurredAt: '2026-05-20T15:00:00+08:00',
      metadata: {},
      streamId: 'inspection.inspection-1',
      revision: 9,
      globalPosition: 90,
    }) as RecordedEvent;

  it('reads a ReportHeard v1 (texts) as directives about matters, without owner, ids the same on every read', () => {
    const v1 = stored(1, {
      heardAt: '2026-05-20T15:00:00+08:00',
      directives: ['举一反三', '专项清理'],
    });
    expect(schemas.upcast(v1)).toMatchObject({
      schemaVersion: 2,
      data: {
        heardAt: '2026-05-20T15:00:00+08:00',
        directives: [
          { directiveId: expect.stringMatching(UUID), pointsAt: 'matter', subject: '举一反三' },
          { directiveId: expect.stringMatching(UUID), pointsAt: 'matter', subject: '专项清理' },
        ],
      },
    });
    const ids = (event: RecordedEvent) =>
      (event.data as { directives: Array<{ directiveId: string }> }).directives.map(
        (d) => d.directiveId,
      );
    const [first, second] = ids(schemas.upcast(v1));
    expect(first).not.toBe(second);
    expect(ids(schemas.upcast(v1))).toEqual([first, second]);
  });

  it('leaves a v2 as it is', () => {
    const v2 = stored(2, { heardAt: '2026-05-20T15:00:00+08:00', directives: [] });
    expect(schemas.upcast(v2)).toBe(v2);
  });
});
