import { talkCoverage } from './talk-coverage';
import { DEFAULT_TALK_RULES } from './talk-rules';

const units = DEFAULT_TALK_RULES.county;
const five = {
  leadership: 1,
  'party-member': 1,
  'middle-manager': 1,
  minority: 1,
  generational: 1,
};

describe('talk coverage', () => {
  it('needs everyone up to and including 30 staff, 70% (rounded up) above', () => {
    expect(talkCoverage({ headcount: 29 }, { ...five, staff: 23 }, units).met).toBe(false);
    expect(talkCoverage({ headcount: 30 }, { ...five, staff: 24 }, units).met).toBe(false);
    expect(talkCoverage({ headcount: 30 }, { ...five, staff: 25 }, units)).toMatchObject({
      required: 30,
      met: true,
    });
    expect(talkCoverage({ headcount: 31 }, { ...five, staff: 17 }, units)).toMatchObject({
      required: 22,
      met: true,
    });
    expect(talkCoverage({ headcount: 110 }, { ...five, staff: 72 }, units)).toMatchObject({
      required: 77,
      met: true,
      rate: 0.7,
    });
    expect(talkCoverage({ headcount: 0 }, {}, units)).toMatchObject({ required: 0, rate: 1 });
  });

  it('lists the must-talk groups neither talked to nor marked not applicable', () => {
    const four = { leadership: 1, 'party-member': 1, 'middle-manager': 1, generational: 1 };
    expect(talkCoverage({ headcount: 4 }, four, units)).toMatchObject({
      missingGroups: ['minority'],
      met: false,
    });
    expect(
      talkCoverage({ headcount: 4 }, four, units, { minority: '本单位无少数民族职工' }),
    ).toMatchObject({
      missingGroups: [],
      notApplicable: { minority: '本单位无少数民族职工' },
      met: true,
    });
  });

  it('counts party-member talks against the party-member number where it is known', () => {
    const known = talkCoverage({ headcount: 5, partyMemberCount: 3 }, five, units);
    expect(known).toMatchObject({ partyMembers: { required: 3, talked: 1 }, met: false });
    expect(talkCoverage({ headcount: 5 }, five, units).partyMembers).toBeUndefined();
    const relaxed = { ...units, allPartyMembers: false };
    expect(talkCoverage({ headcount: 5, partyMemberCount: 3 }, five, relaxed).met).toBe(true);
  });

  it('takes the rules configured: a lower line and share', () => {
    const rules = { ...units, everyoneUpTo: 20, minimumPercent: 60 };
    expect(talkCoverage({ headcount: 30 }, { ...five, staff: 13 }, rules)).toMatchObject({
      required: 18,
      met: true,
    });
  });
});
