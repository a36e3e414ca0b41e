import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { isJurisdictionCode } from '@xuncha/platform-kernel';
import { ROLES, resolveSigningKey, signToken, type Role } from '@xuncha/platform-nest';
import { SERVICES, type GatewayConfig, type ServiceKey } from './config';
import { Divisions, ROOT } from './divisions';
import { OidcSignIn } from './oidc-sign-in';
import { PeopleDirectory, ROLE_LABELS } from './people';
import { SessionStore, sameSecret, type Session } from './sessions';

const COOKIE = 'xuncha_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Request headers that stay at the gateway: the browser's credentials are not the services' business. */
const DROPPED_REQUEST = new Set([
  'host',
  'cookie',
  'authorization',
  'origin',
  'referer',
  'connection',
  'content-length',
  'x-csrf-token',
  'sec-fetch-site',
  'sec-fetch-mode',
  'sec-fetch-dest',
]);
const DROPPED_RESPONSE = new Set([
  'set-cookie',
  'connection',
  'transfer-encoding',
  'content-encoding',
  'content-length',
  'keep-alive',
]);

interface Problem {
  status: number;
  title: string;
  detail: string;
}

function problem(response: Response, { status, title, detail }: Problem): void {
  response
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: 'about:blank', title, status, detail }));
}

function cookieOf(request: Request): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

/** Plain HTTP only for a console opened on this machine; anywhere else the cookie needs TLS. */
function isLocal(request: Request): boolean {
  return ['localhost', '127.0.0.1', '[::1]', '::1'].includes(request.hostname);
}

/** A browser sends Origin on cross-site requests; a state-changing one must come from our own page. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.origin;
  if (!origin) return request.headers['sec-fetch-site'] !== 'cross-site';
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export interface Gateway {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The console's backend for frontend: serves the built bundle, keeps the
 * sessions, and proxies /api/<service>/… to the five services with the
 * session's bearer token. The browser never holds a token.
 */
