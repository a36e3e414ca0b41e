import { SERVICE_PORTS, isAcceptableIssuerUrl } from '@xuncha/platform-nest';

/** The five services behind /api/<service>/…, by the short name the console uses. */
export const SERVICES = {
  planning: 'planning-service',
  inspection: 'inspection-service',
  clue: 'clue-service',
  rectification: 'rectification-service',
  query: 'query-service',
} as const;
export type ServiceKey = keyof typeof SERVICES;

export interface OidcClientSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  /** The console's own callback as the issuer knows it (OIDC_REDIRECT_URI). */
  readonly redirectUri?: string;
  readonly audience: string;
  readonly rolesClaim: string;
  readonly jurisdictionClaim: string;
  readonly scope: string;
}

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly jwtSecret?: string;
  /** Base URL of each service, e.g. http://127.0.0.1:3101. */
  readonly services: Record<ServiceKey, string>;
  /** Set: sign-in goes through the issuer; unset: the embedded sign-in page. */
  readonly oidc?: OidcClientSettings;
  /** How long a session lives without use (ms). */
  readonly idleMs: number;
}

function port(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const value = Number(env[variable] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${variable} must be a port between 0 and 65535 (got ${env[variable]})`);
  }
  return value;
}

/** Reads the console's settings; the OIDC_* names are the ones the services read. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const services = Object.fromEntries(
    Object.entries(SERVICES).map(([key, name]) => {
      const { variable, port: fallback } = SERVICE_PORTS[name];
      return [key, `http://127.0.0.1:${port(env, variable, fallback)}`];
    }),
  ) as Record<ServiceKey, string>;
  let oidc: OidcClientSettings | undefined;
  if (env.OIDC_ISSUER) {
    if (!isAcceptableIssuerUrl(env.OIDC_ISSUER)) {
      throw new Error('OIDC_ISSUER must be an https:// URL (http:// only on this machine)');
    }
    const audience = env.OIDC_AUDIENCE ?? 'xuncha-api';
    oidc = {
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID ?? audience,
      clientSecret: env.OIDC_CLIENT_SECRET || undefined,
      redirectUri: env.OIDC_REDIRECT_URI || undefined,
      audience,
      rolesClaim: env.OIDC_ROLES_CLAIM ?? 'roles',
      jurisdictionClaim: env.OIDC_JURISDICTION_CLAIM ?? 'jurisdiction',
      scope: env.OIDC_SCOPE ?? 'openid profile',
    };
  }
  return {
    port: port(env, 'CONSOLE_PORT', 3100),
    host: env.CONSOLE_HOST ?? '127.0.0.1',
    dataDir: env.XUNCHA_DATA_DIR || './data',
    jwtSecret: env.JWT_SECRET || undefined,
    services,
    oidc,
    idleMs: 8 * 60 * 60 * 1000,
  };
}
