import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConcurrencyConflict, type NewEvent, type RecordedEvent } from '@xuncha/platform-kernel';
import {
  EventIdConflict,
  type AppendOptions,
  type AppendResult,
  type CheckpointStore,
  type EventStore,
  type ExpectedRevision,
  type IdempotencyRecord,
  type ReadAllOptions,
} from '../port/event-store.port';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  event_id       TEXT    NOT NULL UNIQUE,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL,
  occurred_at    TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE TABLE IF NOT EXISTS idempotency (
  key    TEXT PRIMARY KEY,
  result TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (
  subscription TEXT PRIMARY KEY,
  position     INTEGER NOT NULL
) WITHOUT ROWID;
`;

interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  occurred_at: string;
}

export interface SqliteEventStoreOptions {
  /** How often a waiting subscriber looks for appends made by other processes. */
  readonly pollIntervalMs?: number;
}

/**
 * The embedded event store: one SQLite file in WAL mode. Appends run in
 * IMMEDIATE transactions, so writers (in any process) are serialized and
 * positions are assigned in commit order: readers never see a gap.
 * synchronous=NORMAL keeps every acknowledged append through a process crash;
 * only an OS crash or power loss may lose the last transactions.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly pollIntervalMs: number;
  private readonly statements;
  private readonly appendTransaction;
  readonly checkpoints: CheckpointStore;

  constructor(file: string, options: SqliteEventStoreOptions = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(SCHEMA);
    this.pollIntervalMs = options.pollIntervalMs ?? 25;
    this.appended.setMaxListeners(0);

    const db = this.db;
    this.statements = {
      streamRevision: db
        .prepare('SELECT max(revision) FROM events WHERE stream_id = ?')
        .pluck() as Database.Statement<[string], number | null>,
      insert: db.prepare(
        `INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, occurred_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      byEventId: db.prepare(
        'SELECT stream_id, revision, position FROM events WHERE event_id = ?',
      ) as Database.Statement<[string], Pick<EventRow, 'stream_id' | 'revision' | 'position'>>,
      readStream: db.prepare(
        'SELECT * FROM events WHERE stream_id = ? ORDER BY revision',
      ) as Database.Statement<[string], EventRow>,
      readAll: db.prepare(
        'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
      ) as Database.Statement<[number, number], EventRow>,
      head: db
        .prepare('SELECT coalesce(max(position), 0) FROM events')
        .pluck() as Database.Statement<[], number>,
      saveIdempotency: db.prepare('INSERT INTO idempotency (key, result) VALUES (?, ?)'),
      findIdempotency: db
        .prepare('SELECT result FROM idempotency WHERE key = ?')
        .pluck() as Database.Statement<[string], string>,
      loadCheckpoint: db
        .prepare('SELECT position FROM checkpoints WHERE subscription = ?')
        .pluck() as Database.Statement<[string], number>,
      saveCheckpoint: db.prepare(
        `INSERT INTO checkpoints (subscription, position) VALUES (?, ?)
         ON CONFLICT (subscription) DO UPDATE SET position = excluded.position`,
      ),
    };

    this.checkpoints = {
      load: async (subscription) => this.statements.loadCheckpoint.get(subscription) ?? 0,
      save: async (subscription, position) => {
        this.statements.saveCheckpoint.run(subscription, position);
      },
    };

    this.appendTransaction = db.transaction(
      (streamId: string, events: readonly NewEvent[], options: AppendOptions): AppendResult => {
        const current = this.statements.streamRevision.get(streamId) ?? -1;
        if (!matches(options.expectedRevision, current)) {
          const earlier = this.priorAppend(streamId, events);
          if (earlier) return earlier;
          throw new ConcurrencyConflict(
            streamId,
            String(options.expectedRevision),
            current < 0 ? 'no-stream' : String(current),
          );
        }
        let revision = current;
        let position = 0;
        for (const event of events) {
          revision += 1;
          try {
            position = Number(
              this.statements.insert.run(
                streamId,
                revision,
                event.id,
                event.type,
                event.schemaVersion,
                JSON.stringify(event.data),
                JSON.stringify(event.metadata),
                event.occurredAt,
              ).lastInsertRowid,
            );
          } catch (error) {
            if (isUniqueViolation(error)) {
              const earlier = this.priorAppend(streamId, events);
              if (earlier) return earlier;
              throw new EventIdConflict(event.id);
            }
            throw error;
          }
        }
        if (options.idempotency) {
          try {
            this.statements.saveIdempotency.run(
              options.idempotency.key,
              JSON.stringify(options.idempotency.result),
            );
          } catch (error) {
            // A twin request with the same key won the race: ours must not land.
            if (isPrimaryKeyViolation(error)) {
              throw new ConcurrencyConflict(streamId, 'an unused idempotency key', 'used');
            }
            throw error;
          }
        }
        return { revision, position };
      },
    );
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('an append needs at least one event');
    const result = this.appendTransaction.immediate(streamId, events, options);
    this.appended.emit('append', result.position);
    return result;
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.statements.readStream.all(streamId).map(toRecorded);
  }

  async readAll({ after, maxCount }: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.statements.readAll.all(after, maxCount).map(toRecorded);
  }

  async headPosition(): Promise<number> {
    return this.statements.head.get()!;
  }

  /**
   * Appends from this process wake the waiter at once; appends from other
   * processes are seen by polling the head, which is one indexed lookup.
   */
  waitForAppend(position: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearInterval(timer);
        this.appended.off('append', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setInterval(() => {
        if (this.db.open && this.statements.head.get()! > position) done();
      }, this.pollIntervalMs);
      this.appended.on('append', done);
      signal.addEventListener('abort', done);
      if (signal.aborted || this.statements.head.get()! > position) done();
    });
  }

  async findIdempotencyRecord(key: string): Promise<IdempotencyRecord | undefined> {
    const result = this.statements.findIdempotency.get(key);
    return result === undefined ? undefined : { key, result: JSON.parse(result) };
  }

  async close(): Promise<void> {
    this.appended.emit('append', Number.MAX_SAFE_INTEGER);
    if (this.db.open) this.db.close();
  }

  /** The result of an earlier append of exactly these event ids to this stream, if there was one. */
  private priorAppend(streamId: string, events: readonly NewEvent[]): AppendResult | undefined {
    const rows = events.map((event) => this.statements.byEventId.get(event.id));
    const first = rows[0];
    if (!first) return undefined;
    const same = rows.every(
      (row, index) => row?.stream_id === streamId && row.revision === first.revision + index,
    );
    if (!same) throw new EventIdConflict(events[rows.findIndex((row) => row)].id);
    const last = rows[rows.length - 1]!;
    return { revision: last.revision, position: last.position };
  }
}

function matches(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return current < 0;
    case 'stream-exists':
      return current >= 0;
    default:
      return expected === current;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function isPrimaryKeyViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    occurredAt: row.occurred_at,
    streamId: row.stream_id,
    revision: row.revision,
    globalPosition: row.position,
  };
}
