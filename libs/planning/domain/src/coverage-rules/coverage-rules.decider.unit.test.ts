import { RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import {
  DEFAULT_COVERING_KINDS,
  coverageRulesDecider,
  effectiveCoveringKinds,
} from './coverage-rules.decider';

const AT = '2026-01-05T09:00:00+08:00';
const given = givenDecider(coverageRulesDecider).given;
const set = (coveringKinds: Array<'regular' | 'special' | 'mobile' | 'follow-up'>) => ({
  type: 'SetCoverageRules' as const,
  jurisdiction: '611002',
  coveringKinds,
  at: AT,
});
const wasSet = {
  type: 'CoverageRulesSet' as const,
  data: { jurisdiction: '611002', coveringKinds: ['follow-up', 'regular'] as const, setAt: AT },
};

describe('which rounds count toward full coverage', () => {
  it('are set per jurisdiction; the same kinds again change nothing', () => {
    given()
      .when(set(['regular', 'follow-up']))
      .then({ ...wasSet, data: { ...wasSet.data, coveringKinds: ['follow-up', 'regular'] } });
    given({ ...wasSet, data: { ...wasSet.data, coveringKinds: ['follow-up', 'regular'] } })
      .when(set(['follow-up', 'regular', 'regular']))
      .then();
  });

  it('regular-rounds-must-cover: regular rounds always count', () => {
    given()
      .when(set(['special']))
      .thenThrows(RuleViolation, 'regular-rounds-must-cover');
  });

  it('in force: the nearest setting, else regular rounds only', () => {
    expect(effectiveCoveringKinds([])).toEqual({ coveringKinds: ['regular'], source: 'default' });
    expect(DEFAULT_COVERING_KINDS).toEqual(['regular']);
    expect(
      effectiveCoveringKinds([
        { jurisdiction: '611002' },
        { jurisdiction: '611000', coveringKinds: ['regular', 'mobile'] },
      ]),
    ).toEqual({ coveringKinds: ['regular', 'mobile'], source: '611000' });
  });
});
