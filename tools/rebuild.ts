/**
 * npm run rebuild -- <service> [projection …]
 * Asks a running service to drop a projection's documents and replay its
 * topics from the start (every projection when none is named), through the
 * admin endpoint, with an admin token signed by the data directory's key.
 */
import {
  DEFAULT_ROOT_JURISDICTION,
  SERVICE_PORTS,
  resolveSigningKey,
  signToken,
  type ServiceName,
} from '@xuncha/platform-nest';

async function main(): Promise<void> {
  const [service, ...names] = process.argv.slice(2);
  if (!(service in SERVICE_PORTS)) {
    fail(`usage: npm run rebuild -- <${Object.keys(SERVICE_PORTS).join('|')}> [projection …]`);
  }
  const { variable, port: defaultPort } = SERVICE_PORTS[service as ServiceName];
  const base = `http://127.0.0.1:${process.env[variable] || defaultPort}/api/v1/admin/projections`;
  const key = resolveSigningKey(process.env.XUNCHA_DATA_DIR || './data', process.env.JWT_SECRET);
  const token = await signToken(
    // Rebuilds are the root jurisdiction's admin's (the service's ROOT_JURISDICTION).
    {
      sub: 'rebuild-cli',
      roles: ['admin'],
      jurisdiction: process.env.ROOT_JURISDICTION || DEFAULT_ROOT_JURISDICTION,
    },
    key,
    '5m',
  );
  const headers = { authorization: `Bearer ${token}` };

  const listed = await fetch(base, { headers }).catch(() =>
    fail(`${service} does not answer on ${base}`),
  );
  if (!listed.ok) fail(`${service} answered ${listed.status}: ${await listed.text()}`);
  const all = ((await listed.json()) as { items: Array<{ name: string }> }).items.map(
    (p) => p.name,
  );
  const unknown = names.filter((name) => !all.includes(name));
  if (unknown.length > 0)
    fail(
      `${service} has no projection ${unknown.join(', ')} (it has: ${all.join(', ') || 'none'})`,
    );

  for (const name of names.length > 0 ? names : all) {
    const response = await fetch(`${base}/${encodeURIComponent(name)}/rebuild`, {
      method: 'POST',
      headers,
    });
    if (!response.ok)
      fail(`rebuilding ${name} failed: ${response.status} ${await response.text()}`);
    const status = (await response.json()) as { generation: number; lag: number };
    process.stdout.write(
      `${service}: ${name} rebuilding as generation ${status.generation}, ${status.lag} messages to fold\n`,
    );
    // The service runs one rebuild at a time: wait until this one has caught up.
    await caughtUp(base, headers, name);
  }
}

async function caughtUp(base: string, headers: Record<string, string>, name: string) {
  for (;;) {
    const listed = await fetch(base, { headers });
    if (!listed.ok) fail(`${name}: status answered ${listed.status}: ${await listed.text()}`);
    const { items } = (await listed.json()) as { items: Array<{ name: string; lag: number }> };
    if ((items.find((p) => p.name === name)?.lag ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

void main();
