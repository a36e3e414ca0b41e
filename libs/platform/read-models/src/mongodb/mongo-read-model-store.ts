import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import mongoose, { type Connection, type mongo } from 'mongoose';
import { pageQuery, toPage } from '../cursor';
import { Turns } from '../exclusive/turns';
import { groupPipeline, groupRows } from '../group';
import type {
  Doc,
  DocumentChange,
  Filter,
  FindOptions,
  GroupSpec,
  Page,
  ProjectionCheckpoint,
  ReadModelStore,
} from '../port/read-model-store.port';
import {
  CHECKPOINTS_COLLECTION,
  LEASES_COLLECTION,
  checkCollection,
  checkDelete,
  checkPosition,
  storedJson,
} from '../validation';

/**
 * One checkpoint document. The position is a Decimal128 so that the server
 * compares positions as numbers (exact up to 34 digits; bus offsets have 19 at most).
 */
interface CheckpointDoc {
  _id: string;
  projection: string;
  source: string;
  position: mongo.Decimal128;
}

/** Who holds a name of `exclusively`, until when (renewed while the work runs). */
interface LeaseDoc {
  _id: string;
  token: string;
  until: Date;
}

type Writes = Map<string, mongo.AnyBulkWriteOperation<Doc>[]>;

export interface MongoReadModelStoreOptions {
  /**
   * How long a lease of `exclusively` holds without renewal: how long the others wait
   * for a holder that died. The holder renews it every third of this while it works.
   */
  readonly leaseMs?: number;
}

const LEASE_MS = 10_000;

const COMMAND_NOT_FOUND = 59;
const DUPLICATE_KEY = 11000;

/**
 * The read-model store on MongoDB, through mongoose's connection and the
 * collections under it (plain documents, no schemas: the lean path). Queries
 * use the same filters, keyset cursors and group pipeline as the embedded store.
 */
/**
 * `{ $regex: /re/flags }` as `{ $regex: 're', $options: 'flags' }`: the same query to
 * MongoDB, and the form wire-protocol servers without BSON regex operands (mongo-java-server) read.
 */
function portable<T>(filter: T): T {
  if (Array.isArray(filter)) return filter.map(portable) as T;
  // Plain objects only: a Date, a RegExp value or a BSON value stays as it is.
  if (filter === null || typeof filter !== 'object') return filter;
  if (Object.getPrototypeOf(filter) !== Object.prototype) return filter;
  const entries = Object.entries(filter as Record<string, unknown>).flatMap(([key, value]) =>
    key === '$regex' && value instanceof RegExp
      ? [
          ['$regex', value.source],
          ['$options', value.flags],
        ]
      : [[key, portable(value)]],
  );
  return Object.fromEntries(entries) as T;
}

export class MongoReadModelStore implements ReadModelStore {
  /** `database`, when given, replaces the one the URI names (each service keeps its own). */
  static async connect(
    uri: string,
    database?: string,
    options: MongoReadModelStoreOptions = {},
  ): Promise<MongoReadModelStore> {
    const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
    // Transactions need a replica set (setName) or a sharded cluster (mongos answers isdbgrid).
    const admin = connection.getClient().db('admin');
    // isMaster where `hello` is unknown (servers before 4.4.2, and mongo-java-server).
    const hello = await admin.command({ hello: 1 }).catch(async (error: { code?: number }) => {
      if (error.code !== COMMAND_NOT_FOUND) throw error;
      return admin.command({ isMaster: 1 });
    });
    return new MongoReadModelStore(
      connection,
      Boolean(hello.setName) || hello.msg === 'isdbgrid',
      options.leaseMs ?? LEASE_MS,
    );
  }

  /** This process's callers take turns here first, so only one of them asks the server. */
  private readonly turns = new Turns();

  private constructor(
    private readonly connection: Connection,
    private readonly transactions: boolean,
    private readonly leaseMs: number,
  ) {}

