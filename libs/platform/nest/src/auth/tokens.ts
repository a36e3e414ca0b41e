import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { isJurisdictionCode } from '@xuncha/platform-kernel';
import { ROLES, type Principal, type Role } from './principal';

export const LOCAL_ISSUER = 'xuncha-local';
/** Clocks of an issuer and the services may differ this much (seconds). */
export const CLOCK_TOLERANCE = 30;
/** AUTH_MAX_TOKEN_AGE's default: a working day and a half at most, in seconds. */
export const DEFAULT_MAX_TOKEN_AGE = 12 * 3600;

/** The longest subject the audit trail keeps (its contract's limit): a longer one is refused. */
export const MAX_SUBJECT_LENGTH = 200;

export async function signToken(
  principal: Principal,
  key: Uint8Array,
  expiresIn: string | number = '8h',
): Promise<string> {
  return new SignJWT({ roles: principal.roles, jurisdiction: principal.jurisdiction })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.sub)
    .setIssuer(LOCAL_ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

export class InvalidToken extends Error {
  override name = 'InvalidToken';
}

/** A token that passed verification: the caller, and what the audit trail keeps of the token. */
export interface VerifiedToken {
  readonly principal: Principal;
  readonly issuer: string;
  readonly expiresAt: Date;
}

/** Checks a bearer token: VerifiedToken, or InvalidToken saying why (401). */
export interface TokenVerifier {
  verify(token: string): Promise<VerifiedToken>;
}

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Where the roles and the jurisdiction are among the claims. */
export interface ClaimNames {
  readonly roles: string;
  readonly jurisdiction: string;
  /** Roles outside ROLES are ignored (an identity provider grants others), not refused. */
  readonly ignoreUnknownRoles?: boolean;
}

const OWN_CLAIMS: ClaimNames = { roles: 'roles', jurisdiction: 'jurisdiction' };

/**
 * What jwtVerify checks of every token's times, local or an issuer's: `iat`
 * and `exp` present, `iat` not in the future and not older than the maximum
 * age (jose's maxTokenAge), beyond the clock tolerance.
 */
export function timeChecks(maxTokenAge: number) {
  return {
    requiredClaims: ['exp', 'iat'],
    maxTokenAge,
    clockTolerance: CLOCK_TOLERANCE,
  };
}

/** A token may not be made to live longer than the maximum age: a 100-year token is refused even when fresh. */
export function assertLifetime(payload: JWTPayload, maxTokenAge: number): void {
  const { iat, exp } = payload;
  if (typeof iat === 'number' && typeof exp === 'number' && exp - iat > maxTokenAge) {
    throw new InvalidToken(
      `token lifetime (exp − iat, ${exp - iat} s) is over the maximum of ${maxTokenAge} s`,
    );
  }
}

/** Verifies signature, times and the claims docs/api.md requires (Authentication and reach) of a locally signed HS256 token. */
export async function verifyToken(
  token: string,
  key: Uint8Array,
  maxTokenAge = DEFAULT_MAX_TOKEN_AGE,
): Promise<VerifiedToken> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      issuer: LOCAL_ISSUER,
      algorithms: ['HS256'],
      ...timeChecks(maxTokenAge),
    }));
  } catch (error) {
    throw new InvalidToken((error as Error).message);
  }
  assertLifetime(payload, maxTokenAge);
  return toVerifiedToken(payload, OWN_CLAIMS);
}

export class LocalTokenVerifier implements TokenVerifier {
  constructor(
    private readonly key: Uint8Array,
    private readonly maxTokenAge = DEFAULT_MAX_TOKEN_AGE,
  ) {}

  verify(token: string): Promise<VerifiedToken> {
    return verifyToken(token, this.key, this.maxTokenAge);
  }
}

/** The Principal and audit facts of a verified payload; InvalidToken when a claim is unusable. */
export function toVerifiedToken(payload: JWTPayload, claims: ClaimNames): VerifiedToken {
  const { sub, iss, exp } = payload;
  if (typeof sub !== 'string' || sub.length === 0) throw new InvalidToken('token has no subject');
  if (sub.length > MAX_SUBJECT_LENGTH) {
    throw new InvalidToken(`token subject is longer than ${MAX_SUBJECT_LENGTH} characters`);
  }
  const granted = claim(payload, claims.roles);
  const list = typeof granted === 'string' ? [granted] : granted;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InvalidToken(`token has no ${claims.roles} claim`);
  }
  if (!claims.ignoreUnknownRoles && !list.every(isRole)) {
    throw new InvalidToken(`token roles must be among ${ROLES.join(', ')}`);
  }
  const roles = list.filter(isRole);
  if (roles.length === 0) {
    throw new InvalidToken(`token grants none of the roles ${ROLES.join(', ')}`);
  }
  const jurisdiction = claim(payload, claims.jurisdiction);
  if (typeof jurisdiction !== 'string' || !isJurisdictionCode(jurisdiction)) {
    throw new InvalidToken(`token ${claims.jurisdiction} claim is not a division code`);
  }
  return {
    principal: { sub, roles: [...new Set(roles)], jurisdiction },
    issuer: iss ?? '',
    expiresAt: new Date((exp ?? 0) * 1000),
  };
}

/** A claim by name, or by a dotted path into nested claims (realm_access.roles) when absent. */
function claim(payload: JWTPayload, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  return name
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null && Object.hasOwn(node, key)
          ? (node as Record<string, unknown>)[key]
          : undefined,
      payload,
    );
}

function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
