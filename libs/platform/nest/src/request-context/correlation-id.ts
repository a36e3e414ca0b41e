import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';
const SAFE = /^[\w.:-]{1,128}$/;

/** The caller's correlation id when it is a sane token, else a fresh one; echoed on the response. */
export function assignCorrelationId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers[CORRELATION_HEADER];
  const id = typeof given === 'string' && SAFE.test(given) ? given : randomUUID();
  (request as IncomingMessage & { id: string }).id = id;
  response.setHeader(CORRELATION_HEADER, id);
  return id;
}

export function correlationIdOf(request: IncomingMessage): string {
  return (request as IncomingMessage & { id?: string }).id ?? randomUUID();
}
