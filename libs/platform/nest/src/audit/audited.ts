import {
  Injectable,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { concatMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { AuditTrail } from './audit-trail';

const AUDITED = 'xuncha:audited';

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly trail: AuditTrail,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = this.reflector.getAllAndOverride<string>(AUDITED, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Recorded once the handler succeeded and before the answer leaves: a refused or
    // failed call showed nothing, and nothing is shown that was not recorded.
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        await this.trail.record(request, { action });
        return result;
      }),
    );
  }
}

/**
 * Records every successful call of the route (or controller) in the audit
 * trail under `action`, with the caller, the request path and the token's
 * fingerprint, e.g. `@Audited('clue.full-read')` on the full clue record.
 */
export const Audited = (action: string) =>
  applyDecorators(SetMetadata(AUDITED, action), UseInterceptors(AuditInterceptor));
