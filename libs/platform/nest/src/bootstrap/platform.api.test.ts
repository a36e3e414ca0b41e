import {
  Body,
  Controller,
  HttpCode,
  Inject,
  Module,
  Param,
  Post,
  type INestApplication,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SignJWT } from 'jose';
import { IsInt, Max, Min } from 'class-validator';
import { counterDecider } from '@xuncha/platform-kernel';
import {
  AggregateStore,
  EVENT_STORE,
  type CommandContext,
  type EventStore,
} from '@xuncha/platform-event-store';
import { Roles } from '../auth/auth.guard';
import { resolveSigningKey } from '../auth/signing-key';
import { signToken } from '../auth/tokens';
import { loadServiceConfig } from '../config/service-config';
import { Command } from '../request-context/command-context.decorator';
import { createServiceApp } from './bootstrap';

class OpenCounterBody {
  @IsInt()
  @Min(1)
  @Max(1000)
  limit!: number;
}

class IncrementBody {
  @IsInt()
  @Min(1)
  by!: number;
}

@Controller('counters')
@Roles('office')
class CounterController {
  private readonly counters;
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.counters = new AggregateStore(store, counterDecider, { streamPrefix: 'test.counter' });
  }

  @Post()
  async open(@Body() body: OpenCounterBody, @Command() context: CommandContext) {
    const id = randomUUID();
    const outcome = await this.counters.execute(
      id,
      { type: 'OpenCounter', id, limit: body.limit },
      context,
    );
    return { id: outcome.id, revision: outcome.revision };
  }

  @Post(':id/increment')
  @HttpCode(200)
  async increment(
    @Param('id') id: string,
    @Body() body: IncrementBody,
    @Command() context: CommandContext,
  ) {
    const { revision } = await this.counters.execute(
      id,
      { type: 'IncrementCounter', id, by: body.by },
      context,
    );
    return { id, revision };
  }
}

@Module({ controllers: [CounterController] })
class CounterModule {}

