/**
 * npm run demo: loads a realistic data set into the running system (npm start
 * in another terminal, same XUNCHA_DATA_DIR and ports) through the public HTTP
 * API only, so that a new user sees full dashboards at once. Deterministic
 * (seeded) and idempotent (every POST carries an Idempotency-Key derived from
 * the seed and the step): a second run adds nothing.
 *
 *   npm run demo [-- --seed 2021]
 */
import { parseArgs } from 'node:util';
import { runDemo } from './demo/run';

export { runDemo, type DemoOptions, type DemoResult } from './demo/run';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '2021' } } });
  try {
    await runDemo({ seed: Number(values.seed) || 2021 });
  } catch (error) {
    process.stderr.write(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
