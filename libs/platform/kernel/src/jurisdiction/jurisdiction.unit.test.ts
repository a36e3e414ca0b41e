import {
  canonicalJurisdiction,
  isJurisdictionCode,
  isWithinJurisdiction,
  jurisdictionAncestors,
  jurisdictionLevel,
} from './jurisdiction';

describe('jurisdiction codes', () => {
  it('knows the level of a code from its significant groups', () => {
    expect(jurisdictionLevel('610000')).toBe('province');
    expect(jurisdictionLevel('611000')).toBe('city');
    expect(jurisdictionLevel('611002')).toBe('county');
    expect(jurisdictionLevel('611002001')).toBe('township');
    expect(jurisdictionLevel('611002001002')).toBe('village');
  });

  it('finds ancestors by zeroing trailing groups', () => {
    expect(jurisdictionAncestors('611002001002')).toEqual([
      '611002001',
      '611002',
      '611000',
      '610000',
    ]);
  });

  it('places a village under its city and not under a neighbouring one', () => {
    expect(isWithinJurisdiction('611002001002', '611000')).toBe(true);
    expect(isWithinJurisdiction('611002001002', '611002001')).toBe(true);
    expect(isWithinJurisdiction('611000', '611000')).toBe(true);
    expect(isWithinJurisdiction('611100', '611000')).toBe(false);
    expect(isWithinJurisdiction('611000', '611002')).toBe(false);
  });

  it('rejects what is not a code', () => {
    expect(isJurisdictionCode('61100')).toBe(false);
    expect(isJurisdictionCode('000000')).toBe(false);
    expect(isJurisdictionCode('6110a0')).toBe(false);
    expect(() => jurisdictionLevel('abc')).toThrow(/not a jurisdiction code/);
  });
});

describe('canonicalJurisdiction', () => {
  it('names a code as its descendants name their ancestors', () => {
    expect(canonicalJurisdiction('611000000')).toBe('611000');
    expect(canonicalJurisdiction('610000')).toBe('610000');
    expect(canonicalJurisdiction('611002010000')).toBe('611002010');
    expect(canonicalJurisdiction('611002010001')).toBe('611002010001');
    for (const code of ['611002010001', '611002010']) {
      const [parent] = jurisdictionAncestors(code);
      expect(canonicalJurisdiction(parent.padEnd(12, '0'))).toBe(parent);
    }
  });
});
