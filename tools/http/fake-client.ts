/**
 * A recorded fake of the tools' HTTP client for unit tests: answers by
 * method, service and path (a fixed answer or a function of the body), and
 * records every call, so a test of one step asserts what it sent.
 */
import { ApiError, type ApiClient, type Json, type Method, type Service } from './client';

export interface RecordedCall {
  service: Service;
  method: Method;
  path: string;
  token: string;
  body?: unknown;
  step?: string;
}

type Answer =
  { status: number; body: Json } | ((call: RecordedCall) => { status: number; body: Json });

export class FakeApi implements ApiClient {
  readonly calls: RecordedCall[] = [];
  private readonly answers = new Map<string, Answer>();

  /** Answers `METHOD service path` (the query string included) from now on. */
  on(method: Method, service: Service, path: string, answer: Answer): this {
    this.answers.set(`${method} ${service} ${path}`, answer);
    return this;
  }

  /** The calls of a method, as `service path` lines: what a test compares against. */
  sent(method: Method = 'POST'): string[] {
    return this.calls.filter((c) => c.method === method).map((c) => `${c.service} ${c.path}`);
  }

  async request(
    service: Service,
    method: Method,
    path: string,
    token: string,
    body?: unknown,
    step?: string,
  ): Promise<{ status: number; body: Json }> {
    const call = { service, method, path, token, body, step };
    this.calls.push(call);
    const answer = this.answers.get(`${method} ${service} ${path}`);
    if (!answer)
      return { status: 404, body: { detail: `no answer for ${method} ${service}${path}` } };
    return typeof answer === 'function' ? answer(call) : answer;
  }

  async call(
    service: Service,
    method: Method,
    path: string,
    token: string,
    body?: unknown,
    options: { step?: string } = {},
  ): Promise<Json> {
    const response = await this.request(service, method, path, token, body, options.step);
    if (response.status >= 200 && response.status < 300) return response.body;
    throw new ApiError(`${method} ${service}${path}`, response.status, response.body);
  }

  async list(service: Service, path: string, token: string): Promise<Json[]> {
    return ((await this.call(service, 'GET', path, token)).items as Json[]) ?? [];
  }

  /** Probes up to ten times, without waiting: the fake's answers do not change by themselves. */
  async eventually<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    }
    throw new Error(`never settled: ${what}`);
  }
}

export const ok = (body: Json = {}) => ({ status: 200, body });
export const rule = (name: string, detail: string) => ({
  status: 422,
  body: { type: `https://xuncha.example/rules/${name}`, detail },
});
