import {
  InvalidCursor,
  type Doc,
  type DocumentChange,
  type Filter,
  type FindOptions,
  type ReadModelStore,
} from '../port/read-model-store.port';

export interface ReadModelStoreFixture {
  /** A store over fresh, empty storage. */
  open(): Promise<ReadModelStore>;
  /** A new store over the same storage as the last `open`: a process restart. */
  reopen(): Promise<ReadModelStore>;
  cleanup(): Promise<void>;
}

const put = (collection: string, doc: Doc): DocumentChange => ({ kind: 'put', collection, doc });
const del = (collection: string, id: string): DocumentChange => ({
  kind: 'delete',
  collection,
  id,
});
const at = (position: number | string, source = 'xuncha.planning.events/0', projection = 'p') => ({
  projection,
  source,
  position: String(position),
});
const ids = (docs: Doc[]) => docs.map((doc) => doc._id);
const pad = (n: number) => String(n).padStart(3, '0');

/** Reads every page from `options.cursor` on, until one has no `next`. */
async function walk(store: ReadModelStore, collection: string, options: FindOptions) {
  const seen: Doc[] = [];
  let cursor = options.cursor;
  let pages = 0;
  do {
    const page = await store.find(collection, { ...options, cursor });
    seen.push(...page.items);
    cursor = page.next;
    pages += 1;
  } while (cursor !== undefined);
  return { seen, pages };
}

/**
 * A sort key of every scalar type, in MongoDB's order: missing and null tie
 * first, then numbers, strings, booleans; ties go by _id.
 */
function mixedKey(index: number): Record<string, unknown> {
  switch (index % 9) {
    case 0:
      return {};
    case 1:
      return { key: null };
    case 2:
      return { key: 'b' };
    case 3:
      return { key: 'a' };
    case 4:
      return { key: true };
    case 5:
      return { key: false };
    case 6:
      return { key: -1.5 };
    default:
      return { key: index % 4 };
  }
}

function mixedOrder(key: unknown): [number, unknown] {
  if (key === undefined || key === null) return [0, 0];
  return [['number', 'string', 'boolean'].indexOf(typeof key) + 1, key];
}

function byMixedKey(a: Doc, b: Doc): number {
  const [rankA, valueA] = mixedOrder(a.key);
  const [rankB, valueB] = mixedOrder(b.key);
  if (rankA !== rankB) return rankA - rankB;
  if (valueA !== valueB) return (valueA as number) < (valueB as number) ? -1 : 1;
  return a._id < b._id ? -1 : 1;
}

/**
 * Reads a counter, yields, and commits it one higher, under `exclusively(name)`: without
 * the exclusion, concurrent callers read the same count and all but one increment is lost.
 */
export async function incrementUnder(store: ReadModelStore, name: string, n: number) {
  await store.exclusively(name, async () => {
    const counter = await store.get<Doc & { count: number }>('counters', 'c');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.commit(
      [put('counters', { _id: 'c', count: (counter?.count ?? 0) + 1 })],
      at(1, `increments/${n}`),
    );
  });
}

/**
 * One contract every read-model store adapter passes. Each test starts on
 * fresh storage; collection names are fixed.
 */
