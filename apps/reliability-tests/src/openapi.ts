/**
 * What the bad-input run needs from a service's OpenAPI document: its write
 * operations, their body schemas with `$ref`/`allOf` resolved, the slots
 * (field paths) of a body, and fast-check arbitraries for a complete valid
 * body and for each kind of invalid one.
 */
import fc from 'fast-check';

export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  $ref?: string;
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  format?: string;
  example?: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

interface OperationObject {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface Operation {
  service: string;
  port: number;
  method: string;
  /** The OpenAPI path, e.g. `/api/v1/inspections/{id}/talks`. */
  path: string;
  pathParams: string[];
  /** Resolved body schema, or undefined when the operation takes no body. */
  body?: Schema;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
const METHODS = ['get', ...WRITE_METHODS];

/** Every operation of a document as `METHOD /path`, e.g. `GET /api/v1/clues/{id}`. */
export function operationKeys(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

export function writeOperations(service: string, port: number, doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!WRITE_METHODS.includes(method)) continue;
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({
        service,
        port,
        method: method.toUpperCase(),
        path,
        pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        body: schema ? resolve(schema, doc, 0) : undefined,
      });
    }
  }
  return operations;
}

/** Inlines `$ref` and single-branch `allOf` (how @nestjs/swagger writes a nested DTO). */
function resolve(schema: Schema, doc: OpenApiDocument, depth: number): Schema {
  if (depth > 8) return { type: 'object' };
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return resolve(target, doc, depth + 1);
  }
  if (schema.allOf) {
    const { allOf, ...rest } = schema;
    return resolve(
      Object.assign({}, ...allOf.map((part) => resolve(part, doc, depth + 1)), rest),
      doc,
      depth + 1,
    );
  }
  const resolved: Schema = { ...schema };
  if (schema.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [
        key,
        resolve(value, doc, depth + 1),
      ]),
    );
    resolved.type ??= 'object';
  }
  if (schema.items) resolved.items = resolve(schema.items, doc, depth + 1);
  return resolved;
}

/** A place in a body: a field, an array's first item, a nested object. */
export interface Slot {
  path: Array<string | number>;
  name: string;
  schema: Schema;
  required: boolean;
}

export function slotsOf(schema: Schema): Slot[] {
  const slots: Slot[] = [];
  const walk = (node: Schema, path: Array<string | number>, depth: number) => {
    if (depth > 5) return;
    if (node.type === 'object' || node.properties) {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const childPath = [...path, key];
        slots.push({
          path: childPath,
          name: key,
          schema: child,
          required: (node.required ?? []).includes(key),
        });
        walk(child, childPath, depth + 1);
      }
    } else if (node.type === 'array' && node.items) {
      const itemPath = [...path, 0];
      const name = String(path[path.length - 1] ?? 'item').replace(/s$/, '');
      slots.push({ path: itemPath, name, schema: node.items, required: true });
      walk(node.items, itemPath, depth + 1);
    }
  };
  walk(schema, [], 0);
  return slots;
}

export const isObjectSchema = (schema: Schema) =>
  schema.type === 'object' || schema.properties !== undefined;
export const isDateLike = (slot: Slot) =>
  slot.schema.type === 'string' &&
  !slot.schema.enum &&
  (/^\d{4}-\d{2}-\d{2}/.test(String(slot.schema.example ?? '')) ||
    slot.schema.format === 'date' ||
    slot.schema.format === 'date-time' ||
    // Case matters: `position` and `reason` end in "on", not "On".
    /(At|On|By|Date|^date|^from|^to|[dD]eadline)$/.test(slot.name));
export const isIdLike = (slot: Slot) =>
  slot.schema.type === 'string' && (/Ids?$/.test(slot.name) || slot.schema.format === 'uuid');
export const isNumber = (slot: Slot) =>
  slot.schema.type === 'number' || slot.schema.type === 'integer';
export const isFreeString = (slot: Slot) => slot.schema.type === 'string' && !slot.schema.enum;

