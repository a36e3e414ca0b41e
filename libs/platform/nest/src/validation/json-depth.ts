import type { IncomingMessage } from 'node:http';

/** Deeper than any body of the API (they nest 4 levels at most): refused before parsing. */
export const MAX_JSON_DEPTH = 32;

/** A 400 the problem filter passes on as it is (an http-errors 4xx, like body-parser's own). */
class TooDeep extends Error {
  readonly status = 400;
  readonly expose = true;
}

/**
 * body-parser's `verify` hook: the raw body's nesting (objects and arrays,
 * strings skipped) is counted before JSON.parse and the validators recurse
 * into it, so a body nested thousands deep answers 400 instead of 500.
 */
export function refuseDeepJson(_request: IncomingMessage, _response: unknown, body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c)
        i += 1; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x7b || byte === 0x5b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) {
        throw new TooDeep(`the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`);
      }
    } else if (byte === 0x7d || byte === 0x5d) {
      depth -= 1;
    }
  }
}
