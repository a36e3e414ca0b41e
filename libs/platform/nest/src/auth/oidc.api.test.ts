import { Controller, Get, Module } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload, type KeyLike } from 'jose';
import type { AuditRecorded } from '@xuncha/contracts';
import type { EventStore } from '@xuncha/platform-event-store';
import { AUDIT_STORE } from '../audit/audit-trail';
import { startService, type ServiceHarness } from '../testing/service-harness';
import { CurrentPrincipal, Roles } from './auth.guard';
import type { Principal } from './principal';
import { resolveSigningKey } from './signing-key';
import { signToken } from './tokens';

@Controller('whoami')
@Roles('office')
class WhoAmIController {
  @Get()
  whoami(@CurrentPrincipal() principal: Principal) {
    return principal;
  }
}

@Module({ controllers: [WhoAmIController] })
class WhoAmIModule {}

const AUDIENCE = 'xuncha-api';
const ROLES_CLAIM = 'realm_access.roles';
const JURISDICTION_CLAIM = 'https://xuncha.dev/jurisdiction';

/**
 * A stand-in for an outside identity provider (Keycloak, an OIDC gateway): it
 * serves discovery and a JWKS with an RSA and an EC key on 127.0.0.1, and
 * signs tokens with them.
 */
class IssuerStub {
  private server!: Server;
  issuer = '';
  private readonly keys: Record<string, { alg: string; privateKey: KeyLike; publicKey: KeyLike }> =
    {};

  async start(): Promise<void> {
    for (const [kid, alg] of [
      ['rsa-1', 'RS256'],
      ['ec-1', 'ES256'],
      ['unpublished', 'RS256'],
    ]) {
      this.keys[kid] = { alg, ...(await generateKeyPair(alg)) };
    }
    const jwks = {
      keys: await Promise.all(
        ['rsa-1', 'ec-1'].map(async (kid) => ({
          ...(await exportJWK(this.keys[kid].publicKey)),
          kid,
          alg: this.keys[kid].alg,
          use: 'sig',
        })),
      ),
    };
    this.server = createServer((request, response) => {
      const body =
        request.url === '/.well-known/openid-configuration'
          ? { issuer: this.issuer, jwks_uri: `${this.issuer}/jwks` }
          : request.url === '/jwks'
            ? jwks
            : undefined;
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.issuer = `http://127.0.0.1:${address.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  sign(claims: JWTPayload, options: { kid?: string; exp?: number | string; iat?: number } = {}) {
    const kid = options.kid ?? 'rsa-1';
    return new SignJWT({
      iss: this.issuer,
      aud: AUDIENCE,
      sub: 'f3c1a0de-4d2b-4a8e-9e0b-2c6f1d7a5b90',
      realm_access: { roles: ['office', 'offline_access'] },
      [JURISDICTION_CLAIM]: '611000',
      ...claims,
    })
      .setProtectedHeader({ alg: this.keys[kid].alg, kid, typ: 'JWT' })
      .setIssuedAt(options.iat)
      .setExpirationTime(options.exp ?? '10m')
      .sign(this.keys[kid].privateKey);
  }
}

describe('tokens of an OpenID Connect issuer (OIDC_ISSUER)', () => {
  const stub = new IssuerStub();
  let harness: ServiceHarness;
  const whoami = (token: string) =>
    harness.http().get('/api/v1/whoami').set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    await stub.start();
    harness = await startService(
      {
        service: 'planning-service',
        title: 'OIDC test',
        description: 'test',
        feature: WhoAmIModule,
      },
      {
        env: {
          OIDC_ISSUER: stub.issuer,
          OIDC_AUDIENCE: AUDIENCE,
          OIDC_ROLES_CLAIM: ROLES_CLAIM,
          OIDC_JURISDICTION_CLAIM: JURISDICTION_CLAIM,
        },
      },
    );
  });
  afterAll(async () => {
    await harness?.close();
    await stub.stop();
  });

  it('accepts RS256 and ES256 tokens of the issuer, mapping the configured claims', async () => {
    for (const kid of ['rsa-1', 'ec-1']) {
      const response = await whoami(await stub.sign({}, { kid })).expect(200);
      // Roles the service does not know (offline_access) are the issuer's business.
      expect(response.body).toEqual({
        sub: 'f3c1a0de-4d2b-4a8e-9e0b-2c6f1d7a5b90',
        roles: ['office'],
        jurisdiction: '611000',
      });
    }
  });

  it('audits the use with the issuer, and keeps no local signing key', async () => {
    const trail: EventStore = harness.app.get(AUDIT_STORE);
    const [use] = (await trail.readAll({ after: 0, maxCount: 10 })).map(
      (e) => e.data as AuditRecorded,
    );
    expect(use).toMatchObject({ action: 'token.used', token: { issuer: stub.issuer } });
    expect(existsSync(join(harness.dataDir, 'auth'))).toBe(false);
  });

  it.each([
    ['another issuer', () => stub.sign({ iss: 'https://idp.example.com' }), /"iss"/],
    ['another audience', () => stub.sign({ aud: 'another-client' }), /"aud"/],
    [
      'an expired token',
      () => stub.sign({}, { exp: Math.floor(Date.now() / 1000) - 120 }),
      /"exp"/,
    ],
    [
      'a token issued 13 h ago',
      () => stub.sign({}, { iat: Math.floor(Date.now() / 1000) - 13 * 3600 }),
      /"iat".*too far in the past/,
    ],
    [
      'a token issued in the future',
      () => stub.sign({}, { iat: Math.floor(Date.now() / 1000) + 600, exp: '1h' }),
      /"iat".*should be in the past/,
    ],
    ['a token made to live 100 years', () => stub.sign({}, { exp: '100y' }), /lifetime/],
    ['a key the issuer does not publish', () => stub.sign({}, { kid: 'unpublished' }), /key/],
    [
      'a local HS256 token',
      () =>
        signToken(
          { sub: 'office-1', roles: ['office'], jurisdiction: '611000' },
          resolveSigningKey(harness.dataDir, 'a-local-secret-of-32-characters!!'),
        ),
      /alg/,
    ],
    ['no roles of ours', () => stub.sign({ realm_access: { roles: ['offline_access'] } }), /roles/],
    ['no jurisdiction', () => stub.sign({ [JURISDICTION_CLAIM]: 'Shangluo' }), /jurisdiction/],
  ])('refuses %s with 401 problem+json', async (_what, token, detail) => {
    const response = await whoami(await token())
      .expect(401)
      .expect('content-type', /application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, detail: expect.stringMatching(detail) });
  });

  it('answers 503 problem+json while the issuer cannot be reached, retrying each call', async () => {
    const cut = await startService(
      {
        service: 'planning-service',
        title: 'OIDC test',
        description: 'test',
        feature: WhoAmIModule,
      },
      { env: { OIDC_ISSUER: 'http://127.0.0.1:9', OIDC_AUDIENCE: AUDIENCE } },
    );
    try {
      const token = await stub.sign({});
      for (let call = 0; call < 2; call++) {
        const response = await cut
          .http()
          .get('/api/v1/whoami')
          .set('authorization', `Bearer ${token}`)
          .expect(503)
          .expect('content-type', /application\/problem\+json/);
        expect(response.body.detail).toMatch(/discovery at http:\/\/127.0.0.1:9/);
      }
    } finally {
      await cut.close();
    }
  });
});
