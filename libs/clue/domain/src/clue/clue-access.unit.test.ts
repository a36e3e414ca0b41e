import { clueViewFor, clueViewOf, type ClueReader } from './clue-access';
import type { ClueFacts } from './clue.events';

const registered: ClueFacts = {
  inspectionId: 'c1a2b3c4-0000-4000-8000-000000000001',
  targetId: 'c1a2b3c4-0000-4000-8000-000000000005',
  jurisdiction: '611000',
  tier: 'city',
  involvedRank: 'section',
  discipline: 'integrity',
  status: 'registered',
};
const toCommission: ClueFacts = {
  ...registered,
  status: 'transferred',
  recipient: 'discipline-commission',
};
const assessedForCommission: ClueFacts = {
  ...registered,
  status: 'assessed',
  recipient: 'discipline-commission',
};

describe('what a reader sees of a clue (线索查阅范围)', () => {
  it.each<[ClueReader, ClueFacts, string]>([
    ['office', registered, 'full'],
    ['analyst', registered, 'redacted'],
    ['analyst', toCommission, 'redacted'],
    ['discipline', registered, 'none'],
    ['discipline', assessedForCommission, 'none'],
    ['discipline', toCommission, 'full'],
    ['organization', toCommission, 'none'],
    ['organization', { ...toCommission, recipient: 'organization-department' }, 'full'],
  ])('%s given a %s clue sees %s', (reader, facts, view) => {
    expect(clueViewOf(reader, facts)).toBe(view);
  });

  it('a reader of several roles sees no more than one of its roles grants by itself', () => {
    // The analyst reaches every clue, the commission reads in full: together, no full read
    // of what was never sent to the commission.
    expect(clueViewFor(['discipline', 'analyst'], registered)).toBe('redacted');
    expect(clueViewFor(['organization', 'analyst'], toCommission)).toBe('redacted');
    expect(clueViewFor(['discipline', 'analyst'], toCommission)).toBe('full');
    expect(clueViewFor(['office', 'analyst'], registered)).toBe('full');
    expect(clueViewFor(['discipline', 'organization'], registered)).toBe('none');
    expect(clueViewFor([], registered)).toBe('none');
  });
});
