import {
  ForbiddenException,
  Inject,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { isJurisdictionCode, isWithinJurisdiction } from '@xuncha/platform-kernel';
import type { Principal, Role } from './principal';
import { InvalidToken, verifyToken } from './tokens';

export const SIGNING_KEY = Symbol('SigningKey');
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

/** Bearer JWT on every route not marked @Public: 401 without a valid one, 403 without the role. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SIGNING_KEY) private readonly key: Uint8Array,
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
    try {
      request.principal = await verifyToken(token, this.key);
    } catch (error) {
      if (error instanceof InvalidToken) throw new UnauthorizedException(error.message);
      throw error;
    }
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
