// Starts mongo-java-server (a MongoDB wire-protocol server in memory; not MongoDB) from
// the jars tools/resolve-jars.mjs resolves, for the read-model contract suite on the
// mongoose adapter.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { testServerJars } from '../../libs/platform/bus/src/kafka/test-broker/test-broker';

const STARTUP_TIMEOUT_MS = 60_000;

export interface MongoJavaServer {
  readonly uri: string;
  readonly version: string;
  stop(): Promise<void>;
}

export async function startMongoJavaServer(): Promise<MongoJavaServer> {
  const { version, folder } = testServerJars('mongo-java-server');
  const source = join(__dirname, '..', 'mongo-java-server', 'MongoJavaServer.java');
  const child = spawn(
    'java',
    [
      '-Xms32m',
      '-Xmx256m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-cp',
      join(folder, '*'),
      source,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdin.on('error', () => undefined);
  let output = '';
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new Error(
          `mongo-java-server ${version} did not listen within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`,
        ),
      );
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8192);
      const match = /^LISTENING (\d+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(
        new Error(`mongo-java-server ${version} exited (${signal ?? `code ${code}`}):\n${output}`),
      );
    });
  });
  child.stdout.resume();
  child.unref();
  return {
    uri: `mongodb://127.0.0.1:${port}`,
    version,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
