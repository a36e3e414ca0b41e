#!/usr/bin/env node
// npm test: lint (module boundaries included), type-check, then every Jest suite.
import { spawnSync } from 'node:child_process';

const steps = [
  // From Debian: librdkafka-dev and gcc for the Kafka test broker, chromium for the dashboard.
  ['system packages', 'bash', ['tools/ensure-system-packages.sh']],
  // The boundary rule reads Nx's cached project graph and skips itself without one.
  ['project graph', 'npx', ['nx', 'show', 'projects']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['tests', 'npx', ['jest', '--ci', ...process.argv.slice(2)]],
];

for (const [name, command, args] of steps) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (status !== 0) {
    console.error(`\n== ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
