import {
  ForbiddenException,
  Inject,
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { isJurisdictionCode, isWithinJurisdiction } from '@xuncha/platform-kernel';
import { AuditTrail } from '../audit/audit-trail';
import { IdentityProviderUnavailable } from './oidc';
import type { Principal, Role } from './principal';
import { InvalidToken, TOKEN_VERIFIER, type TokenVerifier, type VerifiedToken } from './tokens';

const PUBLIC = 'xuncha:public';
const ROLES_KEY = 'xuncha:roles';

/** Marks a route that needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC, true);

/** The roles allowed on a route or controller; any one of them suffices. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    (context.switchToHttp().getRequest<Request>() as AuthenticatedRequest).principal,
);

export interface AuthenticatedRequest extends Request {
  principal: Principal;
}

/**
 * Bearer JWT on every route not marked @Public: 401 without a valid one, 403
 * without the role. Each valid token's use is put in the audit trail.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly audit: AuditTrail,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Bus handlers carry no token: what reaches them was checked against its contract.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException('an Authorization: Bearer <token> header is required');
    }
    let verified: VerifiedToken;
    try {
      verified = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw new UnauthorizedException(error.message);
      if (error instanceof IdentityProviderUnavailable) {
        throw new ServiceUnavailableException(error.message);
      }
      throw error;
    }
    request.principal = verified.principal;
    await this.audit.tokenUsed(request, token, verified);
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !allowed.some((role) => request.principal.roles.includes(role))) {
      throw new ForbiddenException(`this call needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}

/** 403 unless `code` lies in the caller's jurisdiction subtree. */
export function assertInJurisdiction(principal: Principal, code: string): void {
  if (!isJurisdictionCode(code) || !isWithinJurisdiction(code, principal.jurisdiction)) {
    throw new ForbiddenException(
      `jurisdiction ${code} is outside the caller's jurisdiction ${principal.jurisdiction}`,
    );
  }
}
