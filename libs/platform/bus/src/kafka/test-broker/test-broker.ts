// A Kafka-protocol broker for tests: librdkafka's mock cluster, started by mock-broker.c.
// Tests call startTestBroker in beforeAll and stop() in afterAll.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface TestTopic {
  readonly name: string;
  readonly partitions: number;
}

export interface TestBroker {
  /** Bootstrap addresses, `host:port`. */
  readonly brokers: string[];
  /** Takes every broker down (connections refused) or brings them back, for outage tests. */
  setDown(down: boolean): Promise<void>;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 20_000;
const SOURCE = join(__dirname, 'mock-broker.c');
const ENSURE = 'tools/ensure-system-packages.sh';

function workspaceRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return resolve(__dirname, '..', '..');
  }
}

function succeeds(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

function missingSystemPackages(): string[] {
  const missing: string[] = [];
  if (!succeeds('gcc', ['--version'])) missing.push('gcc');
  const hasRdkafka =
    succeeds('pkg-config', ['--exists', 'rdkafka']) ||
    existsSync('/usr/include/librdkafka/rdkafka_mock.h');
  if (!hasRdkafka) missing.push('librdkafka-dev');
  return missing;
}

function rdkafkaFlags(): string[] {
  const result = spawnSync('pkg-config', ['--cflags', '--libs', 'rdkafka'], { encoding: 'utf8' });
  if (!result.error && result.status === 0 && result.stdout.trim()) {
    return result.stdout.trim().split(/\s+/);
  }
  return ['-lrdkafka'];
}

/** Compiles mock-broker.c unless an up-to-date binary is there; returns the binary's path. */
function ensureBinary(): string {
  const binary = join(workspaceRoot(), 'tmp', 'kafka-test-broker', 'mock-broker');
  if (existsSync(binary) && statSync(binary).mtimeMs >= statSync(SOURCE).mtimeMs) return binary;

  const missing = missingSystemPackages();
  if (missing.length > 0) {
    throw new Error(
      `The Kafka test broker needs librdkafka-dev and gcc; missing: ${missing.join(', ')}. ` +
        `Install them with ${ENSURE} (as root; it runs apt-get install -y librdkafka-dev gcc).`,
    );
  }

  mkdirSync(dirname(binary), { recursive: true });
  // Parallel test files may compile at once: build aside, then rename into place.
  const building = `${binary}.${process.pid}.tmp`;
  const result = spawnSync('gcc', ['-O2', '-o', building, SOURCE, ...rdkafkaFlags()], {
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0) {
    rmSync(building, { force: true });
    throw new Error(
      `Compiling ${SOURCE} failed (${result.error?.message ?? `gcc exit ${result.status}`}): ` +
        `${result.stderr}\nIs librdkafka-dev installed? Run ${ENSURE}.`,
    );
  }
  renameSync(building, binary);
  return binary;
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      done(false);
    }, timeoutMs);
    const onExit = (): void => {
      clearTimeout(timer);
      done(true);
    };
    child.once('exit', onExit);
  });
}

/** Starts a mock Kafka cluster with the topics pre-created (its admin API cannot create them). */
export async function startTestBroker(topics: readonly TestTopic[]): Promise<TestBroker> {
  const binary = ensureBinary();
  const args = topics.map(({ name, partitions }) => `${name}:${partitions}`);
  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });

  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8192);
  });
  // The broker exits when its stdin closes; an EPIPE after it died is not our concern.
  child.stdin?.on('error', () => undefined);

  const bootstrap = await new Promise<string>((done, fail) => {
    let stdout = '';
    const timer = setTimeout(() => {
      cleanup();
      child.kill('SIGKILL');
      fail(
        new Error(
          `The Kafka test broker printed no BOOTSTRAP line within ${STARTUP_TIMEOUT_MS} ms; stderr: ${stderr || '(empty)'}`,
        ),
      );
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: string): void => {
      stdout += chunk;
      const match = /^BOOTSTRAP (\S+)$/m.exec(stdout);
      if (match) {
        cleanup();
        done(match[1]);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      cleanup();
      fail(
        new Error(
          `The Kafka test broker exited (${signal ?? `code ${code}`}) before it was ready; stderr: ${stderr || '(empty)'}`,
        ),
      );
    };
    const onError = (error: Error): void => {
      cleanup();
      fail(new Error(`The Kafka test broker could not start: ${error.message}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
  child.stdout?.resume();

  let stopping: Promise<void> | undefined;
  return {
    brokers: bootstrap.split(','),
    setDown: (down) =>
      new Promise<void>((done) => {
        const expected = `BROKERS ${down ? 'DOWN' : 'UP'}`;
        const onData = (chunk: string) => {
          if (!chunk.includes(expected)) return;
          child.stdout?.off('data', onData);
          done();
        };
        child.stdout?.on('data', onData);
        child.stdin?.write(down ? 'down\n' : 'up\n');
      }),
    stop: () =>
      (stopping ??= (async () => {
        child.stdin?.end();
        if (await exited(child, 5_000)) return;
        child.kill('SIGTERM');
        if (await exited(child, 3_000)) return;
        child.kill('SIGKILL');
        await exited(child, 3_000);
      })()),
  };
}
