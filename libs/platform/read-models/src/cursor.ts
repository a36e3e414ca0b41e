import {
  InvalidCursor,
  type Doc,
  type Filter,
  type FindOptions,
  type Page,
  type Sort,
} from './port/read-model-store.port';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export type SortKey = readonly [path: string, direction: 1 | -1];
type Scalar = null | number | string | boolean;

/** MongoDB's sort order of the scalar types; objects and arrays (between string and bool) are not sort keys here. */
const TYPE_ORDER = ['null', 'number', 'string', 'bool'] as const;

/** What an adapter runs for a page: the filter past the cursor, the full sort, one document more than the limit. */
export interface PageQuery {
  readonly filter: Filter;
  readonly keys: SortKey[];
  readonly limit: number;
  /** limit + 1: the extra document tells whether a next page exists. */
  readonly fetch: number;
}

export function pageQuery(options: FindOptions): PageQuery {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new RangeError(`limit must be an integer from 1 to ${MAX_LIMIT}, not ${limit}`);
  }
  const keys = sortKeys(options.sort);
  const filter = options.filter ?? {};
  return {
    filter:
      options.cursor === undefined ? filter : { $and: [filter, afterCursor(keys, options.cursor)] },
    keys,
    limit,
    fetch: limit + 1,
  };
}

/** The page from what `pageQuery` fetched, in order. */
export function toPage<T extends Doc>(query: PageQuery, found: T[]): Page<T> {
  const items = found.slice(0, query.limit);
  return found.length > query.limit
    ? { items, next: encodeCursor(query.keys, items[query.limit - 1]) }
    : { items };
}

/** The sort as both adapters apply it: ending on `_id`, so that every document has one place. */
function sortKeys(sort: Sort = {}): SortKey[] {
  const keys: SortKey[] = [];
  for (const [path, direction] of Object.entries(sort)) {
    if (direction !== 1 && direction !== -1) {
      throw new RangeError(`sort direction of ${path} must be 1 or -1`);
    }
    keys.push([path, direction]);
    // `_id` is unique: keys after it could never decide anything.
    if (path === '_id') return keys;
  }
  keys.push(['_id', 1]);
  return keys;
}

/** The cursor after `last`: its sort key values, with the keys so that a cursor of another sort is refused. */
function encodeCursor(keys: readonly SortKey[], last: Doc): string {
  const values = keys.map(([path]) => sortValue(last, path));
  return Buffer.from(JSON.stringify({ k: keys, v: values })).toString('base64url');
}

/**
 * The filter for the documents after the cursor in sort order, in the query
 * language both adapters evaluate: for keys k1..kn, the documents equal on
 * k1..ki-1 and beyond the cursor on ki, for some i.
 */
function afterCursor(keys: readonly SortKey[], cursor: string): Filter {
  const values = decodeCursor(keys, cursor);
  const branches: Filter[] = [];
  const equal: Filter[] = [];
  keys.forEach(([path, direction], index) => {
    const beyond = beyondValue(path, values[index], direction);
    if (beyond) branches.push(equal.length === 0 ? beyond : { $and: [...equal, beyond] });
    // `$eq: null` also matches a missing field, as the sort ties the two.
    equal.push({ [path]: { $eq: values[index] } });
  });
  return { $or: branches };
}

function decodeCursor(keys: readonly SortKey[], cursor: string): Scalar[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor('not a cursor of this store');
  }
  const { k, v } = (decoded ?? {}) as { k?: unknown; v?: unknown };
  if (JSON.stringify(k) !== JSON.stringify(keys)) {
    throw new InvalidCursor('made for another sort');
  }
  if (!Array.isArray(v) || v.length !== keys.length || !v.every(isScalar)) {
    throw new InvalidCursor('malformed values');
  }
  return v;
}

/**
 * Documents strictly past `value` on one key. Comparison operators only match
 * values of their own type, so the types that sort beyond `value` are added
 * by `$type` (and missing or null, which sort first, by `null`).
 */
function beyondValue(path: string, value: Scalar, direction: 1 | -1): Filter | undefined {
  const operator = direction === 1 ? '$gt' : '$lt';
  if (path === '_id') return { _id: { [operator]: value } };
  const rank = value === null ? 0 : TYPE_ORDER.indexOf(typeName(value));
  const clauses: Filter[] = value === null ? [] : [{ [path]: { [operator]: value } }];
  if (direction === 1) {
    if (rank + 1 < TYPE_ORDER.length)
      clauses.push({ [path]: { $type: TYPE_ORDER.slice(rank + 1) } });
  } else {
    if (rank > 0) clauses.push({ [path]: null });
    if (rank > 1) clauses.push({ [path]: { $type: TYPE_ORDER.slice(1, rank) } });
  }
  if (clauses.length <= 1) return clauses[0];
  return { $or: clauses };
}

function typeName(value: number | string | boolean): (typeof TYPE_ORDER)[number] {
  return typeof value === 'boolean' ? 'bool' : (typeof value as 'number' | 'string');
}

function sortValue(doc: Doc, path: string): Scalar {
  let value: unknown = doc;
  for (const segment of path.split('.')) {
    // MongoDB sorts an array by one of its elements: not a key a cursor can hold.
    if (Array.isArray(value)) break;
    value = typeof value === 'object' && value !== null ? (value as Doc)[segment] : undefined;
  }
  value ??= null;
  if (!isScalar(value)) {
    throw new TypeError(
      `sort key ${path} of ${doc._id} is not a scalar: a cursor cannot page on it`,
    );
  }
  return value;
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['number', 'string', 'boolean'].includes(typeof value);
}