export async function startGateway(config: GatewayConfig, bundleDir: string): Promise<Gateway> {
  const sessions = new SessionStore(config.idleMs);
  const divisions = new Divisions();
  const key = config.oidc ? undefined : resolveSigningKey(config.dataDir, config.jwtSecret);
  const people = key ? new PeopleDirectory(config.services.planning, key, divisions) : undefined;
  const oidc = config.oidc ? new OidcSignIn(config.oidc) : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((_request, response, next) => {
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'same-origin');
    response.setHeader('x-frame-options', 'DENY');
    next();
  });

  const current = (request: Request): Session | undefined => sessions.get(cookieOf(request));
  const startSession = (request: Request, response: Response, session: Session) => {
    response.cookie(COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'strict',
      secure: !isLocal(request),
      path: '/',
    });
  };
  const csrf = (request: Request, response: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(request.method)) return next();
    const session = current(request);
    // From this console with no session left (signed out elsewhere, expired): sign in again.
    if (sameOrigin(request) && !session) {
      return problem(response, { status: 401, title: 'Unauthorized', detail: 'not signed in' });
    }
    if (
      !sameOrigin(request) ||
      !session ||
      !sameSecret(session.csrf, request.get('x-csrf-token'))
    ) {
      return problem(response, {
        status: 403,
        title: 'Forbidden',
        detail: 'a state-changing call needs the X-CSRF-Token of its session, from this console',
      });
    }
    next();
  };

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });

  // ── Sign-in, session, sign-out ─────────────────────────────────────────────
  const auth = express.Router();
  auth.use(express.json({ limit: '16kb' }));
  auth.get('/mode', (_request, response) => {
    response.json({ mode: oidc ? 'oidc' : 'embedded' });
  });
  auth.get('/session', (request, response) => {
    const session = current(request);
    response.setHeader('cache-control', 'no-store');
    // Not signed in is an answer, not an error: the page shows the sign-in.
    if (!session) {
      response.json({ signedIn: false });
      return;
    }
    response.json({
      signedIn: true,
      name: session.name,
      principal: session.principal,
      roleLabels: session.principal.roles.map((role) => ROLE_LABELS[role]),
      csrf: session.csrf,
    });
  });
  auth.post('/logout', csrf, (request, response) => {
    sessions.end(cookieOf(request));
    response.clearCookie(COOKIE, { path: '/' });
    response.status(204).end();
  });
  auth.get('/divisions', async (request, response, next) => {
    try {
      const codes = String(request.query.codes ?? '')
        .split(',')
        .filter((code) => isJurisdictionCode(code))
        .slice(0, 500);
      const parent = String(request.query.parent ?? '');
      response.json({
        names: await divisions.namesOf(codes),
        ...((parent === ROOT || isJurisdictionCode(parent)) && {
          children: await divisions.childrenOf(parent),
        }),
      });
    } catch (error) {
      next(error);
    }
  });
  if (people && key) {
    auth.get('/people', async (request, response, next) => {
      const jurisdiction = String(request.query.jurisdiction ?? '611000');
      if (!isJurisdictionCode(jurisdiction)) {
        return problem(response, {
          status: 400,
          title: 'Bad Request',
          detail: 'jurisdiction must be a division code',
        });
      }
      try {
        response.json({ items: await people.list(jurisdiction) });
      } catch (error) {
        next(error);
      }
    });
    auth.post('/session', async (request, response) => {
      const { sub, role, jurisdiction, name } = (request.body ?? {}) as Record<string, unknown>;
      // A custom header cannot be sent cross-site without a preflight this gateway never allows.
      if (!sameOrigin(request) || request.get('x-xuncha-console') !== '1') {
        return problem(response, {
          status: 403,
          title: 'Forbidden',
          detail: 'sign-in is only accepted from the console page',
        });
      }
      if (
        typeof sub !== 'string' ||
        !/^[\w.-]{1,100}$/.test(sub) ||
        !(ROLES as readonly string[]).includes(String(role)) ||
        typeof jurisdiction !== 'string' ||
        !isJurisdictionCode(jurisdiction) ||
        (name !== undefined && (typeof name !== 'string' || name.length > 200))
      ) {
        return problem(response, {
          status: 400,
          title: 'Bad Request',
          detail: 'sub, role and jurisdiction of a person of the list are required',
        });
      }
      const principal = { sub, roles: [role as Role], jurisdiction };
      const token = await signToken(principal, key, '8h');
      sessions.end(cookieOf(request));
      const session = sessions.create(
        principal,
        (name as string | undefined) ?? `${ROLE_LABELS[role as Role]}`,
        token,
      );
      startSession(request, response, session);
      response.status(201).json({ name: session.name, principal });
    });
  }
  if (oidc) {
    auth.get('/login', async (request, response, next) => {
      try {
        response.redirect(await oidc.begin(request, response));
      } catch (error) {
        next(error);
      }
    });
    auth.get('/callback', async (request, response, next) => {
      try {
        const signedIn = await oidc.finish(request, response);
        sessions.end(cookieOf(request));
        startSession(
          request,
          response,
          sessions.create(signedIn.principal, signedIn.name, signedIn.token),
        );
        // Not a 302: a redirect chain that began at the issuer is cross-site, and the browser
        // would hold back the SameSite=Strict cookie on it. A page of ours moves on instead.
        const to = signedIn.returnTo.replace(/[^\w/?=&%.-]/g, '');
        response
          .type('html')
          .send(
            `<!doctype html><meta http-equiv="refresh" content="0;url=${to}"><title>登录成功</title>`,
          );
      } catch (error) {
        next(error);
      }
    });
  }
  // Anything else under /console is no page: the sign-in routes of the other mode included.
  auth.use((_request, response) =>
    problem(response, { status: 404, title: 'Not Found', detail: 'no such console route' }),
  );
  app.use('/console', auth);

  // ── The five services, with the session's token ────────────────────────────
  const forward = async (
    service: ServiceKey,
    path: string,
    request: Request,
    response: Response,
    session: Session,
  ) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || DROPPED_REQUEST.has(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    headers.set('authorization', `Bearer ${session.token}`);
    const body = SAFE_METHODS.has(request.method) ? undefined : (request.body as Buffer);
    const answer = await fetch(`${config.services[service]}${path}`, {
      method: request.method,
      headers,
      body: body && body.length > 0 ? new Uint8Array(body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    });
    response.status(answer.status);
    answer.headers.forEach((value, name) => {
      if (!DROPPED_RESPONSE.has(name)) response.setHeader(name, value);
    });
    response.end(Buffer.from(await answer.arrayBuffer()));
  };
  app.use(
    '/api/:service',
    express.raw({ type: () => true, limit: '20mb' }),
    csrf,
    async (request, response, next) => {
      const service = request.params.service as ServiceKey;
      if (!(service in SERVICES)) {
        return problem(response, {
          status: 404,
          title: 'Not Found',
          detail: `no service ${service}; one of ${Object.keys(SERVICES).join(', ')}`,
        });
      }
      const session = current(request);
      if (!session) {
        return problem(response, { status: 401, title: 'Unauthorized', detail: 'not signed in' });
      }
      try {
        // request.url is what follows /api/<service>: /v1/targets?… → /api/v1/targets?…
        await forward(service, `/api${request.url}`, request, response, session);
      } catch (error) {
        next(error);
      }
    },
  );
  // The analyst's old dashboard, opened with the session instead of a header.
  app.get('/dashboard', async (request, response, next) => {
    const session = current(request);
    if (!session) return response.redirect('/signin?next=/dashboard');
    try {
      await forward('query', request.url, request, response, session);
    } catch (error) {
      next(error);
    }
  });

  // ── The built console: assets cached for good, every other path is the app ──
  app.use(
    '/assets',
    express.static(join(bundleDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  app.get(/.*/, (_request, response) => {
    const index = join(bundleDir, 'index.html');
    if (!existsSync(index)) {
      return problem(response, {
        status: 503,
        title: 'Service Unavailable',
        detail: 'the console is not built yet',
      });
    }
    response.setHeader('cache-control', 'no-cache');
    response.setHeader(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    response.sendFile(index);
  });
  app.use((error: Error, _request: Request, response: Response, _next: NextFunction) => {
    problem(response, {
      status: 502,
      title: 'Bad Gateway',
      detail: `the console's gateway could not complete the call: ${error.message}`,
    });
  });

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const port = (server.address() as { port: number }).port;
  return {
    server,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
