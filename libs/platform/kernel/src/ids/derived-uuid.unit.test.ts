import { derivedUuid, uuidFromHash } from './derived-uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('derived ids: the same seed names the same thing', () => {
  it('derivedUuid joins its parts by | into a name-based (version 5) id', () => {
    expect(derivedUuid('rectification-case', 'f-1')).toBe('dc11b579-2b70-51ef-a7c6-b3f61e276132');
    expect(derivedUuid('inspection', 'r', 't', 'x')).toBe('965c4c05-8834-5416-8ad8-4b429950e1bd');
    expect(derivedUuid('inspection', 'r', 't', 'x')).toBe(uuidFromHash('inspection|r|t|x'));
    expect(derivedUuid('a', 'b')).not.toBe(derivedUuid('ab'));
  });

  it('keeps each id family the layout its stored ids were made with', () => {
    // The planning service's team ids and the bus's message ids: variant digit 8.
    expect(uuidFromHash('actor:key:team', { version: 5, variant: '8' })).toBe(
      '665c6f57-b009-5832-83c5-d29f4f39d2e9',
    );
    expect(uuidFromHash('e-1#1', { version: 5, variant: '8' })).toBe(
      '93fb9846-0f5f-512f-8843-36e81f2668bf',
    );
    // The importer's idempotency keys and the demo's ids: version 4, hashed variant.
    expect(uuidFromHash('xuncha-import-step:row:1', { version: 4, variant: 'hashed' })).toBe(
      'a0f49c83-670b-496c-bc64-dadc3ef4b6b4',
    );
    expect(uuidFromHash('xuncha-demo:7:round-1', { version: 4, variant: 'hashed' })).toBe(
      'd0edeeb5-4739-484c-b712-cb38c84cdfb7',
    );
  });

  it('the hashed variant takes every value 8 to b, and each id is a valid UUID', () => {
    const ids = 'abcdefgh'.split('').map((seed) => derivedUuid(seed));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids.map((id) => id[19]))).toEqual(new Set(['8', '9', 'a', 'b']));
  });
});
