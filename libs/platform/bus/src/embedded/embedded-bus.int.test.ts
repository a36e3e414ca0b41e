import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busContract } from '../contract/bus.contract';
import { EmbeddedBus } from './embedded-bus';

describe('embedded bus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-bus-'));
  let topics = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  busContract({
    open: async () =>
      new EmbeddedBus(join(dir, 'log.sqlite'), { heartbeatIntervalMs: 50, sessionTimeoutMs: 1000 }),
    freshTopic: () => `test.topic-${++topics}`,
    cleanup: async () => undefined,
  });
});
