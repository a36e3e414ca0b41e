import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace root, where tools/start.mjs lives. */
function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) dir = dirname(dir);
  return dir;
}

/** The five services' port variables, as tools/start.mjs reads them. */
export interface Ports {
  PLANNING_PORT: number;
  INSPECTION_PORT: number;
  CLUE_PORT: number;
  RECTIFICATION_PORT: number;
  QUERY_PORT: number;
}

/** Five consecutive ports from `first`, in start.mjs's order. */
export function portsFrom(first: number): Ports {
  return {
    PLANNING_PORT: first,
    INSPECTION_PORT: first + 1,
    CLUE_PORT: first + 2,
    RECTIFICATION_PORT: first + 3,
    QUERY_PORT: first + 4,
  };
}

/** The console's port of a system started on `ports`: the one after the query service's. */
export function consolePort(ports: Ports): number {
  return ports.QUERY_PORT + 1;
}

export interface RunningSystem {
  /** The `node tools/start.mjs` process. */
  readonly process: ChildProcess;
  /** Resolves with start.mjs's exit code. */
  readonly exited: Promise<number | null>;
  /** Everything start.mjs printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM (start.mjs takes its five children down with it) and wait for the exit. */
  stop(): Promise<number | null>;
}

/**
 * Starts the five services as separate processes with `node tools/start.mjs`
 * and waits until it reports them running ("Ctrl-C stops all five").
 */
export async function startSystem(options: {
  dataDir: string;
  ports: Ports;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<RunningSystem> {
  const child = spawn(process.execPath, ['tools/start.mjs'], {
    cwd: workspaceRoot(),
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(options.ports).map(([k, v]) => [k, String(v)])),
      XUNCHA_DATA_DIR: options.dataDir,
      // The console listens next to the five (portsFrom leaves room), never on the fixed 3100.
      CONSOLE_PORT: String(consolePort(options.ports)),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const system: RunningSystem = {
    process: child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!output.includes('Ctrl-C stops all five')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await system.stop();
      throw new Error(`the five services did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return system;
}