  /**
   * Whether a commit writes its documents and checkpoint in one multi-document
   * transaction (a replica set or a sharded cluster), or, on a standalone server, the
   * documents first and then the checkpoint, moved only forward.
   */
  get commitsInTransactions(): boolean {
    return this.transactions;
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | undefined> {
    const doc = await this.collection(collection).findOne({ _id: id });
    return (doc ?? undefined) as T | undefined;
  }

  async find<T extends Doc>(collection: string, options: FindOptions = {}): Promise<Page<T>> {
    const query = pageQuery(options);
    const found = await this.collection(collection)
      .find(portable(query.filter), { sort: query.keys, limit: query.fetch })
      .toArray();
    return toPage(query, found as T[]);
  }

  async count(collection: string, filter: Filter = {}): Promise<number> {
    return this.collection(collection).countDocuments(portable(filter));
  }

  async group(
    collection: string,
    filter: Filter,
    spec: GroupSpec,
  ): Promise<Array<Record<string, unknown>>> {
    const output = await this.collection(collection)
      .aggregate(groupPipeline(portable(filter), spec))
      .toArray();
    return groupRows(output, spec);
  }

  async commit(changes: DocumentChange[], checkpoint: ProjectionCheckpoint): Promise<boolean> {
    const position = checkPosition(checkpoint);
    // Every change is checked before anything is written, which the path without a transaction needs.
    const writes = toWrites(changes);
    const id = checkpointId(checkpoint.projection, checkpoint.source);
    const saved = {
      projection: checkpoint.projection,
      source: checkpoint.source,
      position: mongoose.mongo.Decimal128.fromString(position.text),
    };
    const behind = async (session?: mongo.ClientSession) => {
      const stored = await this.checkpoints().findOne({ _id: id }, { session });
      return stored === null || BigInt(stored.position.toString()) < position.value;
    };

    if (this.transactions) {
      // withTransaction retries transient conflicts: the checkpoint is read again each time.
      return this.connection.transaction(async (session) => {
        if (!(await behind(session))) return false;
        await this.write(writes, session);
        await this.checkpoints().updateOne({ _id: id }, { $set: saved }, { upsert: true, session });
        return true;
      });
    }

    // A standalone server: documents first, then the checkpoint, moved only forward. A
    // crash in between leaves the checkpoint behind, so the redelivery applies the same
    // puts and deletes again (they are idempotent) and then moves it.
    if (!(await behind())) return false;
    await this.write(writes);
    try {
      const result = await this.checkpoints().updateOne(
        { _id: id, position: { $lt: saved.position } },
        { $set: saved },
        { upsert: true },
      );
      return result.modifiedCount + result.upsertedCount > 0;
    } catch (error) {
      // The upsert met the checkpoint at or past our position: a concurrent commit won.
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  async checkpoint(projection: string, source: string): Promise<string | undefined> {
    const stored = await this.checkpoints().findOne({ _id: checkpointId(projection, source) });
    return stored?.position.toString();
  }

  /**
   * Checkpoints go first: a reset cut short leaves documents without a
   * checkpoint, so the projection starts over and replays onto them, never a
   * checkpoint over missing documents. Documents are deleted, not dropped, to keep indexes.
   */
  async reset(projection: string, collections: string[]): Promise<void> {
    collections.forEach(checkCollection);
    await this.checkpoints().deleteMany({ projection });
    for (const collection of collections) await this.collection(collection).deleteMany({});
  }

  /**
   * Holds a lease, a document of read_model_leases named `name`, while `work` runs.
   * Taking it is one upsert that only matches a lease run out: a live one makes the
   * insert fail on its _id, and the caller tries again shortly. Lease times come from
   * each process's clock, so those clocks must agree to well within the lease time; a
   * holder stalled (not dead) past it may still commit what it folded after another took over.
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    return this.turns.run(name, async () => {
      const token = randomUUID();
      await this.takeLease(name, token);
      const renewal = setInterval(() => {
        const until = new Date(Date.now() + this.leaseMs);
        // A renewal that fails leaves the lease to run out: the next one may succeed.
        this.leases()
          .updateOne({ _id: name, token }, { $set: { until } })
          .catch(() => undefined);
      }, this.leaseMs / 3);
      try {
        return await work();
      } finally {
        clearInterval(renewal);
        await this.leases().deleteOne({ _id: name, token });
      }
    });
  }

  private async takeLease(name: string, token: string): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      const now = Date.now();
      try {
        await this.leases().updateOne(
          { _id: name, until: { $lt: new Date(now) } },
          { $set: { token, until: new Date(now + this.leaseMs) } },
          { upsert: true },
        );
        return;
      } catch (error) {
        if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      }
      // Up to 100 ms between tries, with jitter, so that waiting replicas do not ask in step.
      await sleep(Math.min(100, 5 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }

  async ensureIndexes(collection: string, indexes: Array<Record<string, 1 | -1>>): Promise<void> {
    if (indexes.length === 0) return;
    await this.collection(collection).createIndexes(indexes.map((key) => ({ key })));
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private async write(writes: Writes, session?: mongo.ClientSession): Promise<void> {
    for (const [collection, operations] of writes) {
      await this.collection(collection).bulkWrite(operations, { ordered: true, session });
    }
  }

  private collection(name: string) {
    return this.connection.collection<Doc>(checkCollection(name));
  }

  private checkpoints() {
    return this.connection.collection<CheckpointDoc>(CHECKPOINTS_COLLECTION);
  }

  private leases() {
    return this.connection.collection<LeaseDoc>(LEASES_COLLECTION);
  }
}

/** The changes as ordered bulk writes per collection; each put stored as its JSON form. */
function toWrites(changes: DocumentChange[]): Writes {
  const writes: Writes = new Map();
  for (const change of changes) {
    let operation: mongo.AnyBulkWriteOperation<Doc>;
    if (change.kind === 'put') {
      const doc = JSON.parse(storedJson(change)) as Doc;
      operation = { replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } };
    } else {
      checkDelete(change);
      operation = { deleteOne: { filter: { _id: change.id } } };
    }
    const operations = writes.get(change.collection) ?? [];
    operations.push(operation);
    writes.set(change.collection, operations);
  }
  return writes;
}

/** Unambiguous whatever characters the names hold. */
function checkpointId(projection: string, source: string): string {
  return JSON.stringify([projection, source]);
}
