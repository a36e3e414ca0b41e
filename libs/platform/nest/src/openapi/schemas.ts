import type {
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * What a service answers, as OpenAPI 3.0 schema objects. The views are plain
 * objects built from read models (no classes to hang @ApiProperty on), so their
 * schemas are written once here and in each service's `*.answers.ts`, named as
 * components and referenced by `@Answers`.
 */
export type Schema = SchemaObject | ReferenceObject;

const registry = new Map<string, SchemaObject>();

/** A schema component `#/components/schemas/<name>`, added to every document that uses it. */
export function named(name: string, schema: SchemaObject): ReferenceObject {
  const known = registry.get(name);
  if (known && JSON.stringify(known) !== JSON.stringify(schema))
    throw new Error(`two different schemas are named ${name}`);
  registry.set(name, schema);
  return { $ref: `#/components/schemas/${name}` };
}

function nameOf(ref: ReferenceObject): string {
  return ref.$ref.replace('#/components/schemas/', '');
}

/** The named schemas a document refers to, directly or through other named schemas. */
export function namedSchemasUsedBy(document: unknown): Record<string, SchemaObject> {
  const found: Record<string, SchemaObject> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.replace('#/components/schemas/', '');
        const schema = registry.get(name);
        if (schema && !found[name]) {
          found[name] = schema;
          walk(schema);
        }
      } else walk(value);
    }
  };
  walk(document);
  return found;
}

type Props = Record<string, Schema>;
const described = (schema: SchemaObject, description?: string): SchemaObject =>
  description ? { ...schema, description } : schema;

/** Small builders, so that a view's schema reads like its TypeScript type. */
export const s = {
  string: (description?: string) => described({ type: 'string' }, description),
  uuid: (description?: string) => described({ type: 'string', format: 'uuid' }, description),
  date: (description?: string) =>
    described({ type: 'string', format: 'date', example: '2026-03-09' }, description),
  dateTime: (description?: string) =>
    described({ type: 'string', format: 'date-time' }, description),
  int: (description?: string) => described({ type: 'integer' }, description),
  count: (description?: string) => described({ type: 'integer', minimum: 0 }, description),
  number: (description?: string) => described({ type: 'number' }, description),
  bool: (description?: string) => described({ type: 'boolean' }, description),
  enum: (values: readonly string[], description?: string) =>
    described({ type: 'string', enum: [...values] }, description),
  array: (items: Schema, description?: string) => described({ type: 'array', items }, description),
  /** An object: `required` fields always present, `optional` ones only when they apply. */
  object: (required: Props, optional: Props = {}, description?: string): SchemaObject =>
    described(
      {
        type: 'object',
        properties: { ...required, ...optional },
        ...(Object.keys(required).length > 0 && { required: Object.keys(required) }),
      },
      description,
    ),
  /** A map whose keys are data (codes, ids), all values of one schema. */
  record: (values: Schema, description?: string) =>
    described({ type: 'object', additionalProperties: values }, description),
  nullable: (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true }),
  /** One of several shapes (at least one matches). */
  anyOf: (...schemas: Schema[]): SchemaObject => ({ anyOf: schemas }),
};

/** One page of a list: `items` and, when more follow, `next` (the cursor of the next page). */
export function page(item: ReferenceObject, extra: Props = {}): ReferenceObject {
  return named(
    `${nameOf(item)}Page`,
    s.object(
      { items: s.array(item), ...extra },
      { next: s.string('下一页游标 (cursor of the next page; absent on the last)') },
    ),
  );
}

/** The answer of a command: the aggregate and its revision after the command. */
export const CommandOutcome = named(
  'CommandOutcome',
  s.object(
    {
      id: s.string('对象标识 (the aggregate the command changed)'),
      revision: s.int('版本 (the stream revision after the command)'),
    },
    {
      dryRun: s.bool(
        '仅试算 (`?dryRun=true`: decided, nothing stored; revision is the current one)',
      ),
      wouldRecord: s.array(s.string(), '将记录的事件 (on a dry run: the events it would record)'),
    },
  ),
);

/** A command outcome with the id of what it made, e.g. `{ id, revision, findingId }`. */
export function outcomeWith(name: string, fields: Props): ReferenceObject {
  return named(name, { allOf: [CommandOutcome, s.object(fields)] });
}

/** The answer of an erasure of personal data (crypto-shredding). */
export const ErasureOutcome = outcomeWith('ErasureOutcome', {
  personalDataErased: s.bool('个人信息已删除'),
});

export const FieldError = named(
  'FieldError',
  s.object({
    field: s.string('字段路径 (path of the field, e.g. `window.to` or `items.0.text`)'),
    messages: s.array(s.string(), '问题 (what is wrong with it)'),
  }),
);

/** RFC 9457 problem details, as the ProblemDetailsFilter writes them. */
export const ProblemSchema = named(
  'ProblemDetails',
  s.object(
    {
      type: s.string('问题类型 (URI of the problem type)'),
      title: s.string(),
      status: s.int(),
      detail: s.string(),
    },
    { instance: s.string('请求路径 (the request that failed)') },
  ),
);

/**
 * 400: `errors` names each invalid field of the body or query. A body that is
 * no JSON, or a path id that is no UUID, is refused without it.
 */
export const InvalidInputSchema = named('InvalidInputProblem', {
  allOf: [
    ProblemSchema,
    s.object({}, { errors: s.array(FieldError, '字段错误 (each invalid field and its problems)') }),
  ],
});

/** 422: refused by a domain rule; `rule` names it, the rule's facts come along. */
export function ruleProblem(rules: readonly string[]): SchemaObject {
  return {
    allOf: [
      ProblemSchema,
      s.object({ rule: s.enum([...new Set(rules)].sort(), '规则 (the rule that refused)') }),
    ],
  };
}
