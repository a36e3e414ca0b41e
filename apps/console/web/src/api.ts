// Every call of the console goes to its own gateway: /api/<service>/v1/… with the session cookie.

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
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['x-csrf-token'] = csrf;
    headers['content-type'] = 'application/json';
    headers['idempotency-key'] = crypto.randomUUID();
  }
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

export const get = <T>(path: string) => call<T>('GET', path);
export const post = <T>(path: string, body: unknown) => call<T>('POST', path, body);
export const patch = <T>(path: string, body: unknown) => call<T>('PATCH', path, body);

export interface Page<T> {
  items: T[];
  next?: string;
}
