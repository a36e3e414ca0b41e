import { SignJWT, jwtVerify } from 'jose';
import { isJurisdictionCode } from '@xuncha/platform-kernel';
import { ROLES, type Principal, type Role } from './principal';

const ISSUER = 'xuncha-local';

export async function signToken(
  principal: Principal,
  key: Uint8Array,
  expiresIn: string | number = '8h',
): Promise<string> {
  return new SignJWT({ roles: principal.roles, jurisdiction: principal.jurisdiction })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.sub)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

export class InvalidToken extends Error {
  override name = 'InvalidToken';
}

/** Verifies signature, expiry and the claims API.md requires. */
export async function verifyToken(token: string, key: Uint8Array): Promise<Principal> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] }));
  } catch (error) {
    throw new InvalidToken((error as Error).message);
  }
  const { sub, roles, jurisdiction } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0) throw new InvalidToken('token has no subject');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new InvalidToken(`token roles must be among ${ROLES.join(', ')}`);
  }
  if (typeof jurisdiction !== 'string' || !isJurisdictionCode(jurisdiction)) {
    throw new InvalidToken('token jurisdiction is not a division code');
  }
  return { sub, roles, jurisdiction };
}

function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
