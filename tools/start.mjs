#!/usr/bin/env node
// npm start: the console and the five services as separate processes on the embedded defaults
// (or whatever the environment selects), until Ctrl-C stops them all. A service
// that crashes is started again (bounded backoff, START_MAX_RESTARTS times).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const SERVICES = [
  // The web console and its gateway (apps/console): builds its bundle first when missing or stale.
  ['console', 'CONSOLE_PORT', 3100],
  ['planning-service', 'PLANNING_PORT', 3101],
  ['inspection-service', 'INSPECTION_PORT', 3102],
  ['clue-service', 'CLUE_PORT', 3103],
  ['rectification-service', 'RECTIFICATION_PORT', 3104],
  ['query-service', 'QUERY_PORT', 3105],
];
const verbose = process.argv.includes('--logs');
const env = { ...process.env, XUNCHA_DATA_DIR: process.env.XUNCHA_DATA_DIR || './data' };

/** A crashed service is started again after 1 s, 2 s, 4 s … (at most 30 s), up to MAX_RESTARTS times. */
const MAX_RESTARTS = Number(process.env.START_MAX_RESTARTS || 5);
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** Running this long again without a crash, a service's restart count starts over. */
const STABLE_MS = 5 * 60_000;

let stopping = false;
const children = SERVICES.map(([name, variable, defaultPort]) => {
  const entry = { name, port: Number(process.env[variable] || defaultPort), restarts: 0 };
  launch(entry);
  return entry;
});

/** Spawns the service; when it exits unasked, starts it again with a bounded backoff. */
function launch(entry) {
  const { name } = entry;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${name}/src/main.ts`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  entry.child = child;
  entry.startedAt = Date.now();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (verbose || stream === child.stderr || /"level":(50|60)/.test(line)) {
        process.stdout.write(`[${name}] ${line}\n`);
      }
    });
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    // Failing before it ever answered (a bad setting, a port in use) is not a crash to retry.
    if (!entry.ready) {
      process.stderr.write(
        `${name} exited (${signal ?? code}) before it was ready; stopping the others\n`,
      );
      stop(1);
      return;
    }
    if (Date.now() - entry.startedAt > STABLE_MS) entry.restarts = 0;
    if (entry.restarts >= MAX_RESTARTS) {
      process.stderr.write(
        `${name} exited (${signal ?? code}) after ${MAX_RESTARTS} restarts; stopping the others\n`,
      );
      stop(1);
      return;
    }
    entry.restarts += 1;
    const delay = Math.min(FIRST_BACKOFF_MS * 2 ** (entry.restarts - 1), MAX_BACKOFF_MS);
    process.stderr.write(
      `${name} exited (${signal ?? code}); restarting it in ${delay / 1000} s (restart ${entry.restarts} of ${MAX_RESTARTS}), the others keep running\n`,
    );
    setTimeout(async () => {
      if (stopping) return;
      launch(entry);
      if (await healthy(entry.port, Date.now() + 60_000)) {
        process.stdout.write(`${name} restarted (pid ${entry.child.pid}) and healthy\n`);
      }
    }, delay);
  });
}

function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  const alive = children.filter(
    ({ child }) => child.exitCode === null && child.signalCode === null,
  );
  alive.forEach(({ child }) => child.kill('SIGTERM'));
  let remaining = alive.length;
  if (remaining === 0) process.exit(exitCode);
  alive.forEach(({ child }) =>
    child.once('exit', () => {
      remaining -= 1;
      if (remaining === 0) process.exit(exitCode);
    }),
  );
  setTimeout(() => {
    alive.forEach(({ child }) => child.kill('SIGKILL'));
    process.exit(exitCode);
  }, 10_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function healthy(port, deadline) {
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const deadline = Date.now() + 60_000;
const results = await Promise.all(children.map(({ port }) => healthy(port, deadline)));
if (stopping) process.exit(1);
children.forEach((entry, index) => (entry.ready = results[index]));
console.log(`xuncha is running on the data directory ${env.XUNCHA_DATA_DIR}:`);
children.forEach(({ name, port }, index) =>
  console.log(
    `  ${name.padEnd(22)} http://localhost:${port}  ${results[index] ? 'healthy' : 'NOT HEALTHY'}   ${name === 'console' ? `open http://localhost:${port}` : `docs: http://localhost:${port}/api/docs`}`,
  ),
);
console.log('A token for the API: npm run token -- --role office --jurisdiction 611000');
console.log(
  'Ctrl-C stops all five and the console.' +
    (verbose ? '' : ' (npm start -- --logs shows every log line)'),
);
if (results.some((ok) => !ok)) stop(1);
