import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { OidcTokenVerifier, type Principal } from '@xuncha/platform-nest';
import type { OidcClientSettings } from './config';

type OpenIdClient = typeof import('openid-client');
type Configuration = import('openid-client').Configuration;

const LOGIN_COOKIE = 'xuncha_login';
const LOGIN_TTL_MS = 10 * 60 * 1000;

interface PendingLogin {
  verifier: string;
  state: string;
  returnTo: string;
  redirectUri: string;
  expires: number;
}

export interface SignedIn {
  principal: Principal;
  name: string;
  token: string;
  returnTo: string;
}

/**
 * OpenID Connect authorization code flow with PKCE, run by openid-client at
 * the gateway: the browser only ever carries the code. The access token is
 * checked with the services' own verifier (issuer, audience, roles and
 * jurisdiction claims), so a person the services would refuse gets no session.
 */
export class OidcSignIn {
  private readonly pending = new Map<string, PendingLogin>();
  private readonly verifier: OidcTokenVerifier;
  private configuration?: Promise<{ client: OpenIdClient; config: Configuration }>;

  constructor(private readonly settings: OidcClientSettings) {
    this.verifier = new OidcTokenVerifier(settings);
  }

  async begin(request: Request, response: Response): Promise<string> {
    const { client, config } = await this.discovered();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const next = String(request.query.next ?? '/');
    const login: PendingLogin = {
      verifier,
      state,
      // Only a path of this console: never an open redirect.
      returnTo: next.startsWith('/') && !next.startsWith('//') ? next : '/',
      redirectUri:
        this.settings.redirectUri ??
        `${request.protocol}://${request.get('host')}/console/callback`,
      expires: Date.now() + LOGIN_TTL_MS,
    };
    const id = randomBytes(24).toString('base64url');
    this.forgetExpired();
    this.pending.set(id, login);
    // Lax: the callback is a top-level navigation coming back from the issuer's site.
    response.cookie(LOGIN_COOKIE, id, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      path: '/console/callback',
      maxAge: LOGIN_TTL_MS,
    });
    return client
      .buildAuthorizationUrl(config, {
        redirect_uri: login.redirectUri,
        scope: this.settings.scope,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      })
      .toString();
  }

  async finish(request: Request, response: Response): Promise<SignedIn> {
    const { client, config } = await this.discovered();
    const id = (request.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === LOGIN_COOKIE)?.[1];
    const login = id ? this.pending.get(id) : undefined;
    if (id) this.pending.delete(id);
    response.clearCookie(LOGIN_COOKIE, { path: '/console/callback' });
    if (!login || login.expires < Date.now()) {
      throw new Error('the sign-in took too long or was not started here; start it again');
    }
    const here = new URL(request.originalUrl, login.redirectUri);
    const tokens = await client.authorizationCodeGrant(config, here, {
      pkceCodeVerifier: login.verifier,
      expectedState: login.state,
    });
    const verified = await this.verifier.verify(tokens.access_token);
    const claims = tokens.claims();
    const name = String(claims?.name ?? claims?.preferred_username ?? verified.principal.sub);
    return {
      principal: verified.principal,
      name,
      token: tokens.access_token,
      returnTo: login.returnTo,
    };
  }

  private discovered(): Promise<{ client: OpenIdClient; config: Configuration }> {
    this.configuration ??= (async () => {
      const client = await import('openid-client');
      const { issuer, clientId, clientSecret } = this.settings;
      const insecure = new URL(issuer).protocol === 'http:';
      const config = await client.discovery(
        new URL(issuer),
        clientId,
        clientSecret,
        clientSecret ? undefined : client.None(),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      return { client, config };
    })().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [id, login] of this.pending) if (login.expires < now) this.pending.delete(id);
  }
}
