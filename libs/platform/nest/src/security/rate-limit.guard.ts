import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import { verifiedTokenOf } from '../auth/auth.guard';
import { TOKEN_VERIFIER, type TokenVerifier } from '../auth/tokens';

/**
 * Requests per caller per minute (429 problem+json past it). The caller is
 * the verified token's subject at its issuer: behind the console's gateway
 * or any proxy, users do not share one bucket. Calls without a valid token
 * are counted by their socket address. Bus handlers and the health and
 * metrics probes are never limited.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const path: string = context.switchToHttp().getRequest().path ?? '';
    return path === '/health' || path === '/health/live' || path === '/metrics';
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const verified = await verifiedTokenOf(request as unknown as Request, this.verifier).catch(
      () => undefined,
    );
    if (verified) return `caller ${verified.issuer} ${verified.principal.sub}`;
    const http = request as unknown as Request;
    return `address ${http.ip ?? http.socket?.remoteAddress ?? ''}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new HttpException(
      `too many requests: at most ${detail.limit} a minute on this operation; retry in ${detail.timeToBlockExpire} s`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
