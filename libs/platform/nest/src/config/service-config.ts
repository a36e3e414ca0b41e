import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { isJurisdictionCode } from '@xuncha/platform-kernel';
import { isAcceptableIssuerUrl, type OidcSettings } from '../auth/oidc';

export const SERVICE_PORTS = {
  'planning-service': { variable: 'PLANNING_PORT', port: 3101 },
  'inspection-service': { variable: 'INSPECTION_PORT', port: 3102 },
  'clue-service': { variable: 'CLUE_PORT', port: 3103 },
  'rectification-service': { variable: 'RECTIFICATION_PORT', port: 3104 },
  'query-service': { variable: 'QUERY_PORT', port: 3105 },
} as const;

export type ServiceName = keyof typeof SERVICE_PORTS;

/** What a service reads from its environment; every value is checked at start. */
export interface ServiceConfig {
  readonly service: ServiceName;
  readonly port: number;
  /** HOST: the address to listen on; loopback unless a deployment opens it (0.0.0.0). */
  readonly host: string;
  readonly dataDir: string;
  readonly kurrentDbUrl?: string;
  readonly kafkaBrokers?: string[];
  readonly kafkaSsl?: boolean;
  readonly kafkaSasl?: {
    mechanism: 'scram-sha-256' | 'scram-sha-512';
    username: string;
    password: string;
  };
  /** Partitions and retention of the topics the service creates when they are missing. */
  readonly kafkaTopics?: { partitions?: number; retentionMs?: number };
  readonly mongodbUri?: string;
  readonly logLevel: string;
  readonly jwtSecret?: string;
  /** Tokens come from this OpenID Connect issuer instead of the local HS256 key. */
  readonly oidc?: OidcSettings;
  /** Requests a client may make per minute before 429. */
  readonly rateLimitPerMinute: number;
  /** REQUEST_TIMEOUT_MS: the longest a client may take to send a whole request (408 after). */
  readonly requestTimeoutMs: number;
  /** HEADERS_TIMEOUT_MS: the longest it may take to send the headers (at most the request timeout). */
  readonly headersTimeoutMs: number;
  /** ROOT_JURISDICTION: the top of the jurisdiction tree this deployment serves (system acts are its admin's). */
  readonly rootJurisdiction: string;
  /** AUTH_MAX_TOKEN_AGE: the oldest `iat`, and the longest `exp − iat`, a token may have (seconds). */
  readonly maxTokenAgeSeconds: number;
}

export const SERVICE_CONFIG = Symbol('ServiceConfig');

/** 全国 (100000), the top of GB/T 2260: a deployment sets its own office's code instead. */
export const DEFAULT_ROOT_JURISDICTION = '100000';

