import { createHash } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandContext } from '@xuncha/platform-event-store';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { InvalidInput } from '../problem-details/problem-details.filter';
import { correlationIdOf } from './correlation-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The CommandContext of a request: the caller, the correlation id, the time
 * the command came in, If-Match and Idempotency-Key, checked (400 when malformed).
 */
export const Command = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandContext =>
    commandContextOf(
      context.switchToHttp().getRequest<AuthenticatedRequest>(),
      context.getHandler(),
    ),
);

/** Marks an endpoint whose command may be only decided (`?dryRun=true`): see CommandEndpoint. */
export const DRY_RUN_METADATA = 'xuncha:dry-run';

/**
 * The CommandContext of a request; `dryRun` only where the endpoint takes it,
 * so a `?dryRun=true` sent to another endpoint never passes for a check.
 */
export function commandContextOf(request: AuthenticatedRequest, handler: object): CommandContext {
  const ifMatch = request.header('if-match');
  const idempotencyKey = request.header('idempotency-key');
  const revision = ifMatch?.replace(/^(W\/)?"?|"$/g, '');
  if (revision !== undefined && !/^\d+$/.test(revision)) {
    throw new InvalidInput([{ field: 'If-Match', messages: ['must be a revision number'] }]);
  }
  if (idempotencyKey !== undefined && !UUID.test(idempotencyKey)) {
    throw new InvalidInput([{ field: 'Idempotency-Key', messages: ['must be a UUID'] }]);
  }
  const dryRun = request.query?.dryRun;
  if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') {
    throw new InvalidInput([{ field: 'dryRun', messages: ['must be true or false'] }]);
  }
  const dryRunOnly = dryRun === 'true' && Reflect.getMetadata(DRY_RUN_METADATA, handler) === true;
  return {
    actor: request.principal.sub,
    correlationId: correlationIdOf(request),
    now: new Date(),
    ...(revision !== undefined && { expectedRevision: Number(revision) }),
    // A dry run stores nothing, so it has no outcome to answer a repeat with.
    ...(idempotencyKey !== undefined &&
      !dryRunOnly && { idempotencyKey, requestFingerprint: fingerprintOf(request) }),
    ...(dryRunOnly && { dryRun: true }),
  };
}

/** Method, path, query and body of a request, hashed; keys sorted so their order does not count. */
export function fingerprintOf(request: {
  method: string;
  path: string;
  query?: unknown;
  body?: unknown;
}): string {
  const canonical = JSON.stringify(
    [request.method, request.path, request.query ?? {}, request.body ?? null],
    sortedKeys,
  );
  return createHash('sha256').update(canonical).digest('base64url');
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    ),
  );
}
