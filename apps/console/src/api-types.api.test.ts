/**
 * The console's API types (web/src/api/<service>.d.ts) are what openapi-typescript makes of
 * the services' live OpenAPI documents: a service that changes an answer without
 * `npm run contracts:openapi` fails here, as the AsyncAPI document's drift test does.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

describe('the console’s API types', () => {
  it('are what the five services’ OpenAPI documents generate, byte for byte', () => {
    const run = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/openapi-types.ts', '--check'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent' },
        timeout: 120_000,
      },
    );
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  }, 150_000);
});
