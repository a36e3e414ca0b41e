import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import {
  DEFAULT_MAX_TOKEN_AGE,
  InvalidToken,
  assertLifetime,
  timeChecks,
  toVerifiedToken,
  type TokenVerifier,
  type VerifiedToken,
} from './tokens';

export interface OidcSettings {
  /** OIDC_ISSUER: the `iss` tokens must carry, and where discovery starts. */
  readonly issuer: string;
  /** OIDC_AUDIENCE: the `aud` tokens must carry (this system's client id at the issuer). */
  readonly audience: string;
  readonly rolesClaim: string;
  readonly jurisdictionClaim: string;
}

/** Signatures an identity provider's keys make; HS256 (a shared secret) is never one of them. */
const ALGORITHMS = ['RS256', 'ES256'];
const DISCOVERY_TIMEOUT_MS = 5000;

/** The issuer's keys cannot be had: not the caller's fault (503), retried on the next request. */
export class IdentityProviderUnavailable extends Error {
  override name = 'IdentityProviderUnavailable';
}

/** http:// is for an issuer on this machine only (tests, a local IdP); anything else needs TLS. */
export function isAcceptableIssuerUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.search || url.hash) return false;
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
  );
}

/**
 * Tokens of an OpenID Connect issuer: its keys are found through discovery
 * (`/.well-known/openid-configuration` → `jwks_uri`) and fetched by jose's
 * remote key set, which caches them and refetches on an unknown `kid` (key
 * rotation) at most every 30 s. Locally signed HS256 tokens are refused.
 */
export class OidcTokenVerifier implements TokenVerifier {
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(
    private readonly settings: OidcSettings,
    private readonly maxTokenAge = DEFAULT_MAX_TOKEN_AGE,
  ) {}

  async verify(token: string): Promise<VerifiedToken> {
    const keys = await this.keySet();
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        ...timeChecks(this.maxTokenAge),
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (error) {
      if (!isAboutTheToken(error)) {
        throw new IdentityProviderUnavailable(`the issuer's keys: ${(error as Error).message}`);
      }
      throw new InvalidToken((error as Error).message);
    }
    assertLifetime(payload, this.maxTokenAge);
    return toVerifiedToken(payload, {
      roles: this.settings.rolesClaim,
      jurisdiction: this.settings.jurisdictionClaim,
      ignoreUnknownRoles: true,
    });
  }

  /** Discovers the key set once; a failed discovery is forgotten so the next request retries it. */
  keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const { issuer } = this.settings;
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new IdentityProviderUnavailable(`discovery at ${url}: ${(error as Error).message}`);
    }
    // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was asked about.
    if (document.issuer !== issuer) {
      throw new IdentityProviderUnavailable(
        `discovery at ${url} names the issuer ${String(document.issuer)}, not ${issuer}`,
      );
    }
    if (typeof document.jwks_uri !== 'string' || !isAcceptableIssuerUrl(document.jwks_uri)) {
      throw new IdentityProviderUnavailable(`discovery at ${url} gives no usable jwks_uri`);
    }
    return createRemoteJWKSet(new URL(document.jwks_uri));
  }
}

/** False for failures to get the keys: a timeout, a network error, a JWKS answer that is not 200 or not a key set. */
function isAboutTheToken(error: unknown): boolean {
  return (
    error instanceof errors.JOSEError &&
    error.code !== errors.JOSEError.code &&
    !(error instanceof errors.JWKSTimeout) &&
    !(error instanceof errors.JWKSInvalid)
  );
}
