// The Kafka broker of the tests: the real Apache Kafka (KRaft, one node acting as broker
// and controller) from the jars tools/resolve-jars.mjs resolves through Maven, started on
// free loopback ports. Jest's global setup starts one shared by every suite
// (sharedTestBroker); a suite that restarts its broker, or needs fixed topic names or
// SCRAM, starts its own with startTestBroker.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { startAckLossProxy, type AckLossProxy } from './ack-loss-proxy';

export interface TestBrokerOptions {
  /**
   * Clients must authenticate with SASL/SCRAM-SHA-512 as this user (created when the log
   * directory is formatted). The broker talks to itself over a plaintext listener of its own.
   */
  readonly scramUser?: { readonly username: string; readonly password: string };
  /**
   * With scramUser: the broker authorizes every request by ACLs (StandardAuthorizer),
   * denying what none grants. Super users: the broker itself (its plaintext listeners) and
   * the SCRAM user `admin`, whose credentials the broker hands out (TestBroker.admin) for
   * creating topics and ACLs.
   */
  readonly acls?: boolean;
  /**
   * Clients reach the broker through an AckLossProxy (the broker advertises its port), so a
   * test can lose a produce acknowledgement after the broker stored the batch.
   */
  readonly ackLossProxy?: boolean;
}

export interface TestBroker {
  /** Bootstrap addresses, `host:port`. */
  readonly brokers: string[];
  /** The Apache Kafka version running. */
  readonly version: string;
  /** SASL settings clients need (when started with a SCRAM user). */
  readonly sasl?: { mechanism: 'scram-sha-512'; username: string; password: string };
  /** SASL settings of the super user `admin` (when started with acls). */
  readonly admin?: { mechanism: 'scram-sha-512'; username: string; password: string };
  /** The proxy in front of the broker, when started with ackLossProxy. */
  readonly ackLoss?: AckLossProxy;
  /**
   * Stops the broker (connections refused, its log kept) or starts it again on the same
   * ports and log directory, for outage and restart tests.
   */
  setDown(down: boolean): Promise<void>;
  stop(): Promise<void>;
}

/** Where Jest's global setup leaves the shared broker's address for the test workers. */
export const SHARED_BROKER_ENV = 'XUNCHA_TEST_KAFKA_BROKERS';
export const SHARED_BROKER_VERSION_ENV = 'XUNCHA_TEST_KAFKA_VERSION';

const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
// Two cores shared by everything: a small heap, the serial collector, the C1 compiler only.
const JVM_OPTIONS = ['-Xms64m', '-Xmx512m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

function workspaceRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return resolve(__dirname, '..', '..', '..', '..', '..', '..');
  }
}

/**
 * The folder of a test server's jars and its version (tools/resolve-jars.mjs: a Maven
 * resolve on the first run, a look at the cache folder after).
 */
export function testServerJars(name: 'kafka' | 'mongo-java-server'): {
  version: string;
  folder: string;
} {
  const script = join(workspaceRoot(), 'tools', 'resolve-jars.mjs');
  const result = spawnSync(process.execPath, [script, name], {
    encoding: 'utf8',
    timeout: 16 * 60_000,
  });
  const line = /^(\S+) (\S+) (.+)$/m.exec(result.stdout ?? '');
  if (result.error || result.status !== 0 || !line) {
    throw new Error(
      `The ${name} jars could not be resolved (${result.error?.message ?? `exit ${result.status}`}): ` +
        `${(result.stderr ?? '').trim() || '(no output)'}\n` +
        'Java and Maven come from tools/ensure-system-packages.sh (npm test runs it).',
    );
  }
  return { version: line[2], folder: line[3] };
}

/** A loopback port free now (the broker binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function properties(entries: Record<string, string | number>): string {
  return Object.entries(entries)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
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

/** Kills a process group, ignoring one that is gone already. */
function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // gone already
  }
}

/**
 * Runs the JVM ("$@") in the background: a TERM to the shell becomes a TERM to the JVM
 * (Kafka's controlled shutdown) and the shell exits once the JVM has; the watcher kills
 * the JVM as soon as the shell's standard input closes, that is when this process dies.
 */
const WATCHDOG = [
  // Standard input kept as fd 3: a background job's own input is /dev/null.
  'exec 3<&0',
  '"$@" </dev/null 3<&- & broker=$!',
  '(cat <&3 >/dev/null; kill -9 $broker 2>/dev/null) &',
  'exec 3<&-',
  "trap 'kill -TERM $broker 2>/dev/null' TERM",
  'while kill -0 $broker 2>/dev/null; do wait $broker; done',
].join('\n');

