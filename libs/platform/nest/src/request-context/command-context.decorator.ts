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
      ...(idempotencyKey !== undefined && { idempotencyKey }),
    };
  },
);
