/** A JSON answer of the API; lists carry `items`. */
export type Json = Record<string, unknown> & { items?: Array<Record<string, unknown>> };
export type Method = 'GET' | 'POST';

/**
 * The system tests' HTTP client: calls `/api/v1` of the service a key names
 * (a port variable, a service name…), remembers the last answer for readable
 * failures, and polls for what the services settle on.
 */
export class SystemClient<K extends string> {
  /** The last response seen, for readable failures. */
  last = '';

  constructor(
    private readonly portOf: (service: K) => number,
    private readonly settleMs = 30_000,
  ) {}

  async call(
    service: K,
    method: Method,
    path: string,
    token: string,
    body?: unknown,
  ): Promise<{ status: number; body: Json }> {
    const url = `http://127.0.0.1:${this.portOf(service)}/api/v1${path}`;
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    this.last = `${method} ${service}${path} → ${response.status} ${text}`;
    let parsed: Json = {};
    try {
      parsed = text ? (JSON.parse(text) as Json) : {};
    } catch {
      parsed = { text };
    }
    return { status: response.status, body: parsed };
  }

  /** A call that must answer `expected`; fails naming the request and the response. */
  async expect(
    expected: number,
    service: K,
    method: Method,
    path: string,
    token: string,
    body?: unknown,
  ): Promise<Json> {
    const response = await this.call(service, method, path, token, body);
    if (response.status !== expected) {
      throw new Error(
        `${method} ${service}${path}` +
          (body === undefined ? '' : ` ${JSON.stringify(body)}`) +
          `\nexpected ${expected}, answered ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return response.body;
  }

  /** Polls `probe` every 100 ms until it answers something; fails with the last response. */
  async eventually<T>(
    probe: () => Promise<T | undefined | false>,
    what: string,
    timeoutMs = this.settleMs,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let failure = '';
    for (;;) {
      try {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
        failure = '';
      } catch (error) {
        failure = `${(error as Error).message}\n`;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${what}\n${failure}last response: ${this.last}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