/** Every broker of this process, killed if the process exits without stopping them. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => running.forEach((child) => killGroup(child.pid, 'SIGKILL')));
}

export async function startTestBroker(options: TestBrokerOptions = {}): Promise<TestBroker> {
  const { version, folder } = testServerJars('kafka');
  const dir = mkdtempSync(join(tmpdir(), 'xuncha-kafka-'));
  const [clientPort, controllerPort, internalPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
  ]);
  const scram = options.scramUser;
  if (options.acls && !scram) throw new Error('a broker with ACLs needs a scramUser');
  const admin = options.acls
    ? {
        mechanism: 'scram-sha-512' as const,
        username: 'admin',
        password: randomBytes(12).toString('base64url'),
      }
    : undefined;
  const ackLoss = options.ackLossProxy ? await startAckLossProxy() : undefined;
  if (ackLoss) ackLoss.target = clientPort;
  const advertisedPort = ackLoss?.port ?? clientPort;
  const client = scram ? 'SASL_PLAINTEXT' : 'PLAINTEXT';
  const listeners = scram
    ? `CLIENT://127.0.0.1:${clientPort},INTERNAL://127.0.0.1:${internalPort},CONTROLLER://127.0.0.1:${controllerPort}`
    : `CLIENT://127.0.0.1:${clientPort},CONTROLLER://127.0.0.1:${controllerPort}`;
  const config = join(dir, 'server.properties');
  writeFileSync(
    config,
    properties({
      'process.roles': 'broker,controller',
      'node.id': 1,
      'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
      listeners,
      'advertised.listeners': `CLIENT://127.0.0.1:${advertisedPort}${scram ? `,INTERNAL://127.0.0.1:${internalPort}` : ''}`,
      'listener.security.protocol.map': `CLIENT:${client},INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT`,
      'controller.listener.names': 'CONTROLLER',
      'inter.broker.listener.name': scram ? 'INTERNAL' : 'CLIENT',
      ...(scram && {
        'sasl.enabled.mechanisms': 'SCRAM-SHA-512',
        // The broker side of SCRAM needs a login module, not credentials of its own.
        'listener.name.client.scram-sha-512.sasl.jaas.config':
          'org.apache.kafka.common.security.scram.ScramLoginModule required;',
      }),
      ...(admin && {
        'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
        // The broker's own requests come over its plaintext listeners, as ANONYMOUS.
        'super.users': `User:ANONYMOUS;User:${admin.username}`,
        'allow.everyone.if.no.acl.found': 'false',
      }),
      'log.dirs': join(dir, 'data'),
      // Topics come from the adapter's admin client, never from a producer or consumer.
      'auto.create.topics.enable': 'false',
      'num.partitions': 3,
      'offsets.topic.replication.factor': 1,
      'offsets.topic.num.partitions': 3,
      'transaction.state.log.replication.factor': 1,
      'transaction.state.log.min.isr': 1,
      'transaction.state.log.num.partitions': 3,
      'share.coordinator.state.topic.replication.factor': 1,
      'share.coordinator.state.topic.min.isr': 1,
      'group.initial.rebalance.delay.ms': 0,
      // Tests run groups with short session timeouts (the default minimum is 6 s).
      'group.min.session.timeout.ms': 1000,
      'log.flush.interval.messages': 1_000_000,
    }) + '\n',
  );
  // Warnings and errors to a file, shown when the broker fails to start.
  const logFile = join(dir, 'server.log');
  const log4j = join(dir, 'log4j2.properties');
  writeFileSync(
    log4j,
    properties({
      'appender.file.type': 'File',
      'appender.file.name': 'file',
      'appender.file.fileName': logFile,
      'appender.file.layout.type': 'PatternLayout',
      'appender.file.layout.pattern': '[%d] %p %m (%c)%n',
      'rootLogger.level': 'WARN',
      'rootLogger.appenderRef.file.ref': 'file',
    }) + '\n',
  );
  const classpath = join(folder, '*');
  const jvm = [...JVM_OPTIONS, `-Dlog4j2.configurationFile=${log4j}`, '-cp', classpath];

  const clusterId = randomBytes(16).toString('base64url');
  const format = spawnSync(
    'java',
    [
      ...jvm,
      'kafka.tools.StorageTool',
      'format',
      // One argument: an id may begin with '-'.
      `--cluster-id=${clusterId}`,
      '--config',
      config,
      ...(scram
        ? ['--add-scram', `SCRAM-SHA-512=[name=${scram.username},password=${scram.password}]`]
        : []),
      ...(admin
        ? ['--add-scram', `SCRAM-SHA-512=[name=${admin.username},password=${admin.password}]`]
        : []),
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (format.error || format.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    await ackLoss?.close();
    throw new Error(
      `Formatting the Kafka ${version} log directory failed (${format.error?.message ?? `exit ${format.status}`}): ` +
        `${format.stderr || format.stdout}`,
    );
  }

  const brokers = [`127.0.0.1:${advertisedPort}`];
  const sasl = scram && {
    mechanism: 'scram-sha-512' as const,
    username: scram.username,
    password: scram.password,
  };
  let child: ChildProcess | undefined;
  let output = '';

  const tail = (): string => {
    const file = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
    return `${output.slice(-2000)}${file}`.trim() || '(no output)';
  };

  const launch = async (): Promise<void> => {
    output = '';
    // A process group of its own, so a kill of the group takes every process along; and
    // however this process dies (a crashed or killed Jest worker), no broker stays behind.
    const started = spawn(
      'bash',
      ['-c', WATCHDOG, 'kafka-test-broker', 'java', ...jvm, 'kafka.Kafka', config],
      { detached: true, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    child = started;
    running.add(started);
    killAllOnExit();
    started.once('exit', () => running.delete(started));
    started.stdin?.on('error', () => undefined);
    const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-8192));
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    started.unref();
    (started.stdout as { unref?: () => void } | null)?.unref?.();
    (started.stderr as { unref?: () => void } | null)?.unref?.();
    (started.stdin as { unref?: () => void } | null)?.unref?.();
    await ready(started);
  };

  /**
   * Ready when an admin client sees the cluster with its controller, a group coordinator
   * answers (its offsets topic is created on first use) and an idempotent producer gets
   * its id: the first suite then meets a broker as warm as the others do.
   */
  const ready = async (started: ChildProcess): Promise<void> => {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    const kafka = new Kafka({
      clientId: 'xuncha-test-broker-probe',
      brokers,
      ...((admin ?? sasl) && { sasl: { ...(admin ?? sasl) } as SASLOptions }),
      connectionTimeout: 1_000,
      requestTimeout: 5_000,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    });
    for (;;) {
      if (started.exitCode !== null || started.signalCode !== null) {
        throw new Error(
          `The Kafka ${version} test broker exited (${started.signalCode ?? `code ${started.exitCode}`}) ` +
            `before it was ready:\n${tail()}`,
        );
      }
      const admin = kafka.admin();
      try {
        await admin.connect();
        const cluster = await admin.describeCluster();
        if (cluster.brokers.length > 0 && cluster.controller !== null) {
          await admin.describeGroups(['xuncha-test-broker-probe']);
          const producer = kafka.producer({
            idempotent: true,
            maxInFlightRequests: 1,
            retry: { retries: 3 },
          });
          try {
            await producer.connect();
          } finally {
            await producer.disconnect().catch(() => undefined);
          }
          return;
        }
      } catch {
        // not ready yet
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
      if (Date.now() > deadline) {
        killGroup(started.pid, 'SIGKILL');
        throw new Error(
          `The Kafka ${version} test broker was not ready within ${STARTUP_TIMEOUT_MS / 1000} s:\n${tail()}`,
        );
      }
      await new Promise((done) => setTimeout(done, 250));
    }
  };

  /** SIGTERM (a controlled shutdown), then SIGKILL of the group if it hangs. */
  const halt = async (): Promise<void> => {
    const current = child;
    child = undefined;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    // The shell passes the TERM on to the JVM and exits when the JVM has.
    current.kill('SIGTERM');
    if (!(await exited(current, STOP_TIMEOUT_MS))) killGroup(current.pid, 'SIGKILL');
    await exited(current, 5_000);
    killGroup(current.pid, 'SIGKILL'); // the stdin watcher
  };

  try {
    await launch();
  } catch (error) {
    await halt();
    rmSync(dir, { recursive: true, force: true });
    await ackLoss?.close();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    brokers,
    version,
    ...(sasl && { sasl }),
    ...(admin && { admin }),
    ...(ackLoss && { ackLoss }),
    setDown: async (down) => {
      if (down) await halt();
      else if (!child) await launch();
    },
    stop: () =>
      (stopping ??= (async () => {
        await halt();
        rmSync(dir, { recursive: true, force: true });
        await ackLoss?.close();
      })()),
  };
}

/**
 * The broker Jest's global setup started for the whole run. Suites share it: each uses
 * topic and group names of its own (a random suffix), never another suite's.
 */
export function sharedTestBroker(): { brokers: string[]; version: string } {
  const brokers = process.env[SHARED_BROKER_ENV];
  if (!brokers) {
    throw new Error(
      `${SHARED_BROKER_ENV} is not set: the shared Kafka broker is started by Jest's global ` +
        'setup (tools/jest/global-setup.ts, in the root jest.config.js); run Jest from the workspace root',
    );
  }
  return { brokers: brokers.split(','), version: process.env[SHARED_BROKER_VERSION_ENV] ?? '?' };
}