describe('platform over HTTP', () => {
  let dir: string;
  let app: INestApplication;
  let store: EventStore;
  let office: string;
  let analyst: string;
  const http = () => request(app.getHttpServer());
  const allEvents = () => store.readAll({ after: 0, maxCount: 1000 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-platform-'));
    const config = loadServiceConfig('planning-service', {
      XUNCHA_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    });
    app = await createServiceApp(
      {
        service: 'planning-service',
        title: 'Counter test',
        description: 'test',
        feature: CounterModule,
      },
      config,
    );
    store = app.get(EVENT_STORE);
    const key = resolveSigningKey(dir);
    office = await signToken({ sub: 'office-1', roles: ['office'], jurisdiction: '611000' }, key);
    analyst = await signToken(
      { sub: 'analyst-1', roles: ['analyst'], jurisdiction: '611000' },
      key,
    );
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (limit: unknown = 3, headers: Record<string, string> = {}) =>
    http()
      .post('/api/v1/counters')
      .set({ authorization: `Bearer ${office}`, ...headers })
      .send({ limit });

  it('serves readiness on /health without a token or details; the details and /metrics to admins only', async () => {
    await http().get('/health').expect(200, { status: 'ok' });
    const admin = await signToken(
      { sub: 'admin-1', roles: ['admin'], jurisdiction: '611000' },
      resolveSigningKey(dir),
    );
    for (const path of ['/health/details', '/metrics']) {
      await http()
        .get(path)
        .expect(401)
        .expect('content-type', /problem\+json/);
      await http().get(path).set('authorization', `Bearer ${office}`).expect(403);
    }
    const details = await http()
      .get('/health/details')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(details.body).toMatchObject({ status: 'ok', info: { eventStore: { status: 'up' } } });
    const metrics = await http()
      .get('/metrics')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(metrics.text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('serves /health/live without a token or any store work', async () => {
    await http().get('/health/live').expect(200, { status: 'ok' });
  });

  it('serves the OpenAPI document with bearer auth', async () => {
    const response = await http().get('/api/docs-json').expect(200);
    expect(response.body.info.title).toBe('Counter test');
    expect(response.body.paths).toHaveProperty('/api/v1/counters');
    expect(response.body.components.securitySchemes).toHaveProperty('bearer');
  });

  it('creates with 201 {id, revision} and stores the actor and correlation id', async () => {
    const response = await open(3, { 'x-correlation-id': 'corr-create-1' }).expect(201);
    expect(response.body).toEqual({ id: expect.any(String), revision: 0 });
    expect(response.headers['x-correlation-id']).toBe('corr-create-1');
    const [event] = await store.readStream(`test.counter-${response.body.id}`);
    expect(event.metadata).toMatchObject({ actor: 'office-1', correlationId: 'corr-create-1' });
  });

  describe('refusals are problem+json and store nothing', () => {
    async function expectProblem(call: request.Test, status: number, type: RegExp) {
      const before = (await allEvents()).length;
      const response = await call
        .expect(status)
        .expect('content-type', /application\/problem\+json/);
      expect(response.body).toMatchObject({ status, type: expect.stringMatching(type) });
      expect(response.body.title).toEqual(expect.any(String));
      expect(response.body.detail).toEqual(expect.any(String));
      expect(await allEvents()).toHaveLength(before);
      return response.body;
    }

    it('401 without a token, or with a bad one', async () => {
      await expectProblem(http().post('/api/v1/counters').send({ limit: 1 }), 401, /unauthorized$/);
      await expectProblem(
        http()
          .post('/api/v1/counters')
          .set('authorization', 'Bearer not.a.token')
          .send({ limit: 1 }),
        401,
        /unauthorized$/,
      );
      const foreign = await signToken(
        { sub: 'x', roles: ['office'], jurisdiction: '611000' },
        new TextEncoder().encode('another-key-another-key-another-key'),
      );
      await expectProblem(
        http()
          .post('/api/v1/counters')
          .set('authorization', `Bearer ${foreign}`)
          .send({ limit: 1 }),
        401,
        /unauthorized$/,
      );
    });

    it('401 naming the subject for a token whose subject is longer than 200 characters', async () => {
      const long = await signToken(
        { sub: 's'.repeat(201), roles: ['office'], jurisdiction: '611000' },
        resolveSigningKey(dir),
      );
      const body = await expectProblem(
        http().post('/api/v1/counters').set('authorization', `Bearer ${long}`).send({ limit: 1 }),
        401,
        /unauthorized$/,
      );
      expect(body.detail).toMatch(/subject is longer than 200/);
    });

    it('401 for a token older than 12 h, issued in the future, or made to live 100 years', async () => {
      const now = Math.floor(Date.now() / 1000);
      const sign = (iat: number, exp: number) =>
        new SignJWT({ roles: ['office'], jurisdiction: '611000' })
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .setSubject('office-1')
          .setIssuer('xuncha-local')
          .setIssuedAt(iat)
          .setExpirationTime(exp)
          .sign(resolveSigningKey(dir));
      const hour = 3600;
      const cases: Array<[string, number, number, RegExp]> = [
        ['13 h old', now - 13 * hour, now + hour, /too far in the past/],
        ['issued in an hour', now + hour, now + 2 * hour, /should be in the past/],
        ['100 years', now, now + 100 * 365 * 24 * hour, /lifetime .* over the maximum/],
      ];
      for (const [, iat, exp, detail] of cases) {
        const body = await expectProblem(
          http()
            .post('/api/v1/counters')
            .set('authorization', `Bearer ${await sign(iat, exp)}`)
            .send({ limit: 1 }),
          401,
          /unauthorized$/,
        );
        expect(body.detail).toMatch(detail);
      }
      // Within the limits, and a clock a few seconds ahead: accepted.
      await http()
        .post('/api/v1/counters')
        .set('authorization', `Bearer ${await sign(now + 5, now + 11 * hour)}`)
        .send({ limit: 1 })
        .expect(201);
    });

    it('403 for a role the call does not allow', async () => {
      const body = await expectProblem(
        http()
          .post('/api/v1/counters')
          .set('authorization', `Bearer ${analyst}`)
          .send({ limit: 1 }),
        403,
        /forbidden$/,
      );
      expect(body.detail).toMatch(/office/);
    });

    it('400 naming the field: wrong type, out of range, missing, unknown', async () => {
      const wrongType = await expectProblem(open('many'), 400, /invalid-input$/);
      expect(wrongType.errors).toEqual([{ field: 'limit', messages: expect.any(Array) }]);
      await expectProblem(open(5000), 400, /invalid-input$/);
      await expectProblem(
        http().post('/api/v1/counters').set('authorization', `Bearer ${office}`).send({}),
        400,
        /invalid-input$/,
      );
      const unknown = await expectProblem(
        http()
          .post('/api/v1/counters')
          .set('authorization', `Bearer ${office}`)
          .send({ limit: 1, colour: 'red' }),
        400,
        /invalid-input$/,
      );
      expect(unknown.errors[0].field).toBe('colour');
    });

    it('413 for a body over the size limit', async () => {
      const body = await expectProblem(
        http()
          .post('/api/v1/counters')
          .set('authorization', `Bearer ${office}`)
          .send({ limit: 1, padding: 'x'.repeat(200_000) }),
        413,
        /payload-too-large$/,
      );
      expect(body.detail).toMatch(/too large/);
    });

    it('400 for JSON nested deeper than any body, before the validators recurse into it', async () => {
      for (const deep of [
        `{"limit": 1, "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
        `{"limit": 1, "x": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
      ]) {
        const body = await expectProblem(
          http()
            .post('/api/v1/counters')
            .set({ authorization: `Bearer ${office}`, 'content-type': 'application/json' })
            .send(deep),
          400,
          /bad-request$/,
        );
        expect(body.detail).toMatch(/nested deeper than 32/);
      }
      // Brackets inside strings are text, not nesting.
      await open(1, {}).expect(201);
      await http()
        .post('/api/v1/counters')
        .set({ authorization: `Bearer ${office}`, 'content-type': 'application/json' })
        .send(`{"limit": 1, "note": "${'[{'.repeat(100)}"}`)
        .expect(400)
        .expect((response) => expect(response.body.errors[0].field).toBe('note'));
    });

    it('400 for malformed JSON', async () => {
      await expectProblem(
        http()
          .post('/api/v1/counters')
          .set({ authorization: `Bearer ${office}`, 'content-type': 'application/json' })
          .send('{"limit": '),
        400,
        /bad-request$/,
      );
    });

    it('400 for a malformed Idempotency-Key or If-Match', async () => {
      const key = await expectProblem(open(1, { 'idempotency-key': 'abc' }), 400, /invalid-input$/);
      expect(key.errors[0].field).toBe('Idempotency-Key');
      await expectProblem(open(1, { 'if-match': 'yesterday' }), 400, /invalid-input$/);
    });

    it('422 with the rule named when the domain refuses', async () => {
      const { body } = await open(1).expect(201);
      const refused = await expectProblem(
        http()
          .post(`/api/v1/counters/${body.id}/increment`)
          .set('authorization', `Bearer ${office}`)
          .send({ by: 2 }),
        422,
        /\/rules\/counter-limit$/,
      );
      expect(refused.rule).toBe('counter-limit');
    });

    it('404 for an aggregate that does not exist', async () => {
      await expectProblem(
        http()
          .post(`/api/v1/counters/${randomUUID()}/increment`)
          .set('authorization', `Bearer ${office}`)
          .send({ by: 1 }),
        404,
        /not-found$/,
      );
    });

    it('409 for a stale If-Match revision', async () => {
      const { body } = await open(9).expect(201);
      const increment = (headers: Record<string, string>) =>
        http()
          .post(`/api/v1/counters/${body.id}/increment`)
          .set({ authorization: `Bearer ${office}`, ...headers })
          .send({ by: 1 });
      await increment({ 'if-match': '0' }).expect(200, { id: body.id, revision: 1 });
      await expectProblem(increment({ 'if-match': '0' }), 409, /concurrency-conflict$/);
    });
  });

  it('answers a repeated Idempotency-Key like the first time and stores nothing new', async () => {
    const key = randomUUID();
    const first = await open(4, { 'idempotency-key': key }).expect(201);
    const before = (await allEvents()).length;
    const again = await open(4, { 'idempotency-key': key }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await allEvents()).toHaveLength(before);
  });

  it('lets exactly one of many concurrent commands on one revision win; the rest get 409', async () => {
    const { body } = await open(1000).expect(201);
    const responses = await Promise.all(
      Array.from({ length: 25 }, () =>
        http()
          .post(`/api/v1/counters/${body.id}/increment`)
          .set({ authorization: `Bearer ${office}`, 'if-match': '0' })
          .send({ by: 1 }),
      ),
    );
    const won = responses.filter((r) => r.status === 200);
    expect(won.map((r) => r.body)).toEqual([{ id: body.id, revision: 1 }]);
    responses
      .filter((r) => r.status !== 200)
      .forEach((r) => {
        expect(r.status).toBe(409);
        expect(r.headers['content-type']).toMatch(/problem\+json/);
      });
    const stream = await store.readStream(`test.counter-${body.id}`);
    expect(stream.map((e) => e.revision)).toEqual([0, 1]);
  });

  it('answers with security headers', async () => {
    const response = await http().get('/health').expect(200);
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('rate limits', () => {
  let dir: string;
  let app: INestApplication;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-rate-'));
    const config = loadServiceConfig('planning-service', {
      XUNCHA_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '5',
    });
    app = await createServiceApp(
      {
        service: 'planning-service',
        title: 'Rate test',
        description: 'test',
        feature: CounterModule,
      },
      config,
    );
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 429 problem+json past the limit per caller, never naming the library, and never limits the health probe', async () => {
    const key = resolveSigningKey(dir);
    const tokenOf = (sub: string) =>
      signToken({ sub, roles: ['office'], jurisdiction: '611000' }, key);
    const open = (token?: string) =>
      request(app.getHttpServer())
        .post('/api/v1/counters')
        .set(token ? { authorization: `Bearer ${token}` } : {})
        .send({ limit: 1 });
    const statuses = async (token?: string, times = 7) => {
      const seen: number[] = [];
      for (let i = 0; i < times; i++) {
        const response = await open(token);
        seen.push(response.status);
        if (response.status === 429) {
          expect(response.headers['content-type']).toMatch(/problem\+json/);
          expect(response.text).not.toMatch(/throttler/i);
          expect(response.body.detail).toMatch(/at most 5 a minute/);
        }
      }
      return seen;
    };
    const first = await tokenOf('office-1');
    expect(await statuses(first)).toEqual([201, 201, 201, 201, 201, 429, 429]);
    // Another caller from the same address (a gateway, a proxy) has a bucket of its own.
    expect(await statuses(await tokenOf('office-2'), 5)).toEqual([201, 201, 201, 201, 201]);
    // A new token of the first caller is the same caller.
    expect(
      await statuses(
        await signToken({ sub: 'office-1', roles: ['office'], jurisdiction: '611000' }, key, '2h'),
        1,
      ),
    ).toEqual([429]);
    // Without a valid token, the socket address is the caller: 401 until its bucket is full.
    expect(await statuses(undefined, 7)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    for (let i = 0; i < 10; i++) await request(app.getHttpServer()).get('/health').expect(200);
  });
});

describe('request timeouts (REQUEST_TIMEOUT_MS, HEADERS_TIMEOUT_MS)', () => {
  let dir: string;
  let app: INestApplication;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-timeouts-'));
    const config = loadServiceConfig('planning-service', {
      XUNCHA_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      REQUEST_TIMEOUT_MS: '1500',
      HEADERS_TIMEOUT_MS: '800',
    });
    app = await createServiceApp(
      {
        service: 'planning-service',
        title: 'Timeouts',
        description: 'test',
        feature: CounterModule,
      },
      config,
    );
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends `head` and then a byte every 100 ms: how long until the server answers and hangs up. */
  const trickle = (head: string) =>
    new Promise<{ ms: number; answer: string }>((resolve) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1', () => socket.write(head));
      let answer = '';
      const drip = setInterval(() => socket.writable && socket.write('a'), 100);
      // Without the timeouts Node would keep it for minutes: give up after 5 s.
      const giveUp = setTimeout(() => socket.destroy(), 5000);
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        clearTimeout(giveUp);
        resolve({ ms: Date.now() - started, answer });
      });
    });

  it('answers 408 and closes a connection whose body comes too slowly', async () => {
    const { ms, answer } = await trickle(
      `POST /api/v1/counters HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"limit":`,
    );
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(4000);
  });

  it('answers 408 and closes a connection whose headers come too slowly', async () => {
    const { ms, answer } = await trickle('GET /health HTTP/1.1\r\nX-Slow: ');
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    expect(ms).toBeLessThan(3000);
  });
});
