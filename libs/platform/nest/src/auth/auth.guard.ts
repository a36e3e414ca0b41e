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
import {
  AggregateNotFound,
  isJurisdictionCode,
  isWithinJurisdiction,
} from '@xuncha/platform-kernel';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthenticatedRequest } from './authenticated-request';
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

const VERIFIED = Symbol('verified token');

/**
 * The request's bearer token, verified once per request (the rate limit and
 * the auth guard both ask): VerifiedToken, or the verifier's error; undefined
 * without a bearer token.
 */
export function verifiedTokenOf(
  request: Request,
  verifier: TokenVerifier,
): Promise<VerifiedToken | undefined> {
  const holder = request as Request & { [VERIFIED]?: Promise<VerifiedToken | undefined> };
  holder[VERIFIED] ??= (async () => {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    return scheme === 'Bearer' && token ? verifier.verify(token) : undefined;
  })();
  return holder[VERIFIED];
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
    let verified: VerifiedToken | undefined;
    try {
      verified = await verifiedTokenOf(request, this.verifier);
    } catch (error) {
      if (error instanceof InvalidToken) throw new UnauthorizedException(error.message);
      if (error instanceof IdentityProviderUnavailable) {
        throw new ServiceUnavailableException(error.message);
      }
      throw error;
    }
    if (!verified) {
      throw new UnauthorizedException('an Authorization: Bearer <token> header is required');
    }
    const [, token] = (request.headers.authorization ?? '').split(' ');
    request.principal = verified.principal;
    await this.audit.tokenUsed(request, token, verified);
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !allowed.some((role) => request.principal.roles.includes(role))) {
      throw new ForbiddenException(`this call needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}

/**
 * 404 unless the record's jurisdiction lies in the caller's subtree: a record
 * out of reach answers as one that does not exist, without naming its county.
 * (A jurisdiction the caller names itself is assertInJurisdiction's: 403.)
 */
export function assertRecordInReach(
  principal: Principal,
  jurisdiction: string,
  aggregate: string,
  id: string,
): void {
  if (
    !isJurisdictionCode(jurisdiction) ||
    !isWithinJurisdiction(jurisdiction, principal.jurisdiction)
  ) {
    throw new AggregateNotFound(aggregate, id);
  }
}

/** 403 unless `code`, named by the caller, lies in the caller's jurisdiction subtree. */
export function assertInJurisdiction(principal: Principal, code: string): void {
  if (!isJurisdictionCode(code) || !isWithinJurisdiction(code, principal.jurisdiction)) {
    throw new ForbiddenException(
      `jurisdiction ${code} is outside the caller's jurisdiction ${principal.jurisdiction}`,
    );
  }
}
