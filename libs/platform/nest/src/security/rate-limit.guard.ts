import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Requests per client per minute (429 problem+json past it). Bus handlers
 * and the health and metrics probes are never limited.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const path: string = context.switchToHttp().getRequest().path ?? '';
    return path === '/health' || path === '/health/live' || path === '/metrics';
  }
}
