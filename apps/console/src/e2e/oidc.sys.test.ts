/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import type { Browser } from 'playwright-core';
import { workspaceRoot } from '../gateway/bundle';
import { launchChromium, watchedPage } from './browser';

const AUDIENCE = 'xuncha-api';
const JURISDICTION_CLAIM = 'https://xuncha.dev/jurisdiction';

/**
 * A stand-in identity provider on 127.0.0.1 (like the services' OIDC test):
 * discovery, JWKS, an authorization endpoint that signs the person in at once,
 * and a token endpoint that checks the PKCE verifier against the challenge.
 */
class IdentityProviderStub {
  private server!: Server;
  private key!: { privateKey: KeyLike; publicKey: KeyLike };
  issuer = '';
  readonly authorizations: URLSearchParams[] = [];
  private readonly codes = new Map<string, { challenge: string; clientId: string }>();

  async start(): Promise<void> {
    this.key = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(this.key.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', this.issuer);
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (url.pathname === '/.well-known/openid-configuration') {
        return json(200, {
          issuer: this.issuer,
          authorization_endpoint: `${this.issuer}/authorize`,
          token_endpoint: `${this.issuer}/token`,
          jwks_uri: `${this.issuer}/jwks`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
          id_token_signing_alg_values_supported: ['RS256'],
        });
      }
      if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
      if (url.pathname === '/authorize') {
        this.authorizations.push(url.searchParams);
        const code = `code-${this.codes.size + 1}`;
        this.codes.set(code, {
          challenge: url.searchParams.get('code_challenge') ?? '',
          clientId: url.searchParams.get('client_id') ?? '',
        });
        const back = new URL(url.searchParams.get('redirect_uri')!);
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        response.writeHead(302, { location: back.toString() });
        return response.end();
      }
      if (url.pathname === '/token' && request.method === 'POST') {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', async () => {
          const form = new URLSearchParams(body);
          const grant = this.codes.get(form.get('code') ?? '');
          const verifier = form.get('code_verifier') ?? '';
          const challenge = createHash('sha256').update(verifier).digest('base64url');
          if (!grant || grant.challenge !== challenge) return json(400, { error: 'invalid_grant' });
          this.codes.delete(form.get('code')!);
          const sign = (claims: Record<string, unknown>, audience: string) =>
            new SignJWT({ ...claims, iss: this.issuer, aud: audience, sub: 'u-1001' })
              .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'JWT' })
              .setIssuedAt()
              .setExpirationTime('10m')
              .sign(this.key.privateKey);
          json(200, {
            token_type: 'Bearer',
            expires_in: 600,
            access_token: await sign(
              { roles: ['office'], [JURISDICTION_CLAIM]: '611000' },
              AUDIENCE,
            ),
            id_token: await sign({ name: '张处长' }, grant.clientId),
          });
        });
        return;
      }
      json(404, {});
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Starts the console's gateway alone (no services needed for signing in) and finds its port. */
function startGateway(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/console/src/main.ts'], {
    cwd: workspaceRoot(),
    env: { ...process.env, CONSOLE_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no gateway:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const port = /console listening on http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, base: `http://localhost:${port}` });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`gateway exited ${code}:\n${output}`)));
  });
}

describe('the console with OIDC_ISSUER set', () => {
  const idp = new IdentityProviderStub();
  let gateway: { child: ChildProcess; base: string };
  let browser: Browser | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-console-oidc-'));
    await idp.start();
    gateway = await startGateway({
      XUNCHA_DATA_DIR: dir,
      OIDC_ISSUER: idp.issuer,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_CLIENT_ID: 'xuncha-console',
      OIDC_ROLES_CLAIM: 'roles',
      OIDC_JURISDICTION_CLAIM: JURISDICTION_CLAIM,
    });
    browser = await launchChromium();
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    gateway?.child.kill('SIGTERM');
    await idp.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has no embedded sign-in: no people list, no sign-in by choosing a person', async () => {
    expect(await (await fetch(`${gateway.base}/console/mode`)).json()).toEqual({ mode: 'oidc' });
    expect((await fetch(`${gateway.base}/console/people?jurisdiction=611000`)).status).toBe(404);
    const post = await fetch(`${gateway.base}/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-xuncha-console': '1' },
      body: JSON.stringify({ sub: 'office-611000', role: 'office', jurisdiction: '611000' }),
    });
    expect(post.status).toBe(404);
  });

  it('signs in by authorization code with PKCE at the issuer and shows the person', async () => {
    const { page, problems, close } = await watchedPage(browser!, gateway.base);
    try {
      await page.goto('/targets');
      await page.getByRole('link', { name: '统一身份认证登录' }).click();
      await page.getByTestId('who').waitFor();
      await page.getByTestId('who').getByText('商洛市', { exact: true }).waitFor();
      expect(await page.getByTestId('who').innerText()).toMatch(/张处长.*巡察办.*商洛市/s);
      expect(new URL(page.url()).pathname).toBe('/targets');
      const [authorization] = idp.authorizations;
      expect(authorization.get('code_challenge_method')).toBe('S256');
      expect(authorization.get('client_id')).toBe('xuncha-console');
      expect(authorization.get('redirect_uri')).toBe(`${gateway.base}/console/callback`);
      const [cookie] = await page.context().cookies();
      expect(cookie).toMatchObject({ name: 'xuncha_session', httpOnly: true, sameSite: 'Strict' });
      expect(await page.evaluate(() => document.cookie)).toBe('');
      // The services are not running here: the page's calls to them fail at the gateway (502).
      expect(problems.filter((p) => !/502/.test(p))).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
