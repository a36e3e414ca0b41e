import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { canonicalJurisdiction, isJurisdictionCode } from '@xuncha/platform-kernel';
import { assertInJurisdiction } from '../auth/auth.guard';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { InvalidInput } from '../problem-details/problem-details.filter';

/**
 * A jurisdiction named in the path (`:jurisdiction` unless told another name), as
 * configuration endpoints take it: 400 naming the parameter when it is no division
 * code, its canonical form otherwise, 403 when it lies outside the caller's reach.
 */
export const JurisdictionParam = createParamDecorator(
  (parameter: string | undefined, context: ExecutionContext): string => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const field = parameter ?? 'jurisdiction';
    const raw = request.params?.[field] as string | undefined;
    if (!raw || !isJurisdictionCode(raw)) {
      throw new InvalidInput([
        { field, messages: ['must be a division code of 6, 9 or 12 digits'] },
      ]);
    }
    const code = canonicalJurisdiction(raw);
    assertInJurisdiction(request.principal, code);
    return code;
  },
);
