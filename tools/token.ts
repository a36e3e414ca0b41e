/**
 * npm run token -- --role office --jurisdiction 611000 [--role team …] [--sub name] [--ttl 8h]
 * Prints a token the local run accepts, signed with the data directory's key
 * (or JWT_SECRET when set).
 */
import { parseArgs } from 'node:util';
import { isJurisdictionCode } from '@xuncha/platform-kernel';
import { ROLES, resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: [] },
      jurisdiction: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const roles = values.role as string[];
  const bad = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || bad.length > 0) {
    fail(
      `--role must be one or more of ${ROLES.join(', ')}${bad.length ? ` (got ${bad.join(', ')})` : ''}`,
    );
  }
  const jurisdiction = values.jurisdiction ?? '';
  if (!isJurisdictionCode(jurisdiction))
    fail('--jurisdiction must be a division code, e.g. 611000');
  const key = resolveSigningKey(process.env.XUNCHA_DATA_DIR || './data', process.env.JWT_SECRET);
  const sub = values.sub ?? `${roles[0]}-${jurisdiction}`;
  process.stdout.write(
    `${await signToken({ sub, roles: roles as Role[], jurisdiction }, key, values.ttl)}\n`,
  );
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

void main();
