import { createHash } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandContext } from '@xuncha/platform-event-store';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { InvalidInput } from '../problem-details/problem-details.filter';
import { correlationIdOf } from './correlation-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The CommandContext of a request: the caller, the correlation id, the time
 * the command came in, If-Match and Idempotency-Key, checked (400 when malformed).
 */
export const Command = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandContext => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const ifMatch = request.header('if-match');
    const idempotencyKey = request.header('idempotency-key');
    const revision = ifMatch?.replace(/^(W\/)?"?|"$/g, '');
    if (revision !== undefined && !/^\d+$/.test(revision)) {
      throw new InvalidInput([{ field: 'If-Match', messages: ['must be a revision number'] }]);
    }
    if (idempotencyKey !== undefined && !UUID.test(idempotencyKey)) {
      throw new InvalidInput([{ field: 'Idempotency-Key', messages: ['must be a UUID'] }]);
    }
    return {
      actor: request.principal.sub,
      correlationId: correlationIdOf(request),
      now: new Date(),
      ...(revision !== undefined && { expectedRevision: Number(revision) }),
      ...(idempotencyKey !== undefined && {
        idempotencyKey,
        requestFingerprint: fingerprintOf(request),
      }),
    };
  },
);

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
