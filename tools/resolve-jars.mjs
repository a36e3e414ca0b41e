#!/usr/bin/env node
// Resolves the jars of the test servers (tools/<name>/pom.xml) from Maven Central into
// tmp/test-servers/<name>-<version>/, once: later runs find the folder complete and reuse it.
//   node tools/resolve-jars.mjs kafka mongo-java-server
// prints one line per server: `<name> <version> <folder>`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// A fresh machine downloads every jar from Maven Central (Kafka's are about 40 MB).
const MAVEN_TIMEOUT_MS = 15 * 60_000;

export function serverVersion(name) {
  const pom = readFileSync(join(ROOT, 'tools', name, 'pom.xml'), 'utf8');
  const match = /<server\.version>([^<]+)<\/server\.version>/.exec(pom);
  if (!match) throw new Error(`tools/${name}/pom.xml has no <server.version>`);
  return match[1];
}

export function resolveJars(name) {
  const version = serverVersion(name);
  const folder = join(ROOT, 'tmp', 'test-servers', `${name}-${version}`);
  const complete = join(folder, '.complete');
  if (existsSync(complete)) return { name, version, folder };
  // Built aside and renamed into place, so a run that is stopped halfway leaves no folder
  // that looks complete, and two runs at once do not mix their files.
  const partial = `${folder}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      join(ROOT, 'tools', name, 'pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${partial}`,
    ],
    { encoding: 'utf8', timeout: MAVEN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error || result.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    const why = result.error
      ? result.error.code === 'ENOENT'
        ? 'mvn is not installed (tools/ensure-system-packages.sh installs it)'
        : result.error.code === 'ETIMEDOUT'
          ? `no result within ${MAVEN_TIMEOUT_MS / 60_000} min`
          : result.error.message
      : `mvn exit ${result.status}`;
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-20);
    throw new Error(
      `resolving the jars of tools/${name}/pom.xml failed: ${why}\n${output.join('\n')}`,
    );
  }
  writeFileSync(join(partial, '.complete'), `${version}\n`);
  rmSync(folder, { recursive: true, force: true });
  try {
    renameSync(partial, folder);
  } catch (error) {
    // Another run put a complete folder there first: use it.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(complete)) throw error;
  }
  return { name, version, folder };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    for (const name of process.argv.slice(2)) {
      const { version, folder } = resolveJars(name);
      console.log(`${name} ${version} ${folder}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
