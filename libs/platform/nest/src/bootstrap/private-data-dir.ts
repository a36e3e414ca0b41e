import { chmodSync, mkdirSync } from 'node:fs';

/**
 * The data directory holds event stores, read models, the bus log and data keys: nobody but
 * the service's own user may read it. The process creates every file and folder without
 * group or other bits (0600/0700), whichever library creates it, and a directory made by
 * an older version (0755) is closed too.
 */
export function keepDataDirPrivate(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}
