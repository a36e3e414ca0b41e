import { readsPetitionText } from './inspection-access';
import type { Team } from './inspection.events';

const team: Team = {
  teamId: 'team-1',
  leaderId: 'leader-1',
  deputyIds: ['deputy-1'],
  liaisonId: 'liaison-1',
  memberIds: ['member-1'],
};

describe('who reads a petition’s text (信访件内容)', () => {
  it('the office and every cadre of the inspection’s team', () => {
    expect(readsPetitionText({ roles: ['office'], sub: 'office-611000' }, team)).toBe(true);
    for (const cadre of ['leader-1', 'deputy-1', 'liaison-1', 'member-1']) {
      expect(readsPetitionText({ roles: ['team'], sub: cadre }, team)).toBe(true);
    }
  });

  it('never the analyst, nor a cadre of another team, whatever roles they hold together', () => {
    expect(readsPetitionText({ roles: ['analyst'], sub: 'leader-1' }, team)).toBe(false);
    expect(readsPetitionText({ roles: ['team'], sub: 'leader-2' }, team)).toBe(false);
    expect(readsPetitionText({ roles: ['team', 'analyst'], sub: 'leader-2' }, team)).toBe(false);
    expect(readsPetitionText({ roles: ['inspected', 'admin'], sub: 'leader-1' }, team)).toBe(false);
  });
});
