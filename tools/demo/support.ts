/** Small helpers of the demo loader: seeded randomness, derived keys, HTTP, pacing. */
import { createHash } from 'node:crypto';
import { uuidFromHash } from '@xuncha/platform-kernel';

/** mulberry32: a tiny seeded generator, enough for demo figures. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  (): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** A generator of its own for each named thing, so the order work runs in changes no figure. */
export function rngFor(seed: number, name: string): Rng {
  const digest = createHash('sha256').update(`${seed}:${name}`).digest();
  const next = mulberry32(digest.readUInt32BE(0));
  const rng = (() => next()) as Rng;
  rng.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  rng.pick = (items) => items[Math.floor(next() * items.length)];
  rng.chance = (p) => next() < p;
  return rng;
}

/** A UUID (version 4 layout) from the sha256 of the seed and the step. */
export function derivedUuid(seed: number, step: string): string {
  return uuidFromHash(`xuncha-demo:${seed}:${step}`, { version: 4, variant: 'hashed' });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items`, at most `limit` at a time, in order of start. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: Json,
  ) {
    super(message);
  }
}

export const SERVICES = {
  planning: ['PLANNING_PORT', 3101],
  inspection: ['INSPECTION_PORT', 3102],
  clue: ['CLUE_PORT', 3103],
  rectification: ['RECTIFICATION_PORT', 3104],
  query: ['QUERY_PORT', 3105],
} as const;
export type Service = keyof typeof SERVICES;

export function portsFromEnv(env: NodeJS.ProcessEnv): Record<Service, number> {
  return Object.fromEntries(
    Object.entries(SERVICES).map(([service, [variable, port]]) => [
      service,
      Number(env[variable] || port),
    ]),
  ) as Record<Service, number>;
}

/**
 * The public API over fetch: bearer token, Idempotency-Key on every POST,
 * 429 answered by waiting, and read-model lag (404 or a named 422 rule) by
 * retrying until `settleMs` ran out.
 */
export class Api {
  calls = 0;

  constructor(
    private readonly host: string,
    private readonly ports: Record<Service, number>,
    seed: number,
    private readonly settleMs: number,
    /** The Idempotency-Key of a step (the ledger import keys its steps by row). */
    private readonly keyOf: (step: string) => string = (step) => derivedUuid(seed, step),
  ) {}

  url(service: Service, path: string): string {
    return `http://${this.host}:${this.ports[service]}${path}`;
  }

  async request(
    service: Service,
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
    step?: string,
  ): Promise<{ status: number; body: Json }> {
    for (let attempt = 0; ; attempt++) {
      this.calls++;
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      };
      if (method === 'POST') {
        if (!step) throw new Error(`POST ${path} without a step name`);
        headers['idempotency-key'] = this.keyOf(step);
      }
      let response: Response;
      try {
        response = await fetch(this.url(service, `/api/v1${path}`), {
          method,
          headers,
          body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
        });
      } catch (error) {
        if (attempt < 5) {
          await sleep(500);
          continue;
        }
        throw new Error(
          `${method} ${service}${path}: ${(error as Error).message} (is the system still running?)`,
        );
      }
      const text = await response.text();
      if (response.status === 429 || (response.status >= 502 && attempt < 5)) {
        const retryAfter = Number(response.headers.get('retry-after')) || 1;
        await sleep(Math.min(retryAfter, 10) * 1000);
        continue;
      }
      let parsed: Json = {};
      try {
        parsed = text ? (JSON.parse(text) as Json) : {};
      } catch {
        parsed = { text };
      }
      return { status: response.status, body: parsed };
    }
  }

  /** A call that must succeed (2xx); `retry` names the rules that mean "not settled yet". */
  async call(
    service: Service,
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
    options: { step?: string; retry?: string[] } = {},
  ): Promise<Json> {
    const deadline = Date.now() + this.settleMs;
    for (;;) {
      const response = await this.request(service, method, path, token, body, options.step);
      if (response.status >= 200 && response.status < 300) return response.body;
      const type = String(response.body.type ?? '');
      const settling =
        (response.status === 404 && options.retry !== undefined) ||
        (response.status === 422 && (options.retry ?? []).some((rule) => type.endsWith(rule)));
      if (!settling || Date.now() > deadline) {
        throw new ApiError(
          `${method} ${service}${path}${body === undefined ? '' : ` ${JSON.stringify(body)}`}\n` +
            `answered ${response.status} ${JSON.stringify(response.body)}`,
          response.status,
          response.body,
        );
      }
      await sleep(150);
    }
  }

  /** Polls `probe` until it answers something; fails after `timeoutMs` naming `what`. */
  async eventually<T>(
    what: string,
    probe: () => Promise<T | undefined | false>,
    timeoutMs = this.settleMs,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      try {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
      } catch (error) {
        last = (error as Error).message;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}\n${last}`);
      }
      await sleep(200);
    }
  }
}

export { addDays } from '@xuncha/platform-kernel';

/** A Beijing-time instant on `day`. */
export const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
