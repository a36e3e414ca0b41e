import { givenDecider } from '@xuncha/platform-kernel';
import { clueAuditDecider } from './clue-audit.decider';

describe('clue read trail', () => {
  it('records who read the full record and when, on every read', () => {
    const read = {
      type: 'RecordRead' as const,
      clueId: 'c1',
      reader: 'discipline-611000',
      roles: ['discipline'],
      at: '2026-05-01T00:00:00.000Z',
    };
    const first = givenDecider(clueAuditDecider)
      .given()
      .when(read)
      .then({
        type: 'ClueRecordRead',
        data: { clueId: 'c1', reader: 'discipline-611000', roles: ['discipline'], readAt: read.at },
      });
    givenDecider(clueAuditDecider)
      .given(...first)
      .when(read)
      .then(...first);
  });
});
