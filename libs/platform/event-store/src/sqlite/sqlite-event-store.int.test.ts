import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { eventStoreContract } from '../contract/event-store.contract';
import { CheckpointedSubscription } from '../subscriptions/checkpointed-subscription';
import { SqliteEventStore } from './sqlite-event-store';

const WORKER = join(__dirname, 'testing', 'append-worker.ts');

function startWorker(file: string, worker: string, batches: number, batchSize: number) {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', WORKER, file, worker, String(batches), String(batchSize)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const acked: Array<{ stream: string; revision: number }> = [];
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    const [, stream, revision] = line.split(' ');
    acked.push({ stream, revision: Number(revision) });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, acked, exited };
}

async function until(condition: () => boolean, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('SQLite event store', () => {
  let dir: string;
  let file: string;

  describe('contract', () => {
    eventStoreContract({
      open: async () => {
        dir = mkdtempSync(join(tmpdir(), 'xuncha-es-'));
        file = join(dir, 'events.sqlite');
        return new SqliteEventStore(file);
      },
      reopen: async () => new SqliteEventStore(file),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      eventIdsUniqueAcrossStreams: true,
    });
  });

  describe('across processes', () => {
    const children: ChildProcess[] = [];
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'xuncha-es-'));
      file = join(dir, 'events.sqlite');
    });
    afterEach(() => {
      children.forEach((child) => child.kill('SIGKILL'));
      rmSync(dir, { recursive: true, force: true });
    });

    it('lets this process read and subscribe, gap-free, while two other processes write', async () => {
      const reader = new SqliteEventStore(file);
      const seen: number[] = [];
      const subscription = new CheckpointedSubscription(reader, {
        name: 'reader',
        handle: async (events) => {
          seen.push(...events.map((e) => e.globalPosition));
        },
        batchSize: 37,
      }).start();
      const writers = [startWorker(file, 'a', 150, 4), startWorker(file, 'b', 150, 4)];
      children.push(...writers.map((w) => w.child));

      expect(await Promise.all(writers.map((w) => w.exited))).toEqual([0, 0]);
      await until(() => seen.length === 1200);
      await subscription.stop();
      await reader.close();

      expect(seen).toEqual(Array.from({ length: 1200 }, (_, index) => index + 1));
      const acked = writers.flatMap((w) => w.acked);
      expect(acked).toHaveLength(300);
    });

    it('loses no acknowledged append and leaves no half batch when the writer is killed', async () => {
      const batchSize = 10;
      const writer = startWorker(file, 'crash', 0, batchSize);
      children.push(writer.child);
      await until(() => writer.acked.length >= 200);
      writer.child.kill('SIGKILL');
      await writer.exited;

      const store = new SqliteEventStore(file);
      for (const { stream, revision } of writer.acked) {
        const events = await store.readStream(stream);
        expect(events.length).toBeGreaterThan(revision);
      }
      const all = await store.readAll({ after: 0, maxCount: 1_000_000 });
      expect(all.length % batchSize).toBe(0);
      expect(all.length).toBeGreaterThanOrEqual(writer.acked.length * batchSize);
      expect(all.map((e) => e.globalPosition)).toEqual(all.map((_, index) => index + 1));
      await store.close();

      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    });
  });
});
