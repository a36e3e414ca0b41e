#!/usr/bin/env node
// npm test: dependency audit, lint (module boundaries included), type-check, then every Jest suite.
import { spawnSync } from 'node:child_process';

const AUDIT_TIMEOUT_MS = 120_000;

/**
 * `npm audit --audit-level=high` over every dependency, dev ones included (they run in
 * CI and in the image). Fails on a high or critical advisory. When the registry's audit
 * endpoint cannot answer (no network, a mirror without it: this one answers 405), it
 * prints `npm audit: not run: <reason>` and lets the run go on, unless
 * NPM_AUDIT_REQUIRED=true, which makes that a failure too (for a CI with registry access).
 * Returns the exit status of the step.
 */
function audit() {
  const required = process.env.NPM_AUDIT_REQUIRED === 'true';
  const notRun = (reason) => {
    console.log(`npm audit: not run: ${reason}`);
    if (required) console.error('npm audit: NPM_AUDIT_REQUIRED=true, so this fails the run');
    return required ? 1 : 0;
  };
  const result = spawnSync('npm', ['audit', '--json', '--audit-level=high'], {
    encoding: 'utf8',
    timeout: AUDIT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    const timedOut = result.error.code === 'ETIMEDOUT' || result.signal === 'SIGTERM';
    return notRun(
      timedOut
        ? `no answer within ${AUDIT_TIMEOUT_MS / 1000} s`
        : `npm did not run (${result.error.message})`,
    );
  }
  const firstLine = (text) =>
    (text ?? '')
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line && !line.startsWith('npm warn')) ?? '';
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    return notRun(
      `no JSON report (exit ${result.status}): ${firstLine(result.stderr) || firstLine(result.stdout) || 'no output'}`,
    );
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    // An error report: { message, statusCode, error: { code, summary, detail } } or similar.
    const status = report?.statusCode ? `HTTP ${report.statusCode}: ` : '';
    const message =
      report?.message ||
      report?.error?.summary ||
      report?.error?.code ||
      firstLine(result.stderr) ||
      `exit ${result.status}`;
    return notRun(`the audit endpoint did not answer with a report (${status}${message})`);
  }
  const severe = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v && (v.severity === 'high' || v.severity === 'critical'))
    .map(([name, v]) => `${name} (${v.severity}${v.fixAvailable ? ', fix available' : ''})`);
  const high = (counts.high ?? 0) + (counts.critical ?? 0);
  const summary = ['critical', 'high', 'moderate', 'low', 'info']
    .map((level) => `${counts[level] ?? 0} ${level}`)
    .join(', ');
  if (high > 0 || severe.length > 0) {
    console.error(`npm audit: ${summary}`);
    for (const line of severe) console.error(`  ${line}`);
    console.error('npm audit: high or critical advisories found; `npm audit` shows them in full');
    return 1;
  }
  if (result.status !== 0) {
    // No high or critical advisory, yet npm failed: report it rather than guess.
    return notRun(`npm exited ${result.status} with a report of ${summary}`);
  }
  console.log(`npm audit: no high or critical advisories (${summary})`);
  return 0;
}

const steps = [
  // From Debian: Java and Maven for the test servers, chromium for the dashboard.
  ['system packages', 'bash', ['tools/ensure-system-packages.sh']],
  // From Maven Central, once (cached in tmp/test-servers/): Apache Kafka and mongo-java-server,
  // which Jest's global setup starts for the suites.
  ['test server jars', 'node', ['tools/resolve-jars.mjs', 'kafka', 'mongo-java-server']],
  ['npm audit', 'npm', ['audit', '--audit-level=high'], audit],
  // The boundary rule reads Nx's cached project graph and skips itself without one.
  ['project graph', 'npx', ['nx', 'show', 'projects']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  // The console's pages are browser code (DOM, JSX) with their own compiler settings.
  ['console type-check', 'npx', ['tsc', '-p', 'apps/console/web/tsconfig.json']],
  ['tests', 'npx', ['jest', '--ci', ...process.argv.slice(2)]],
];

for (const [name, command, args, run] of steps) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const status = run
    ? run()
    : spawnSync(command, args, {
        stdio: 'inherit',
        env: { ...process.env, NX_DAEMON: 'false' },
      }).status;
  if (status !== 0) {
    console.error(`\n== ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
