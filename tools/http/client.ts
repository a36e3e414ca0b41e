/**
 * The HTTP client of the tools (npm run import, npm run demo): the public
 * API of the five services over fetch, with a bearer token, an
 * Idempotency-Key on every POST, 429 and 502+ answered by waiting, and
 * read-model lag (404 or a named 422 rule) by retrying until `settleMs` ran out.
 */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
export type Method = 'GET' | 'POST';

export function portsFromEnv(env: NodeJS.ProcessEnv): Record<Service, number> {
  return Object.fromEntries(
    Object.entries(SERVICES).map(([service, [variable, port]]) => [
      service,
      Number(env[variable] || port),
    ]),
  ) as Record<Service, number>;
}

export interface ApiOptions {
  host: string;
  ports: Record<Service, number>;
  /** How long a call retries what is not settled yet, and `eventually` polls. */
  settleMs: number;
  /** The Idempotency-Key of a POST's step (the demo derives it from its seed, the import from the row). */
  keyOf: (step: string) => string;
  /** Every pause between retries (tests pass a short one); default 150 ms to 10 s by cause. */
  pauseMs?: number;
  fetch?: typeof fetch;
}

/** What the tools' steps need of the API: a fake of it is what their unit tests run against. */
export interface ApiClient {
  request(
    service: Service,
    method: Method,
    path: string,
    token: string,
    body?: unknown,
    step?: string,
  ): Promise<{ status: number; body: Json }>;
  call(
    service: Service,
    method: Method,
    path: string,
    token: string,
    body?: unknown,
    options?: { step?: string; retry?: string[] },
  ): Promise<Json>;
  list(service: Service, path: string, token: string): Promise<Json[]>;
  eventually<T>(
    what: string,
    probe: () => Promise<T | undefined | false>,
    timeoutMs?: number,
  ): Promise<T>;
}

export class Api implements ApiClient {
  calls = 0;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: ApiOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  private pause(ms: number): Promise<unknown> {
    return sleep(this.options.pauseMs ?? ms);
  }

  url(service: Service, path: string): string {
    return `http://${this.options.host}:${this.options.ports[service]}${path}`;
  }

  /** Whether a service answers GET /health within 5 s. */
  async healthy(service: Service): Promise<boolean> {
    try {
      return (await this.fetch(this.url(service, '/health'), { signal: AbortSignal.timeout(5000) }))
        .ok;
    } catch {
      return false;
    }
  }

  async request(
    service: Service,
    method: Method,
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
        headers['idempotency-key'] = this.options.keyOf(step);
      }
      let response: Response;
      try {
        response = await this.fetch(this.url(service, `/api/v1${path}`), {
          method,
          headers,
          body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
        });
      } catch (error) {
        if (attempt < 5) {
          await this.pause(500);
          continue;
        }
        throw new Error(
          `${method} ${service}${path}: ${(error as Error).message} (is the system still running?)`,
        );
      }
      const text = await response.text();
      if (response.status === 429 || (response.status >= 502 && attempt < 5)) {
        const retryAfter = Number(response.headers.get('retry-after')) || 1;
        await this.pause(Math.min(retryAfter, 10) * 1000);
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
    method: Method,
    path: string,
    token: string,
    body?: unknown,
    options: { step?: string; retry?: string[] } = {},
  ): Promise<Json> {
    const deadline = Date.now() + this.options.settleMs;
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
      await this.pause(150);
    }
  }

  /** Every item of a list, page after page (1,000 a page). */
  async list(service: Service, path: string, token: string): Promise<Json[]> {
    const items: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.call(
        service,
        'GET',
        `${path}${path.includes('?') ? '&' : '?'}limit=1000` +
          (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''),
        token,
      );
      items.push(...((page.items as Json[]) ?? []));
      cursor = page.next as string | undefined;
    } while (cursor);
    return items;
  }

  /** Polls `probe` until it answers something; fails after `timeoutMs` naming `what`. */
  async eventually<T>(
    what: string,
    probe: () => Promise<T | undefined | false>,
    timeoutMs = this.options.settleMs,
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
      await this.pause(200);
    }
  }
}

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
