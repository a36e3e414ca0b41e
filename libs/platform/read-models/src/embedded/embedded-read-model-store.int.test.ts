import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModelStoreContract } from '../contract/read-model-store.contract';
import { EmbeddedReadModelStore } from './embedded-read-model-store';

describe('embedded read-model store contract', () => {
  let dir: string;
  let file: string;

  readModelStoreContract({
    open: async () => {
      dir = mkdtempSync(join(tmpdir(), 'xuncha-rm-'));
      file = join(dir, 'query-service', 'read-models.sqlite');
      return new EmbeddedReadModelStore(file);
    },
    reopen: async () => new EmbeddedReadModelStore(file),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  });
});
