// Every call of the console goes to its own gateway: /api/<service>/v1/… with the session cookie.
import type { AnswerOf, BodyOf, CallPath } from './api/typed';

export type { Schema } from './api/typed';

export interface Principal {
  sub: string;
  roles: Role[];
  jurisdiction: string;
}
export type Role =
  'office' | 'team' | 'inspected' | 'discipline' | 'organization' | 'analyst' | 'admin';

export interface SessionInfo {
  signedIn: true;
  name: string;
  principal: Principal;
  roleLabels: string[];
  csrf: string;
}

/** An application/problem+json answer of a service (RFC 9457) with our extensions. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  /** 400: the fields and what is wrong with each. */
  errors?: Array<{ field: string; messages: string[] }>;
  /** 422: the rule that refused, e.g. cadre-must-recuse. */
  rule?: string;
  [extension: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

let csrf = '';
export function setCsrf(token: string): void {
  csrf = token;
}

/** Called when the session is gone (401): the shell keeps the page's drafts and goes to sign-in. */
let onSignedOut: () => void = () => undefined;
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

export async function call<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  /** The revision of the record as the page showed it: a change made meanwhile answers 409. */
  revision?: number,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['x-csrf-token'] = csrf;
    headers['content-type'] = 'application/json';
    headers['idempotency-key'] = crypto.randomUUID();
  }
  if (revision !== undefined) headers['if-match'] = `"${revision}"`;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/console/')) onSignedOut();
    throw new ApiError({ status: response.status, ...(data ?? {}) });
  }
  return data as T;
}

/** The gateway's own routes (session, sign-in, divisions): not in the services' documents. */
type ConsolePath = `/console/${string}`;

/** A service's operation, typed by its path from the generated OpenAPI types; or a gateway route. */
export function get<C extends CallPath<'get'>>(path: C): Promise<AnswerOf<'get', C>>;
export function get<T>(path: ConsolePath): Promise<T>;
export function get(path: string) {
  return call('GET', path);
}
export function post<C extends CallPath<'post'>>(
  path: C,
  body: BodyOf<'post', C>,
): Promise<AnswerOf<'post', C>>;
export function post<T>(path: ConsolePath, body: unknown): Promise<T>;
export function post(path: string, body: unknown) {
  return call('POST', path, body);
}
/** A change of a record, with the revision the page read (If-Match): 409 when it changed meanwhile. */
export function patch<C extends CallPath<'patch'>>(
  path: C,
  body: BodyOf<'patch', C>,
  revision?: number,
): Promise<AnswerOf<'patch', C>> {
  return call('PATCH', path, body, revision);
}
export function put<C extends CallPath<'put'>>(
  path: C,
  body: BodyOf<'put', C>,
): Promise<AnswerOf<'put', C>> {
  return call('PUT', path, body);
}