/** A complete valid-looking value: every optional field present too, so every slot exists. */
export function validValue(schema: Schema, name = ''): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string': {
      const slot = { path: [], name, schema, required: true };
      if (/jurisdiction/i.test(name)) return fc.constant('611000');
      if (isDateLike(slot)) return fc.constantFrom('2026-03-12', '2026-04-01', '2026-06-30');
      if (isIdLike(slot)) return fc.uuid();
      const maxLength = Math.min(schema.maxLength ?? 24, 24);
      return fc
        .string({ minLength: Math.max(schema.minLength ?? 1, 1), maxLength })
        .map((text) => (text.trim() ? text : `x${text}`).slice(0, maxLength));
    }
    case 'number':
    case 'integer': {
      const min = Math.max(schema.minimum ?? 0, 0);
      return fc.integer({ min, max: Math.min(schema.maximum ?? min + 100, min + 100) });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(schema.items ?? { type: 'string' }, name.replace(/s$/, '')), {
        minLength: 1,
        maxLength: 2,
      });
    default:
      if (isObjectSchema(schema)) {
        const entries = Object.entries(schema.properties ?? {});
        return fc.record(
          Object.fromEntries(entries.map(([key, child]) => [key, validValue(child, key)])),
        );
      }
      return fc.constant('x');
  }
}

/** Values of the wrong JSON type for a schema. */
export function wrongTypeValue(schema: Schema): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return fc.constantFrom(42, true, { value: 'x' }, ['x'], -1.5);
    case 'number':
    case 'integer':
      return fc.constantFrom('12', 'twelve', true, { n: 1 }, [1], '');
    case 'boolean':
      return fc.constantFrom('true', 1, 'yes', { b: true }, []);
    case 'array':
      return fc.constantFrom('a,b', 7, { 0: 'x' }, true);
    default:
      return fc.constantFrom('object?', 3, [{}], false);
  }
}

/** A huge string that still fits express's 100 kB body limit: the validators must refuse it. */
export const HUGE = 100_000;
/** Over the body limit (150 kB of UTF-8): refused before parsing, 413. */
export const OVERSIZED = ['巡察'.repeat(25_000), 'a"\\'.repeat(50_000)];

/** A string no enum holds: near misses (case, spaces) and noise. */
export function wrongEnumValue(values: unknown[]): fc.Arbitrary<unknown> {
  const first = String(values[0]);
  return fc
    .oneof(
      fc.constantFrom(first.toUpperCase(), ` ${first}`, `${first}-x`, '', 'unknown', 7),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    .filter((value) => !values.includes(value));
}

export const BAD_DATES = [
  '2021-02-30',
  'yesterday',
  '2021-13-01',
  '2021-02-28T25:61:00Z',
  '31/12/2021',
  '',
  '0000-00-00',
  20210101,
];
export const NEGATIVES = [-1, -0.5, -1e9, -Number.MAX_SAFE_INTEGER];
/** Beyond any realistic count or sum (issue 16: a headcount of 1e308 was stored). */
export const HUGE_NUMBERS = [1e308, 1e16, 2 ** 53, 100_000_000_000.5];
export const BAD_IDS: unknown[] = [
  'not-an-id',
  '',
  ' ',
  '../../etc/passwd',
  "'; DROP TABLE events; --",
  'a'.repeat(300),
  12345,
  null,
];
export const BAD_PATH_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  '..%2F..%2Fhealth',
  "x'%20or%20'1'='1",
  'z'.repeat(400),
  '%00',
  '%E5%B7%A1%E5%AF%9F',
];
export const NON_OBJECT_BODIES = ['[]', '42', '"text"', 'true', 'null', '[{"name":"x"}]'];
export const MALFORMED_JSON = [
  '{"name":',
  '{name: 1}',
  "{'name': 1}",
  '{"name": 1,}',
  '{"a":1}{"b":2}',
  '[1, 2',
  'undefined',
  '\u0000',
  '{"a": "\\u12"}',
];

/** A copy of `body` with `value` at `path` (parents created), or the field deleted. */
export function setAt(body: unknown, path: Array<string | number>, value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === DELETE) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true });
  return copy;
}
export const DELETE = Symbol('delete');

/** A path parameter that names nothing: a fresh UUID, or what the parameter's name asks for. */
export function namelessParam(name: string): fc.Arbitrary<string> {
  if (name === 'jurisdiction') return fc.constant('611000');
  if (name === 'year') return fc.constant('2027');
  return fc.uuid();
}