const DURATION = /^[1-9]\d{0,8}(s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `90`, `90s`, `30m`, `12h`, `2d` in seconds (the format is checked before). */
function seconds(duration: string): number {
  const unit = /[smhd]$/.test(duration) ? duration.slice(-1) : 's';
  return Number.parseInt(duration, 10) * UNIT_SECONDS[unit];
}

class Environment {
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be a port between 1 and 65535' })
  @Max(65535, { message: 'must be a port between 1 and 65535' })
  PORT!: number;

  @Matches(/^([\d.]{7,15}|[\da-fA-F:]{2,39}|[a-zA-Z\d][a-zA-Z\d.-]{0,252})$/, {
    message: 'must be an address or host name to listen on, e.g. 127.0.0.1 or 0.0.0.0',
  })
  HOST = '127.0.0.1';

  @IsString()
  @MinLength(1, { message: 'must name a directory' })
  XUNCHA_DATA_DIR = './data';

  @IsOptional()
  @Matches(/^(kurrentdb|esdb|kdb)(\+discover)?:\/\/\S+$/, {
    message: 'must be a KurrentDB connection string (kurrentdb://host:2113?tls=false)',
  })
  KURRENTDB_URL?: string;

  @IsOptional()
  @Matches(/^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/, {
    message: 'must be a comma-separated list of host:port',
  })
  KAFKA_BROKERS?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  KAFKA_SSL?: string;

  @IsOptional()
  @IsIn(['scram-sha-256', 'scram-sha-512'], { message: 'must be scram-sha-256 or scram-sha-512' })
  KAFKA_SASL_MECHANISM?: string;

  @ValidateIf((env: Environment) => env.KAFKA_SASL_MECHANISM !== undefined)
  @MinLength(1, { message: 'is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_USERNAME?: string;

  @ValidateIf((env: Environment) => env.KAFKA_SASL_MECHANISM !== undefined)
  @MinLength(1, { message: 'is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_PASSWORD?: string;

  @IsOptional()
  @Matches(/^[1-9]\d{0,3}$/, { message: 'must be a number of partitions (1 to 9999)' })
  KAFKA_TOPIC_PARTITIONS?: string;

  @IsOptional()
  @Matches(/^(-1|[1-9]\d{0,15})$/, { message: 'must be milliseconds, or -1 to keep forever' })
  KAFKA_TOPIC_RETENTION_MS?: string;

  @IsOptional()
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'must be a mongodb:// connection string' })
  MONGODB_URI?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @IsOptional()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  RATE_LIMIT_PER_MINUTE = 1200;

  @ValidateBy({
    name: 'isJurisdiction',
    validator: {
      validate: (value) => typeof value === 'string' && isJurisdictionCode(value),
      defaultMessage: () => 'must be a division code of 6, 9 or 12 digits, e.g. 611000',
    },
  })
  ROOT_JURISDICTION = DEFAULT_ROOT_JURISDICTION;

  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100, { message: 'must be at least 100' })
  REQUEST_TIMEOUT_MS = 30_000;

  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100, { message: 'must be at least 100' })
  HEADERS_TIMEOUT_MS = 10_000;

  @Matches(DURATION, {
    message: 'must be a duration: seconds, or a number with s, m, h or d (12h)',
  })
  AUTH_MAX_TOKEN_AGE = '12h';

  @IsOptional()
  @ValidateBy({
    name: 'issuerUrl',
    validator: {
      validate: (value) => typeof value === 'string' && isAcceptableIssuerUrl(value),
      defaultMessage: () => 'must be an https:// URL without query (http:// only for localhost)',
    },
  })
  OIDC_ISSUER?: string;

  @ValidateIf((env: Environment) => env.OIDC_ISSUER !== undefined)
  @IsNotEmpty({ message: 'is required with OIDC_ISSUER (the audience tokens must name)' })
  OIDC_AUDIENCE?: string;

  @Matches(/^\S{1,200}$/, { message: 'must be a claim name or a dotted path, without spaces' })
  OIDC_ROLES_CLAIM = 'roles';

  @Matches(/^\S{1,200}$/, { message: 'must be a claim name or a dotted path, without spaces' })
  OIDC_JURISDICTION_CLAIM = 'jurisdiction';
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Reads and checks the configuration; throws ConfigurationError naming every bad variable. */
export function loadServiceConfig(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfig {
  const { variable, port } = SERVICE_PORTS[service];
  const raw = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const rawPort = raw[variable] ?? String(port);
  const number = (value: string | undefined) =>
    value !== undefined && /^\d+$/.test(value) ? Number(value) : value;
  const candidate = plainToInstance(Environment, {
    ...raw,
    PORT: number(rawPort),
    ...Object.fromEntries(
      ['RATE_LIMIT_PER_MINUTE', 'REQUEST_TIMEOUT_MS', 'HEADERS_TIMEOUT_MS']
        .filter((name) => raw[name] !== undefined)
        .map((name) => [name, number(raw[name])]),
    ),
  });
  const problems = validateSync(candidate).map((error) =>
    describe(error, error.property === 'PORT' ? variable : error.property),
  );
  // With an issuer, every token is the issuer's: a local secret would be a second way in.
  if (candidate.OIDC_ISSUER !== undefined && candidate.JWT_SECRET !== undefined) {
    problems.push('JWT_SECRET must not be set with OIDC_ISSUER (tokens come from the issuer only)');
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    service,
    port: candidate.PORT,
    host: candidate.HOST,
    dataDir: candidate.XUNCHA_DATA_DIR,
    kurrentDbUrl: candidate.KURRENTDB_URL,
    kafkaBrokers: candidate.KAFKA_BROKERS?.split(','),
    kafkaSsl: candidate.KAFKA_SSL === 'true' || undefined,
    kafkaSasl: candidate.KAFKA_SASL_MECHANISM
      ? {
          mechanism: candidate.KAFKA_SASL_MECHANISM as 'scram-sha-256' | 'scram-sha-512',
          username: candidate.KAFKA_SASL_USERNAME!,
          password: candidate.KAFKA_SASL_PASSWORD!,
        }
      : undefined,
    kafkaTopics:
      candidate.KAFKA_TOPIC_PARTITIONS || candidate.KAFKA_TOPIC_RETENTION_MS
        ? {
            partitions: optionalNumber(candidate.KAFKA_TOPIC_PARTITIONS),
            retentionMs: optionalNumber(candidate.KAFKA_TOPIC_RETENTION_MS),
          }
        : undefined,
    mongodbUri: candidate.MONGODB_URI,
    logLevel: candidate.LOG_LEVEL,
    jwtSecret: candidate.JWT_SECRET,
    oidc: candidate.OIDC_ISSUER
      ? {
          issuer: candidate.OIDC_ISSUER,
          audience: candidate.OIDC_AUDIENCE!,
          rolesClaim: candidate.OIDC_ROLES_CLAIM,
          jurisdictionClaim: candidate.OIDC_JURISDICTION_CLAIM,
        }
      : undefined,
    rateLimitPerMinute: candidate.RATE_LIMIT_PER_MINUTE,
    maxTokenAgeSeconds: seconds(candidate.AUTH_MAX_TOKEN_AGE),
    rootJurisdiction: candidate.ROOT_JURISDICTION,
    requestTimeoutMs: candidate.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: Math.min(candidate.HEADERS_TIMEOUT_MS, candidate.REQUEST_TIMEOUT_MS),
  };
}

function optionalNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function describe(error: ValidationError, variable: string): string {
  const shown = /SECRET|PASSWORD/.test(variable) ? '(hidden)' : JSON.stringify(error.value);
  const reasons = [...new Set(Object.values(error.constraints ?? {}))];
  return `${variable} ${reasons.join('; ')} (got ${shown})`;
}
