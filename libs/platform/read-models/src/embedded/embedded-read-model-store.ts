import Database from 'better-sqlite3';
import { aggregate, find } from 'mingo';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pageQuery, toPage } from '../cursor';
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
import { Turns } from '../exclusive/turns';
import { checkCollection, checkDelete, checkPosition, storedJson } from '../validation';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS docs (
  collection TEXT NOT NULL,
  id         TEXT NOT NULL,
  doc        TEXT NOT NULL,
  PRIMARY KEY (collection, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (
  projection TEXT NOT NULL,
  source     TEXT NOT NULL,
  position   TEXT NOT NULL,
  PRIMARY KEY (projection, source)
) WITHOUT ROWID;
`;

/** A change as it reached SQLite, replayed on the in-memory mirror once the transaction commits. */
type Applied = { collection: string; id: string; json?: string };

/**
 * The embedded read-model store: documents and checkpoints in one SQLite file
 * (WAL, synchronous=NORMAL: a process crash loses no commit), queried with
 * mingo, MongoDB's query language in memory. Each collection is loaded on first
 * use into a Map that mirrors its rows, and commits update the Map after their
 * transaction succeeds: this store assumes the process that writes the file is
 * the only one reading it.
 */
export class EmbeddedReadModelStore implements ReadModelStore {
  private readonly db: Database.Database;
  private readonly mirrors = new Map<string, Map<string, Doc>>();
  private readonly statements;
  private readonly commitTransaction;
  private readonly resetTransaction;
  private readonly turns = new Turns();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);

    const db = this.db;
    this.statements = {
      load: db.prepare('SELECT id, doc FROM docs WHERE collection = ?') as Database.Statement<
        [string],
        { id: string; doc: string }
      >,
      put: db.prepare(
        `INSERT INTO docs (collection, id, doc) VALUES (?, ?, ?)
         ON CONFLICT (collection, id) DO UPDATE SET doc = excluded.doc`,
      ),
      delete: db.prepare('DELETE FROM docs WHERE collection = ? AND id = ?'),
      deleteCollection: db.prepare('DELETE FROM docs WHERE collection = ?'),
      checkpoint: db
        .prepare('SELECT position FROM checkpoints WHERE projection = ? AND source = ?')
        .pluck() as Database.Statement<[string, string], string>,
      saveCheckpoint: db.prepare(
        `INSERT INTO checkpoints (projection, source, position) VALUES (?, ?, ?)
         ON CONFLICT (projection, source) DO UPDATE SET position = excluded.position`,
      ),
      deleteCheckpoints: db.prepare('DELETE FROM checkpoints WHERE projection = ?'),
    };

    this.commitTransaction = db.transaction(
      (changes: DocumentChange[], checkpoint: ProjectionCheckpoint): Applied[] | undefined => {
        const position = checkPosition(checkpoint);
        const stored = this.statements.checkpoint.get(checkpoint.projection, checkpoint.source);
        if (stored !== undefined && BigInt(stored) >= position.value) return undefined;
        // Checked and written one by one: a bad change throws and rolls back those before it.
        const applied = changes.map((change): Applied => {
          if (change.kind === 'put') {
            const json = storedJson(change);
            this.statements.put.run(change.collection, change.doc._id, json);
            return { collection: change.collection, id: change.doc._id, json };
          }
          checkDelete(change);
          this.statements.delete.run(change.collection, change.id);
          return { collection: change.collection, id: change.id };
        });
        this.statements.saveCheckpoint.run(checkpoint.projection, checkpoint.source, position.text);
        return applied;
      },
    );

    this.resetTransaction = db.transaction((projection: string, collections: string[]) => {
      this.statements.deleteCheckpoints.run(projection);
      for (const collection of collections) this.statements.deleteCollection.run(collection);
    });
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | undefined> {
    const doc = this.mirror(collection).get(id);
    // Copies throughout: a caller changing what it got must not change the mirror.
    return doc === undefined ? undefined : (structuredClone(doc) as T);
  }

  async find<T extends Doc>(collection: string, options: FindOptions = {}): Promise<Page<T>> {
    const query = pageQuery(options);
    const found = find(this.docs(collection), query.filter)
      .sort(Object.fromEntries(query.keys))
      .limit(query.fetch)
      .all();
    return toPage(query, structuredClone(found) as T[]);
  }

  async count(collection: string, filter: Filter = {}): Promise<number> {
    const [counted] = aggregate(this.docs(collection), [{ $match: filter }, { $count: 'n' }]);
    return (counted?.n as number | undefined) ?? 0;
  }

  async group(
    collection: string,
    filter: Filter,
    spec: GroupSpec,
  ): Promise<Array<Record<string, unknown>>> {
    return structuredClone(
      groupRows(aggregate(this.docs(collection), groupPipeline(filter, spec)), spec),
    );
  }

  async commit(changes: DocumentChange[], checkpoint: ProjectionCheckpoint): Promise<boolean> {
    const applied = this.commitTransaction.immediate(changes, checkpoint);
    if (!applied) return false;
    for (const { collection, id, json } of applied) {
      // A collection not loaded yet will read these rows from SQLite when it is.
      const mirror = this.mirrors.get(collection);
      if (!mirror) continue;
      if (json === undefined) mirror.delete(id);
      else mirror.set(id, JSON.parse(json) as Doc);
    }
    return true;
  }

  async checkpoint(projection: string, source: string): Promise<string | undefined> {
    return this.statements.checkpoint.get(projection, source);
  }

  async reset(projection: string, collections: string[]): Promise<void> {
    collections.forEach(checkCollection);
    this.resetTransaction.immediate(projection, collections);
    for (const collection of collections) this.mirrors.delete(collection);
  }

  /** One process holds an embedded store (its mirror is in memory): turns in this process suffice. */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    return this.turns.run(name, work);
  }

  async ensureIndexes(): Promise<void> {
    // Nothing to create: queries scan the in-memory mirror (mingo has no indexes)
    // and SQLite is only read by its primary key.
  }

  async close(): Promise<void> {
    this.mirrors.clear();
    if (this.db.open) this.db.close();
  }

  private docs(collection: string): Doc[] {
    return Array.from(this.mirror(collection).values());
  }

  private mirror(collection: string): Map<string, Doc> {
    let mirror = this.mirrors.get(collection);
    if (!mirror) {
      checkCollection(collection);
      const rows = this.statements.load.all(collection);
      mirror = new Map(rows.map(({ id, doc }) => [id, JSON.parse(doc) as Doc]));
      this.mirrors.set(collection, mirror);
    }
    return mirror;
  }
}