export function readModelStoreContract(fixture: ReadModelStoreFixture): void {
  let store: ReadModelStore;

  beforeEach(async () => {
    store = await fixture.open();
  });
  afterEach(async () => {
    await store.close();
    await fixture.cleanup();
  });

  describe('documents', () => {
    it('puts, gets, replaces and deletes', async () => {
      const doc = { _id: 't-1', name: '商洛市委', scope: { tier: 'county', codes: ['611002'] } };
      expect(await store.commit([put('targets', doc)], at(1))).toBe(true);
      expect(await store.get('targets', 't-1')).toEqual(doc);
      expect(await store.get('targets', 't-2')).toBeUndefined();
      expect(await store.get('elsewhere', 't-1')).toBeUndefined();

      await store.commit([put('targets', { _id: 't-1', name: 'renamed' })], at(2));
      expect(await store.get('targets', 't-1')).toEqual({ _id: 't-1', name: 'renamed' });

      await store.commit([del('targets', 't-1'), del('targets', 'never-there')], at(3));
      expect(await store.get('targets', 't-1')).toBeUndefined();
    });

    it('applies the changes of a commit in order', async () => {
      await store.commit(
        [put('c', { _id: 'a', v: 1 }), del('c', 'a'), put('c', { _id: 'b', v: 1 })],
        at(1),
      );
      await store.commit([put('c', { _id: 'b', v: 2 }), put('c', { _id: 'b', v: 3 })], at(2));
      expect(await store.get('c', 'a')).toBeUndefined();
      expect(await store.get('c', 'b')).toEqual({ _id: 'b', v: 3 });
    });

    it('stores the JSON form of a document, and answers copies', async () => {
      const doc = { _id: 'j', at: new Date('2026-11-25T08:00:00.000Z'), gone: undefined, n: 1 };
      await store.commit([put('c', doc)], at(1));
      const read = (await store.get('c', 'j')) as Doc;
      expect(read).toEqual({ _id: 'j', at: '2026-11-25T08:00:00.000Z', n: 1 });
      expect(read).not.toHaveProperty('gone');

      read.n = 99;
      const [found] = (await store.find('c')).items;
      found.n = 98;
      expect(await store.get('c', 'j')).toMatchObject({ n: 1 });
    });

    it('refuses a reserved or malformed collection name', async () => {
      for (const name of [
        '',
        'a$b',
        'system.users',
        'read_model_checkpoints',
        'read_model_leases',
      ]) {
        await expect(store.commit([put(name, { _id: 'x' })], at(1))).rejects.toThrow();
      }
      expect(await store.checkpoint('p', 'xuncha.planning.events/0')).toBeUndefined();
    });
  });

  describe('filters', () => {
    const docs: Doc[] = [
      { _id: 'd1', n: 1, s: 'alpha', tags: ['red', 'blue'], a: { b: 1, c: 'x' }, ok: true },
      { _id: 'd2', n: 2, s: 'beta', tags: ['blue'], a: { b: 2 }, ok: false },
      { _id: 'd3', n: 3, s: 'Gamma', tags: [], a: { b: 3, c: 'y' } },
      { _id: 'd4', n: 4, s: 'delta', tags: ['green'], a: { b: null } },
      { _id: 'd5', n: 5, s: 'alphabet', a: {} },
      { _id: 'd6', n: null, s: '巡察', tags: ['red'] },
      { _id: 'd7', s: 'epsilon', tags: ['red', 'green'], a: { b: 7, c: 'x' } },
      { _id: 'd8', n: 8, s: 'eta', tags: ['blue', 'green'], ok: true },
    ];
    const cases: Array<[string, Filter, string[]]> = [
      ['implicit equality', { s: 'beta' }, ['d2']],
      ['$eq', { n: { $eq: 3 } }, ['d3']],
      ['$eq null (null or missing)', { n: { $eq: null } }, ['d6', 'd7']],
      ['$ne (includes missing)', { ok: { $ne: true } }, ['d2', 'd3', 'd4', 'd5', 'd6', 'd7']],
      ['$in', { n: { $in: [1, 4, 9] } }, ['d1', 'd4']],
      ['$in on an array field', { tags: { $in: ['green', 'purple'] } }, ['d4', 'd7', 'd8']],
      ['equality on an array field', { tags: 'red' }, ['d1', 'd6', 'd7']],
      ['$nin (includes missing)', { tags: { $nin: ['red', 'blue'] } }, ['d3', 'd4', 'd5']],
      ['$gt', { n: { $gt: 4 } }, ['d5', 'd8']],
      ['$gte', { n: { $gte: 4 } }, ['d4', 'd5', 'd8']],
      ['$lt', { n: { $lt: 2 } }, ['d1']],
      ['$lte', { n: { $lte: 2 } }, ['d1', 'd2']],
      ['comparison of strings', { s: { $gte: 'd', $lt: 'f' } }, ['d4', 'd7', 'd8']],
      ['comparisons only within a type', { s: { $gt: 1 } }, []],
      ['$regex', { s: { $regex: '^alpha' } }, ['d1', 'd5']],
      ['$regex with options', { s: { $regex: '^gam', $options: 'i' } }, ['d3']],
      ['$regex as a RegExp', { s: { $regex: /ta$/ } }, ['d2', 'd4', 'd8']],
      ['$exists true', { ok: { $exists: true } }, ['d1', 'd2', 'd8']],
      ['$exists false', { tags: { $exists: false } }, ['d5']],
      ['dotted path', { 'a.b': 2 }, ['d2']],
      ['dotted path comparison', { 'a.b': { $gte: 3 } }, ['d3', 'd7']],
      ['dotted path $exists', { 'a.c': { $exists: true } }, ['d1', 'd3', 'd7']],
      ['$and', { $and: [{ 'a.c': 'x' }, { n: { $gt: 0 } }] }, ['d1']],
      ['$or', { $or: [{ n: 1 }, { s: 'eta' }, { 'a.b': 7 }] }, ['d1', 'd7', 'd8']],
      ['fields together', { 'a.c': 'x', tags: 'blue' }, ['d1']],
    ];

    beforeEach(async () => {
      await store.commit(
        docs.map((doc) => put('f', doc)),
        at(1),
      );
    });

    it.each(cases)('%s', async (_name, filter, expected) => {
      expect(ids((await store.find('f', { filter, limit: 1000 })).items)).toEqual(expected);
      expect(await store.count('f', filter)).toBe(expected.length);
    });
  });

  describe('sorting', () => {
    beforeEach(async () => {
      await store.commit(
        [
          put('s', { _id: 'e', grade: 2, n: 1 }),
          put('s', { _id: 'b', grade: 1, n: 2 }),
          put('s', { _id: 'd', grade: 2, n: 3 }),
          put('s', { _id: 'a', grade: 2, n: 1 }),
          put('s', { _id: 'c', n: 0 }),
          put('s', { _id: 'f', grade: null, n: 9 }),
        ],
        at(1),
      );
    });

    it('sorts by _id when no sort is given', async () => {
      expect(ids((await store.find('s')).items)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    });

    it('sorts ascending and descending, ties by _id, missing and null together first', async () => {
      expect(ids((await store.find('s', { sort: { grade: 1 } })).items)).toEqual([
        'c',
        'f',
        'b',
        'a',
        'd',
        'e',
      ]);
      expect(ids((await store.find('s', { sort: { grade: -1 } })).items)).toEqual([
        'a',
        'd',
        'e',
        'b',
        'c',
        'f',
      ]);
    });

    it('sorts on several keys and on _id descending', async () => {
      expect(ids((await store.find('s', { sort: { grade: -1, n: -1 } })).items)).toEqual([
        'd',
        'a',
        'e',
        'b',
        'f',
        'c',
      ]);
      expect(ids((await store.find('s', { sort: { _id: -1 } })).items)).toEqual([
        'f',
        'e',
        'd',
        'c',
        'b',
        'a',
      ]);
    });

    it('limits, 50 by default and at most 1000', async () => {
      const page = await store.find('s', { sort: { n: 1 }, limit: 2 });
      expect(ids(page.items)).toEqual(['c', 'a']);
      expect(page.next).toEqual(expect.any(String));
      expect((await store.find('s')).next).toBeUndefined();
      await store.commit(
        Array.from({ length: 60 }, (_, i) => put('many', { _id: pad(i) })),
        at(2),
      );
      expect((await store.find('many')).items).toHaveLength(50);
      await expect(store.find('s', { limit: 1001 })).rejects.toThrow(RangeError);
      await expect(store.find('s', { limit: 0 })).rejects.toThrow(RangeError);
    });
  });

  describe('cursor pagination', () => {
    const docs = Array.from({ length: 250 }, (_, i): Doc => ({
      _id: `doc-${pad((i * 37) % 250)}`,
      bucket: i % 7,
      group: { n: i % 3 },
    }));
    const expectedOrder = (sorted: Doc[]) => ids(sorted);

    beforeEach(async () => {
      await store.commit(
        docs.map((doc) => put('pages', doc)),
        at(1),
      );
    });

    it('walks every document exactly once, in order, with ties in the sort key', async () => {
      const { seen, pages } = await walk(store, 'pages', { sort: { bucket: 1 }, limit: 40 });
      const expected = [...docs].sort(
        (a, b) => (a.bucket as number) - (b.bucket as number) || (a._id < b._id ? -1 : 1),
      );
      expect(pages).toBe(7);
      expect(ids(seen)).toEqual(expectedOrder(expected));
    });

    it('walks descending on two keys, one of them a dotted path, with a filter', async () => {
      const filter = { bucket: { $ne: 3 } };
      const sort = { 'group.n': -1, bucket: 1 } as const;
      const { seen } = await walk(store, 'pages', { filter, sort, limit: 40 });
      const expected = docs
        .filter((doc) => doc.bucket !== 3)
        .sort(
          (a, b) =>
            (b.group as { n: number }).n - (a.group as { n: number }).n ||
            (a.bucket as number) - (b.bucket as number) ||
            (a._id < b._id ? -1 : 1),
        );
      expect(ids(seen)).toEqual(expectedOrder(expected));
    });

    it('walks a key of mixed types (missing, null, numbers, strings, booleans) both ways', async () => {
      await store.commit(
        docs.map((doc, i) => put('mixed', { _id: doc._id, ...mixedKey(i) })),
        at(2),
      );
      const ascending = [...docs]
        .map((doc, i) => ({ _id: doc._id, ...mixedKey(i) }))
        .sort(byMixedKey);

      const up = await walk(store, 'mixed', { sort: { key: 1 }, limit: 40 });
      expect(ids(up.seen)).toEqual(ids(ascending));

      const down = await walk(store, 'mixed', { sort: { key: -1, _id: -1 }, limit: 40 });
      expect(ids(down.seen)).toEqual(ids(ascending).reverse());
    });

    it('keeps a cursor valid after inserts sorting before it', async () => {
      const first = await store.find('pages', { sort: { bucket: 1 }, limit: 40 });
      await store.commit(
        [
          ...Array.from({ length: 20 }, (_, i) => put('pages', { _id: `early-${i}`, bucket: -1 })),
          put('pages', { _id: 'doc-', bucket: 0 }),
          put('pages', { _id: 'zzz-late', bucket: 6 }),
        ],
        at(2),
      );
      const rest = await walk(store, 'pages', {
        sort: { bucket: 1 },
        limit: 40,
        cursor: first.next,
      });
      const all = [...ids(first.items), ...ids(rest.seen)];
      expect(new Set(all).size).toBe(all.length);
      expect(all.filter((id) => id.startsWith('doc-') && id !== 'doc-')).toHaveLength(250);
      expect(all).toContain('zzz-late');
      expect(all.some((id) => id.startsWith('early-') || id === 'doc-')).toBe(false);
    });

    it('refuses a cursor it did not make, or made for another sort', async () => {
      const page = await store.find('pages', { sort: { bucket: 1 }, limit: 10 });
      await expect(store.find('pages', { cursor: 'not-a-cursor' })).rejects.toThrow(InvalidCursor);
      await expect(
        store.find('pages', { sort: { bucket: -1 }, cursor: page.next }),
      ).rejects.toThrow(InvalidCursor);
    });
  });

  describe('count and group', () => {
    beforeEach(async () => {
      await store.commit(
        [
          put('problems', { _id: '1', unit: { tier: 'city' }, kind: 'A', found: 3, fixed: 2 }),
          put('problems', { _id: '2', unit: { tier: 'city' }, kind: 'B', found: 1, fixed: 1 }),
          put('problems', { _id: '3', unit: { tier: 'county' }, kind: 'A', found: 4 }),
          put('problems', { _id: '4', unit: { tier: 'city' }, kind: 'A', found: 2, fixed: 'n/a' }),
          put('problems', { _id: '5', kind: 'B', found: 5, fixed: 5 }),
        ],
        at(1),
      );
    });

    it('counts, all or by filter, and 0 in an unknown collection', async () => {
      expect(await store.count('problems')).toBe(5);
      expect(await store.count('problems', { kind: 'A' })).toBe(3);
      expect(await store.count('nothing')).toBe(0);
      expect(await store.find('nothing')).toEqual({ items: [] });
    });

    it('groups by one field with sums (non-numbers count 0) and a count', async () => {
      expect(
        await store.group(
          'problems',
          {},
          {
            by: ['kind'],
            sums: { found: 'found', fixed: 'fixed' },
            count: 'n',
          },
        ),
      ).toEqual([
        { kind: 'A', found: 9, fixed: 2, n: 3 },
        { kind: 'B', found: 6, fixed: 6, n: 2 },
      ]);
    });

    it('groups by two fields, a dotted path named with _, missing as null', async () => {
      expect(
        await store.group(
          'problems',
          { found: { $gt: 1 } },
          {
            by: ['unit.tier', 'kind'],
            sums: { found: 'found' },
            count: 'count',
          },
        ),
      ).toEqual([
        { unit_tier: null, kind: 'B', found: 5, count: 1 },
        { unit_tier: 'city', kind: 'A', found: 5, count: 2 },
        { unit_tier: 'county', kind: 'A', found: 4, count: 1 },
      ]);
    });

    it('groups everything in one row when `by` is empty, zeros when nothing matches', async () => {
      expect(
        await store.group('problems', {}, { by: [], sums: { found: 'found' }, count: 'n' }),
      ).toEqual([{ found: 15, n: 5 }]);
      expect(
        await store.group(
          'problems',
          { kind: 'Z' },
          { by: [], sums: { found: 'found' }, count: 'n' },
        ),
      ).toEqual([{ found: 0, n: 0 }]);
      expect(await store.group('problems', { kind: 'Z' }, { by: ['kind'], count: 'n' })).toEqual(
        [],
      );
    });
  });

  describe('commits and checkpoints', () => {
    it('applies nothing and keeps no checkpoint when a change fails', async () => {
      const noId = { name: 'no id' } as unknown as Doc;
      await expect(store.commit([put('c', { _id: 'a' }), put('c', noId)], at(1))).rejects.toThrow();
      await expect(
        store.commit([put('c', { _id: 'b' }), put('c', { _id: 'big', n: BigInt(1) })], at(1)),
      ).rejects.toThrow();
      await expect(store.commit([put('c', { _id: 'c' })], at('1.5'))).rejects.toThrow(RangeError);
      expect(await store.count('c')).toBe(0);
      expect(await store.checkpoint('p', 'xuncha.planning.events/0')).toBeUndefined();

      expect(await store.commit([put('c', { _id: 'a' })], at(1))).toBe(true);
      expect(await store.checkpoint('p', 'xuncha.planning.events/0')).toBe('1');
    });

    it('is a no-op answering false for a checkpoint not newer than the stored one', async () => {
      expect(await store.commit([put('c', { _id: 'a', v: 1 })], at(10))).toBe(true);
      expect(await store.commit([put('c', { _id: 'a', v: 2 })], at(10))).toBe(false);
      expect(await store.commit([put('c', { _id: 'b' }), del('c', 'a')], at(9))).toBe(false);
      expect(await store.find('c')).toEqual({ items: [{ _id: 'a', v: 1 }] });
      expect(await store.checkpoint('p', 'xuncha.planning.events/0')).toBe('10');

      // Numbers, not text: '9' < '10', and past 2^53 exactly.
      expect(await store.commit([put('c', { _id: 'a', v: 3 })], at('9007199254740993'))).toBe(true);
      expect(await store.commit([], at('9007199254740992'))).toBe(false);
      expect(await store.checkpoint('p', 'xuncha.planning.events/0')).toBe('9007199254740993');
      expect(await store.get('c', 'a')).toEqual({ _id: 'a', v: 3 });
    });

    it('keeps checkpoints per source and per projection', async () => {
      expect(await store.commit([put('c', { _id: 'a' })], at(10, 'topic/0'))).toBe(true);
      expect(await store.commit([put('c', { _id: 'b' })], at(3, 'topic/1'))).toBe(true);
      expect(await store.commit([put('c', { _id: 'c' })], at(3, 'topic/0', 'other'))).toBe(true);
      expect(await store.commit([put('c', { _id: 'd' })], at(5, 'topic/0'))).toBe(false);
      expect(await store.commit([put('c', { _id: 'e' })], at(4, 'topic/1'))).toBe(true);

      expect(await store.checkpoint('p', 'topic/0')).toBe('10');
      expect(await store.checkpoint('p', 'topic/1')).toBe('4');
      expect(await store.checkpoint('other', 'topic/0')).toBe('3');
      expect(await store.checkpoint('p', 'topic/2')).toBeUndefined();
      expect(ids((await store.find('c')).items)).toEqual(['a', 'b', 'c', 'e']);
    });

    it('resets only the named collections and the projection’s checkpoints', async () => {
      await store.commit([put('p1', { _id: 'a' }), put('p2', { _id: 'b' })], at(5, 's/0', 'p'));
      await store.commit([put('p1', { _id: 'c' })], at(7, 's/1', 'p'));
      await store.commit([put('q1', { _id: 'd' })], at(5, 's/0', 'q'));
      await store.ensureIndexes('p1', [{ x: 1 }]);

      await store.reset('p', ['p1', 'p2']);

      expect(await store.count('p1')).toBe(0);
      expect(await store.count('p2')).toBe(0);
      expect(await store.get('q1', 'd')).toEqual({ _id: 'd' });
      expect(await store.checkpoint('p', 's/0')).toBeUndefined();
      expect(await store.checkpoint('p', 's/1')).toBeUndefined();
      expect(await store.checkpoint('q', 's/0')).toBe('5');
      expect(await store.commit([put('p1', { _id: 'a', again: true })], at(1, 's/0', 'p'))).toBe(
        true,
      );
      expect(await store.find('p1')).toEqual({ items: [{ _id: 'a', again: true }] });
    });

    it('answers queries the same with indexes', async () => {
      await store.ensureIndexes('idx', [{ bucket: 1, _id: 1 }, { 'a.b': -1 }]);
      await store.commit(
        [put('idx', { _id: 'x', bucket: 2, a: { b: 1 } }), put('idx', { _id: 'y', bucket: 1 })],
        at(1),
      );
      expect(ids((await store.find('idx', { sort: { bucket: 1 } })).items)).toEqual(['y', 'x']);
    });
  });

  describe('exclusive work', () => {
    it('runs work under one name one at a time: concurrent read-modify-writes lose nothing', async () => {
      await Promise.all(Array.from({ length: 8 }, (_, n) => incrementUnder(store, 'counting', n)));
      expect(await store.get('counters', 'c')).toEqual({ _id: 'c', count: 8 });
    });

    it('frees the name when the work fails, and answers what the work answered', async () => {
      await expect(
        store.exclusively('failing', async () => {
          throw new Error('folding failed');
        }),
      ).rejects.toThrow('folding failed');
      expect(await store.exclusively('failing', async () => 'next')).toBe('next');
    });

    it('runs work under different names side by side', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = store.exclusively('one', () => held);
      expect(await store.exclusively('other', async () => 'ran while one was held')).toBe(
        'ran while one was held',
      );
      release();
      await first;
    });
  });

  describe('durability', () => {
    it('keeps documents and checkpoints across a reopen', async () => {
      await store.find('d');
      await store.commit(
        [put('d', { _id: 'a', v: 1 }), put('d', { _id: 'b', v: 2 }), put('e', { _id: 'c' })],
        at(3),
      );
      await store.commit([del('d', 'a')], at(4));
      await store.close();
      store = await fixture.reopen();

      expect(await store.find('d')).toEqual({ items: [{ _id: 'b', v: 2 }] });
      expect(await store.get('e', 'c')).toEqual({ _id: 'c' });
      expect(await store.checkpoint('p', 'xuncha.planning.events/0')).toBe('4');
      expect(await store.commit([put('d', { _id: 'a' })], at(4))).toBe(false);
    });
  });
}
