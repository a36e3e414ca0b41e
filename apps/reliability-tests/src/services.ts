import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The five services in tools/start.mjs's order, with the variable each reads its port from. */
export const SERVICE_PORT_VARIABLES = {
  'planning-service': 'PLANNING_PORT',
  'inspection-service': 'INSPECTION_PORT',
  'clue-service': 'CLUE_PORT',
  'rectification-service': 'RECTIFICATION_PORT',
  'query-service': 'QUERY_PORT',
} as const;

export type ServiceName = keyof typeof SERVICE_PORT_VARIABLES;

/** The workspace root (where nx.json is): services are spawned from there, as start.mjs does. */
function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) dir = dirname(dir);
  return dir;
}

const OUTPUT_KEPT = 20_000;

/**
 * One service as its own child process (`node -r @swc-node/register
 * apps/<name>/src/main.ts`, as tools/start.mjs spawns it), which a test can
 * kill -9 and start again on the same port and data directory.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private output = '';
  /** How many times the process was started. */
  starts = 0;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** True while the current child has not exited. */
  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines the process printed (stdout and stderr), for failures. */
  tail(): string {
    return this.output;
  }

  /** Spawns the service and waits until GET /health answers 200. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running (pid ${this.pid})`);
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', `apps/${this.name}/src/main.ts`],
      {
        cwd: workspaceRoot(),
        env: { ...process.env, ...this.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    this.starts += 1;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);

    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) {
        throw new Error(`${this.name} exited while starting:\n${this.output}`);
      }
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/health`);
        await response.arrayBuffer();
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await this.kill9();
        throw new Error(`${this.name} was not healthy after ${timeoutMs} ms:\n${this.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. Resolves once the process is gone. */
  async kill9(): Promise<void> {
    if (this.running) this.child!.kill('SIGKILL');
    await this.exited;
  }

  /** Starts the service again on the same port and data directory. */
  async restart(timeoutMs?: number): Promise<void> {
    await this.kill9();
    await this.start(timeoutMs);
  }
}

/**
 * Creates the service's process handle and starts it. `env` must carry
 * XUNCHA_DATA_DIR and whatever else the run sets; the port variable is added.
 * The handle goes into `registry` before the spawn, so a caller's cleanup
 * reaches it even when the start fails.
 */
export async function startService(
  name: ServiceName,
  port: number,
  env: Record<string, string>,
  registry: ServiceProcess[] = [],
  timeoutMs?: number,
): Promise<ServiceProcess> {
  const service = new ServiceProcess(name, port, {
    ...env,
    [SERVICE_PORT_VARIABLES[name]]: String(port),
  });
  registry.push(service);
  await service.start(timeoutMs);
  return service;
}
