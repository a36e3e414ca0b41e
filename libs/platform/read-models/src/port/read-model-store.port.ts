/**
 * A read-model document: a plain JSON object with a string `_id`, unique in its
 * collection. It is stored as its JSON form (what JSON.stringify makes of it):
 * undefined fields are dropped and dates become ISO strings; a value JSON cannot
 * hold (a BigInt, a cycle) makes the commit fail.
 */
export type Doc = { _id: string } & Record<string, unknown>;

/**
 * A MongoDB query filter, the same on every adapter: $eq $ne $in $nin $gt $gte
 * $lt $lte $regex $exists $and $or, dotted paths into nested objects, and
 * MongoDB's array rules (`{ tags: 'x' }` and `$in` match an array holding the
 * value). Comparisons only match values of the same type (MongoDB's type
 * bracketing). Filters are built by code, never taken from a request as they are.
 */
export type Filter = Record<string, unknown>;

/**
 * Field path → 1 (ascending) or -1 (descending), in MongoDB's order: missing
 * and null first (and equal), then numbers, strings, booleans. Ties are always
 * broken on `_id`, ascending unless the sort names `_id` itself. Keys a cursor
 * pages on must hold scalars (string, number, boolean, null or nothing).
 */
export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  readonly filter?: Filter;
  readonly sort?: Sort;
  /** 1 to 1000; 50 when not given. */
  readonly limit?: number;
  /** The `next` of the previous page, with the same filter and sort. */
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: T[];
  /**
   * Opaque, present when more documents follow. It holds the sort key values
   * and `_id` of the last item (keyset pagination), so it stays valid, and
   * skips or repeats nothing, when documents are added before or after it.
   */
  readonly next?: string;
}

export interface GroupSpec {
  /**
   * Field paths to group by; empty for one group of everything matched (a row
   * of zeros when nothing matches). Missing and null values fall in one group.
   */
  readonly by: string[];
  /** Output name → field path summed; values that are not numbers (or are missing) count 0. */
  readonly sums?: Record<string, string>;
  /** Output name for the number of documents in the group. */
  readonly count?: string;
}

export type DocumentChange =
  | { readonly kind: 'put'; readonly collection: string; readonly doc: Doc }
  | { readonly kind: 'delete'; readonly collection: string; readonly id: string };

/**
 * Where a projection stands in one source (e.g. a topic partition,
 * `xuncha.planning.events/2`): `position` is a decimal string of a
 * non-negative integer (a bus offset), compared as a number, not as text.
 */
export interface ProjectionCheckpoint {
  readonly projection: string;
  readonly source: string;
  readonly position: string;
}

/**
 * The store of one service's read models. Projections write through `commit`
 * only, so every change lands together with the checkpoint of the events that
 * caused it: a redelivery of those events finds the checkpoint and changes
 * nothing. Collection names are non-empty, without `$` or NUL, not `system.*`,
 * and not `read_model_checkpoints` or `read_model_leases` (the MongoDB adapter keeps checkpoints
 * and leases there).
 */
export interface ReadModelStore {
  get<T extends Doc>(collection: string, id: string): Promise<T | undefined>;
  /** One page of the matching documents in sort order (by `_id` when no sort is given). */
  find<T extends Doc>(collection: string, options?: FindOptions): Promise<Page<T>>;
  count(collection: string, filter?: Filter): Promise<number>;
  /**
   * One row per group, ordered by the `by` values: each `by` value under its
   * path with dots replaced by `_` (`a.b` → `a_b`), then the sums and the count.
   */
  group(
    collection: string,
    filter: Filter,
    spec: GroupSpec,
  ): Promise<Array<Record<string, unknown>>>;
  /**
   * Applies the changes, in order, and saves the checkpoint, atomically: a
   * change that fails leaves nothing applied and the checkpoint where it was.
   * Idempotent: when the stored checkpoint of that projection and source is
   * already at or past `position`, nothing is applied and the answer is false.
   * Checkpoints of different sources (and projections) are independent.
   */
  commit(changes: DocumentChange[], checkpoint: ProjectionCheckpoint): Promise<boolean>;
  /** The position last committed for the projection and source; undefined before the first. */
  checkpoint(projection: string, source: string): Promise<string | undefined>;
  /**
   * Drops every document of the projection's collections and all its
   * checkpoints, and nothing else: the start of a rebuild. Indexes stay.
   */
  reset(projection: string, collections: string[]): Promise<void>;
  /**
   * Runs `work` while no other caller of `exclusively` with the same name, in this
   * process or in another sharing the storage, runs: replicas of a service fold each
   * projection one run at a time, since one document may fold events of partitions
   * that different replicas hold, and concurrent read-modify-writes would lose one.
   * A holder that dies frees the name when its lease runs out (MongoDB: see the adapter).
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Creates these indexes (field path → direction) if missing; adapters may answer queries without them. */
  ensureIndexes(collection: string, indexes: Array<Record<string, 1 | -1>>): Promise<void>;
  close(): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('ReadModelStore');

/** A cursor that is not one this store made for this sort: a client error, never a retry. */
export class InvalidCursor extends Error {
  constructor(reason: string) {
    super(`invalid cursor: ${reason}`);
    this.name = 'InvalidCursor';
  }
}
