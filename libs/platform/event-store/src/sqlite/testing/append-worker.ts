/**
 * A separate process that appends batches to the embedded store and prints
 * "acked <stream> <revision>" after each acknowledged append. The tests kill it
 * or run several at once.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../sqlite-event-store';

async function main(): Promise<void> {
  const [file, worker, batches, batchSize] = process.argv.slice(2);
  const store = new SqliteEventStore(file);
  const total = Number(batches);
  for (let batch = 0; total === 0 || batch < total; batch++) {
    const stream = `worker.${worker}-${batch % 7}`;
    const events = Array.from({ length: Number(batchSize) }, (_, index) => ({
      id: randomUUID(),
      type: 'WorkerAppended',
      schemaVersion: 1,
      data: { worker, batch, index, padding: 'x'.repeat(200) },
      occurredAt: new Date().toISOString(),
      metadata: { actor: `worker-${worker}`, correlationId: randomUUID() },
    }));
    const result = await store.appendToStream(stream, events, { expectedRevision: 'any' });
    process.stdout.write(`acked ${stream} ${result.revision}\n`);
  }
  await store.close();
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
