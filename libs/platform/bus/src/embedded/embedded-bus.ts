import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  Bus,
  BusMessage,
  BusSubscription,
  DeliveredMessage,
  SubscribeOptions,
} from '../port/bus.port';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS topics (
  name       TEXT PRIMARY KEY,
  partitions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
  topic        TEXT    NOT NULL,
  partition    INTEGER NOT NULL,
  offset       INTEGER NOT NULL,
  key          TEXT    NOT NULL,
  value        TEXT    NOT NULL,
  headers      TEXT    NOT NULL,
  published_at INTEGER NOT NULL,
  PRIMARY KEY (topic, partition, offset)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS group_offsets (
  group_id    TEXT    NOT NULL,
  topic       TEXT    NOT NULL,
  partition   INTEGER NOT NULL,
  next_offset INTEGER NOT NULL,
  PRIMARY KEY (group_id, topic, partition)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS group_members (
  group_id     TEXT    NOT NULL,
  member_id    TEXT    NOT NULL,
  heartbeat_at INTEGER NOT NULL,
  PRIMARY KEY (group_id, member_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS partition_owners (
  group_id  TEXT    NOT NULL,
  topic     TEXT    NOT NULL,
  partition INTEGER NOT NULL,
  member_id TEXT    NOT NULL,
  PRIMARY KEY (group_id, topic, partition)
) WITHOUT ROWID;
`;

export interface EmbeddedBusOptions {
  /** Partitions of a topic created here; Kafka's default in this system is 3 too. */
  readonly partitions?: number;
  /** How often a consumer looks for messages published by other processes. */
  readonly pollIntervalMs?: number;
  /** How often a member heartbeats and recomputes its share of the partitions. */
  readonly heartbeatIntervalMs?: number;
  /** A member silent this long is presumed dead and its partitions go to the others. */
  readonly sessionTimeoutMs?: number;
}

interface Row {
  topic: string;
  partition: number;
  offset: number;
  key: string;
  value: string;
  headers: string;
}

/**
 * The embedded bus: a durable log in one SQLite file shared by the service
 * processes. Topics have partitions chosen by key, so each key keeps its
 * order; consumer groups commit offsets per partition and share partitions
 * among live members, a partition being owned by one member at a time (a
 * member gives up a partition before another may claim it). Retention is
 * forever: a new group reads every topic from offset 0.
 */
export class EmbeddedBus implements Bus {
  private readonly db: Database.Database;
  private readonly published = new EventEmitter();
  private readonly subscriptions = new Set<EmbeddedSubscription>();
  private readonly partitions: number;
  readonly settings: Required<Omit<EmbeddedBusOptions, 'partitions'>>;

  constructor(file: string, options: EmbeddedBusOptions = {}) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(SCHEMA);
    this.published.setMaxListeners(0);
    this.partitions = options.partitions ?? 3;
    this.settings = {
      pollIntervalMs: options.pollIntervalMs ?? 25,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 250,
      sessionTimeoutMs: options.sessionTimeoutMs ?? 3000,
    };
  }

  async ensureTopics(topics: readonly string[]): Promise<void> {
    const insert = this.db.prepare('INSERT OR IGNORE INTO topics (name, partitions) VALUES (?, ?)');
    this.db.transaction(() => topics.forEach((topic) => insert.run(topic, this.partitions)))();
  }

  async publish(messages: readonly BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureTopics([...new Set(messages.map((m) => m.topic))]);
    const partitionsOf = this.db.prepare('SELECT partitions FROM topics WHERE name = ?').pluck();
    const head = this.db
      .prepare('SELECT coalesce(max(offset), -1) FROM messages WHERE topic = ? AND partition = ?')
      .pluck();
    const insert = this.db.prepare(
      'INSERT INTO messages (topic, partition, offset, key, value, headers, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const now = Date.now();
    this.db
      .transaction(() => {
        for (const message of messages) {
          const partition = partitionOf(message.key, partitionsOf.get(message.topic) as number);
          const offset = (head.get(message.topic, partition) as number) + 1;
          insert.run(
            message.topic,
            partition,
            offset,
            message.key,
            message.value,
            JSON.stringify(message.headers),
            now,
          );
        }
      })
      .immediate();
    this.published.emit('published');
  }

  async subscribe(options: SubscribeOptions): Promise<BusSubscription> {
    await this.ensureTopics(options.topics);
    const subscription = new EmbeddedSubscription(this.db, this.published, options, this.settings);
    this.subscriptions.add(subscription);
    subscription.start(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async replay(
    topics: readonly string[],
    handle: (message: DeliveredMessage) => Promise<void>,
  ): Promise<void> {
    // Bounded by the heads at the start, read in pages: later messages are not this replay's.
    const heads = this.db.prepare(
      'SELECT partition, max(offset) AS head FROM messages WHERE topic = ? GROUP BY partition',
    );
    const page = this.db.prepare(
      'SELECT * FROM messages WHERE topic = ? AND partition = ? AND offset > ? AND offset <= ? ORDER BY offset LIMIT 1000',
    );
    for (const topic of topics) {
      for (const { partition, head } of heads.all(topic) as Array<{
        partition: number;
        head: number;
      }>) {
        for (let after = -1; after < head;) {
          const rows = page.all(topic, partition, after, head) as Row[];
          for (const row of rows) await handle(toDelivered(row));
          after = rows.length > 0 ? rows[rows.length - 1].offset : head;
        }
      }
    }
  }

  async lag(groupId: string, topics: readonly string[]): Promise<number> {
    const behind = this.db.prepare(
      `SELECT coalesce(sum(m.head + 1 - coalesce(o.next_offset, 0)), 0)
       FROM (SELECT topic, partition, max(offset) AS head FROM messages WHERE topic = ? GROUP BY partition) m
       LEFT JOIN group_offsets o ON o.group_id = ? AND o.topic = m.topic AND o.partition = m.partition`,
    );
    return topics.reduce((sum, topic) => sum + (behind.pluck().get(topic, groupId) as number), 0);
  }

  async checkHealth(): Promise<Record<string, unknown>> {
    return {
      adapter: 'embedded',
      topics: this.db.prepare('SELECT count(*) FROM topics').pluck().get(),
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.db.open) this.db.close();
  }
}

/** FNV-1a: stable across processes and versions, which is all partitioning needs here. */
function partitionOf(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}

class EmbeddedSubscription implements BusSubscription {
  private readonly memberId = randomUUID();
  private stopping = false;
  private running?: Promise<void>;
  private owned: Array<{ topic: string; partition: number }> = [];
  private readonly retryAt = new Map<string, { at: number; attempt: number }>();
  private wake?: () => void;
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    private readonly published: EventEmitter,
    private readonly options: SubscribeOptions,
    private readonly settings: EmbeddedBus['settings'],
  ) {
    this.statements = {
      heartbeat: db.prepare(
        `INSERT INTO group_members (group_id, member_id, heartbeat_at) VALUES (?, ?, ?)
         ON CONFLICT (group_id, member_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`,
      ),
      dead: db
        .prepare('SELECT member_id FROM group_members WHERE group_id = ? AND heartbeat_at < ?')
        .pluck(),
      removeMember: db.prepare('DELETE FROM group_members WHERE group_id = ? AND member_id = ?'),
      releaseAll: db.prepare('DELETE FROM partition_owners WHERE group_id = ? AND member_id = ?'),
      members: db
        .prepare('SELECT member_id FROM group_members WHERE group_id = ? ORDER BY member_id')
        .pluck(),
      partitions: db.prepare('SELECT partitions FROM topics WHERE name = ?').pluck(),
      owner: db
        .prepare(
          'SELECT member_id FROM partition_owners WHERE group_id = ? AND topic = ? AND partition = ?',
        )
        .pluck(),
      claim: db.prepare(
        'INSERT OR IGNORE INTO partition_owners (group_id, topic, partition, member_id) VALUES (?, ?, ?, ?)',
      ),
      release: db.prepare(
        'DELETE FROM partition_owners WHERE group_id = ? AND topic = ? AND partition = ? AND member_id = ?',
      ),
      committed: db
        .prepare(
          'SELECT next_offset FROM group_offsets WHERE group_id = ? AND topic = ? AND partition = ?',
        )
        .pluck(),
      commit: db.prepare(
        `INSERT INTO group_offsets (group_id, topic, partition, next_offset) VALUES (?, ?, ?, ?)
         ON CONFLICT (group_id, topic, partition) DO UPDATE SET next_offset = excluded.next_offset`,
      ),
      read: db.prepare(
        'SELECT * FROM messages WHERE topic = ? AND partition = ? AND offset >= ? ORDER BY offset LIMIT 500',
      ),
    };
  }

  start(onStopped: () => void): void {
    this.running = this.run().finally(onStopped);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
  }

  private async run(): Promise<void> {
    const onPublished = () => this.wake?.();
    this.published.on('published', onPublished);
    let nextRebalance = 0;
    try {
      while (!this.stopping) {
        if (Date.now() >= nextRebalance) {
          this.rebalance();
          nextRebalance = Date.now() + this.settings.heartbeatIntervalMs;
        }
        const handled = await this.consumeOwned();
        if (!handled && !this.stopping) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            setTimeout(resolve, this.settings.pollIntervalMs);
          });
        }
      }
    } finally {
      this.published.off('published', onPublished);
      if (this.db.open) {
        this.db.transaction(() => {
          this.statements.releaseAll.run(this.options.groupId, this.memberId);
          this.statements.removeMember.run(this.options.groupId, this.memberId);
        })();
      }
    }
  }

  /** Heartbeat, drop dead members, then give up what is no longer ours and claim what is free. */
  private rebalance(): void {
    const group = this.options.groupId;
    const s = this.statements;
    this.owned = this.db
      .transaction(() => {
        const now = Date.now();
        s.heartbeat.run(group, this.memberId, now);
        for (const dead of s.dead.all(group, now - this.settings.sessionTimeoutMs) as string[]) {
          s.releaseAll.run(group, dead);
          s.removeMember.run(group, dead);
        }
        const members = s.members.all(group) as string[];
        const all = [...this.options.topics].sort().flatMap((topic) =>
          Array.from({ length: s.partitions.get(topic) as number }, (_, partition) => ({
            topic,
            partition,
          })),
        );
        const mine = all.filter((_, index) => members[index % members.length] === this.memberId);
        for (const { topic, partition } of all) {
          const assigned = mine.some((p) => p.topic === topic && p.partition === partition);
          if (assigned) s.claim.run(group, topic, partition, this.memberId);
          else s.release.run(group, topic, partition, this.memberId);
        }
        return mine.filter(
          ({ topic, partition }) => s.owner.get(group, topic, partition) === this.memberId,
        );
      })
      .immediate();
  }

  /** One pass over the owned partitions; true when anything was handled. */
  private async consumeOwned(): Promise<boolean> {
    let handledAny = false;
    for (const { topic, partition } of this.owned) {
      const slot = `${topic}/${partition}`;
      const retry = this.retryAt.get(slot);
      if (retry && retry.at > Date.now()) continue;
      const from =
        (this.statements.committed.get(this.options.groupId, topic, partition) as number) ?? 0;
      let next: number | undefined;
      const failed = () => {
        const attempt = (retry?.attempt ?? 0) + 1;
        this.retryAt.set(slot, { at: Date.now() + Math.min(5000, 50 * 2 ** attempt), attempt });
      };
      const rows = this.statements.read.all(topic, partition, from) as Row[];
      try {
        if (this.options.handleBatch) {
          if (rows.length === 0 || this.stopping) continue;
          try {
            await this.options.handleBatch(rows.map(toDelivered));
          } catch {
            failed();
            continue;
          }
          this.retryAt.delete(slot);
          next = rows[rows.length - 1].offset + 1;
          handledAny = true;
          continue;
        }
        for (const row of rows) {
          if (this.stopping) return handledAny;
          try {
            await this.options.handle(toDelivered(row));
          } catch {
            failed();
            break;
          }
          this.retryAt.delete(slot);
          next = row.offset + 1;
          handledAny = true;
        }
      } finally {
        // One commit per page of handled messages: a crash redelivers at most that page.
        if (next !== undefined && this.db.open) {
          this.statements.commit.run(this.options.groupId, topic, partition, next);
        }
      }
    }
    return handledAny;
  }
}

function toDelivered(row: Row): DeliveredMessage {
  return {
    topic: row.topic,
    partition: row.partition,
    offset: String(row.offset),
    key: row.key,
    value: row.value,
    headers: JSON.parse(row.headers),
  };
}
