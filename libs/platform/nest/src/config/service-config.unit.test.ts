import { ConfigurationError, loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('runs on the embedded defaults when nothing is set', () => {
    expect(loadServiceConfig('planning-service', {})).toEqual({
      service: 'planning-service',
      port: 3101,
      host: '127.0.0.1',
      dataDir: './data',
      logLevel: 'info',
      rateLimitPerMinute: 1200,
      maxTokenAgeSeconds: 12 * 3600,
      rootJurisdiction: '100000',
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      kurrentDbUrl: undefined,
      kafkaBrokers: undefined,
      mongodbUri: undefined,
      jwtSecret: undefined,
      kafkaSsl: undefined,
      kafkaSasl: undefined,
      kafkaTopics: undefined,
    });
  });

  it('reads the partitions and retention of the topics it creates', () => {
    const config = loadServiceConfig('clue-service', {
      KAFKA_BROKERS: 'kafka-1:9092',
      KAFKA_TOPIC_PARTITIONS: '6',
      KAFKA_TOPIC_RETENTION_MS: '-1',
    });
    expect(config.kafkaTopics).toEqual({ partitions: 6, retentionMs: -1 });
    expect(() =>
      loadServiceConfig('clue-service', {
        KAFKA_TOPIC_PARTITIONS: '0',
        KAFKA_TOPIC_RETENTION_MS: 'a week',
      }),
    ).toThrow(
      /KAFKA_TOPIC_PARTITIONS must be a number of partitions.*\n?.*KAFKA_TOPIC_RETENTION_MS must be milliseconds/s,
    );
  });

  it('selects the production adapters from their variables', () => {
    const config = loadServiceConfig('clue-service', {
      CLUE_PORT: '4103',
      KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false',
      KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092',
      MONGODB_URI: 'mongodb://localhost:27017/xuncha',
    });
    expect(config.port).toBe(4103);
    expect(config.kafkaBrokers).toEqual(['kafka-1:9092', 'kafka-2:9092']);
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadServiceConfig('query-service', {
        QUERY_PORT: 'abc',
        KAFKA_BROKERS: 'kafka',
        LOG_LEVEL: 'loud',
        JWT_SECRET: 'short',
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(/QUERY_PORT must be .*a whole number \(got "abc"\)/);
    expect(message).toMatch(/KAFKA_BROKERS must be a comma-separated list of host:port/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).toMatch(/JWT_SECRET must be at least 32 characters \(got \(hidden\)\)/);
  });

  it('reads the maximum token age as seconds or a duration, and refuses anything else', () => {
    const age = (value: string) =>
      loadServiceConfig('planning-service', { AUTH_MAX_TOKEN_AGE: value }).maxTokenAgeSeconds;
    expect(age('900')).toBe(900);
    expect(age('30m')).toBe(1800);
    expect(age('8h')).toBe(28_800);
    expect(age('2d')).toBe(172_800);
    for (const bad of ['0', '-1h', '12 h', '1y', 'forever']) {
      expect(() => age(bad)).toThrow(/AUTH_MAX_TOKEN_AGE must be a duration/);
    }
  });

  it('takes the root jurisdiction as a division code', () => {
    expect(
      loadServiceConfig('query-service', { ROOT_JURISDICTION: '611000' }).rootJurisdiction,
    ).toBe('611000');
    expect(() => loadServiceConfig('query-service', { ROOT_JURISDICTION: '000000' })).toThrow(
      /ROOT_JURISDICTION must be a division code/,
    );
  });

  it('listens on loopback unless HOST opens it', () => {
    expect(loadServiceConfig('planning-service', { HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(() => loadServiceConfig('planning-service', { HOST: 'every interface' })).toThrow(
      /HOST must be an address or host name/,
    );
  });

  it('refuses a port out of range', () => {
    expect(() => loadServiceConfig('planning-service', { PLANNING_PORT: '70000' })).toThrow(
      /PLANNING_PORT must be a port between 1 and 65535/,
    );
  });

  it('takes SASL/SCRAM over TLS for Kafka, and refuses a mechanism without credentials', () => {
    const config = loadServiceConfig('clue-service', {
      KAFKA_BROKERS: 'kafka-1:9093',
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'clue-service',
      KAFKA_SASL_PASSWORD: 'secret',
    });
    expect(config.kafkaSsl).toBe(true);
    expect(config.kafkaSasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'clue-service',
      password: 'secret',
    });
    expect(() =>
      loadServiceConfig('clue-service', { KAFKA_SASL_MECHANISM: 'scram-sha-256' }),
    ).toThrow(
      /KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM[\s\S]*KAFKA_SASL_PASSWORD is required/,
    );
    expect(() => loadServiceConfig('clue-service', { KAFKA_SASL_MECHANISM: 'plain' })).toThrow(
      /KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512/,
    );
  });

  it('verifies tokens against an OIDC issuer when OIDC_ISSUER is set, with default claim names', () => {
    const config = loadServiceConfig('query-service', {
      OIDC_ISSUER: 'https://sso.shangluo.gov.cn/realms/xuncha',
      OIDC_AUDIENCE: 'xuncha-api',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://sso.shangluo.gov.cn/realms/xuncha',
      audience: 'xuncha-api',
      rolesClaim: 'roles',
      jurisdictionClaim: 'jurisdiction',
    });
    expect(loadServiceConfig('query-service', {}).oidc).toBeUndefined();
  });

  it('refuses an OIDC issuer without TLS or audience, or beside a local JWT_SECRET', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadServiceConfig('query-service', env);
      } catch (error) {
        return (error as ConfigurationError).problems;
      }
      return [];
    };
    expect(problems({ OIDC_ISSUER: 'http://sso.example.com', OIDC_AUDIENCE: 'x' })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER must be an https:\/\/ URL .*\(got "http:\/\/sso/),
    ]);
    expect(problems({ OIDC_ISSUER: 'http://127.0.0.1:8080', OIDC_AUDIENCE: 'x' })).toEqual([]);
    expect(problems({ OIDC_ISSUER: 'https://sso.example.com' })).toEqual([
      expect.stringMatching(/^OIDC_AUDIENCE is required with OIDC_ISSUER/),
    ]);
    expect(
      problems({
        OIDC_ISSUER: 'https://sso.example.com',
        OIDC_AUDIENCE: 'x',
        JWT_SECRET: 'a-local-secret-of-32-characters!!',
        OIDC_ROLES_CLAIM: 'two words',
      }),
    ).toEqual([
      expect.stringMatching(/^OIDC_ROLES_CLAIM must be a claim name/),
      'JWT_SECRET must not be set with OIDC_ISSUER (tokens come from the issuer only)',
    ]);
  });
});
