import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ServiceDefinition } from '../bootstrap/bootstrap';
import { startService, type ServiceHarness } from './service-harness';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const PROBLEM = 'application/problem+json';

type Operation = {
  responses?: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
};

/** Every `/api/v1` operation of a document as `METHOD /path` with its operation object. */
export function apiOperations(document: OpenAPIObject): Array<[string, Operation]> {
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, item]) =>
      METHODS.filter((method) => (item as Record<string, unknown>)[method]).map(
        (method): [string, Operation] => [
          `${method.toUpperCase()} ${path}`,
          (item as Record<string, Operation>)[method],
        ],
      ),
    );
}

/** Commands that no rule refuses: a projection rebuild is refused only while one runs (409). */
const WITHOUT_RULES = ['POST /api/v1/admin/projections/{name}/rebuild'];

/**
 * What an operation fails to document: a 2xx answer with a schema, the
 * problem+json refusals every operation has (400, 401, 403), 404 when its
 * path names a record and, for a command, 409 and 422 with the rules it can
 * be refused by.
 */
export function undocumentedAnswers(key: string, operation: Operation): string[] {
  const responses = operation.responses ?? {};
  const missing: string[] = [];
  const ok = Object.entries(responses).find(([status]) => /^2\d\d$/.test(status));
  const okSchemas = Object.values(ok?.[1].content ?? {}).map((media) => media.schema);
  if (!ok || okSchemas.length === 0 || okSchemas.some((schema) => !schema))
    missing.push('a 2xx answer with a schema');
  const command = !key.startsWith('GET ') && responses['409'] !== undefined;
  const expected = [
    '400',
    '401',
    '403',
    // A path that names a record answers 404 when there is none within reach.
    ...(key.includes('{') ? ['404'] : []),
    ...(key.startsWith('GET ') ? [] : ['409', '422']),
  ];
  for (const status of expected) {
    if (status === '409' && !command && !key.startsWith('GET ')) {
      // A POST that only reads (team suggestions) has no conflict and no rule.
      continue;
    }
    if (status === '422' && (!command || WITHOUT_RULES.includes(key))) continue;
    if (!responses[status]?.content?.[PROBLEM]?.schema) missing.push(`${status} ${PROBLEM}`);
  }
  if (command && !WITHOUT_RULES.includes(key)) {
    const rule = ruleEnum(responses['422']?.content?.[PROBLEM]?.schema);
    if (!rule || rule.length === 0) missing.push('422 naming its rules (an enum of `rule`)');
  }
  return missing.map((what) => `${key}: no ${what}`);
}

function ruleEnum(schema: Record<string, unknown> | undefined): unknown[] | undefined {
  const parts = (schema?.allOf ?? []) as Array<{ properties?: { rule?: { enum?: unknown[] } } }>;
  return parts.find((part) => part.properties?.rule)?.properties?.rule?.enum;
}

/** Throws with every problem of the document against the OpenAPI 3.0 schema. */
export async function validateOpenApi(document: OpenAPIObject): Promise<void> {
  await SwaggerParser.validate(structuredClone(document) as never);
}

/**
 * Checks real answers against the schemas their operation documents:
 * `check('GET', '/api/v1/rounds/{id}', 200, body)` lists what does not match.
 */
export function answerChecker(document: OpenAPIObject) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // Ajv reads OpenAPI 3.0's `nullable` itself.
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  return (method: string, path: string, status: number, body: unknown): string[] => {
    const operation = (document.paths[path] as Record<string, Operation> | undefined)?.[
      method.toLowerCase()
    ];
    const media = operation?.responses?.[String(status)]?.content;
    const schema = media?.['application/json']?.schema ?? media?.[PROBLEM]?.schema;
    if (!schema) return [`${method} ${path} documents no ${status} JSON answer`];
    const id = `${method} ${path} ${status}`;
    let validate = compiled.get(id);
    if (!validate) {
      validate = ajv.compile({ ...schema, components: document.components });
      compiled.set(id, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) => `${id}: ${error.instancePath || '(body)'} ${error.message}`,
    );
  };
}

/** A service's live OpenAPI document, as `/api/docs-json` serves it. */
export async function documentOf(definition: ServiceDefinition): Promise<OpenAPIObject> {
  const harness = await startService(definition);
  try {
    const answer = await harness.http().get('/api/docs-json').expect(200);
    return answer.body as OpenAPIObject;
  } finally {
    await harness.close();
  }
}

/** Fails naming every operation that does not document its answers, or an invalid document. */
export async function expectAnswersDocumented(document: OpenAPIObject): Promise<void> {
  const operations = apiOperations(document);
  expect(operations.length).toBeGreaterThan(0);
  expect(operations.flatMap(([key, operation]) => undocumentedAnswers(key, operation))).toEqual([]);
  await validateOpenApi(document);
}

/**
 * For a service test: checks a real answer against the schema its operation
 * documents for its status, e.g. `await matchesDocument(await http.get(…))`.
 */
export function documentedAnswers(harness: ServiceHarness) {
  let checks: Promise<{ check: ReturnType<typeof answerChecker>; paths: Array<[RegExp, string]> }>;
  const load = async () => {
    const document = (await harness.http().get('/api/docs-json').expect(200)).body as OpenAPIObject;
    const paths = Object.keys(document.paths).map((path): [RegExp, string] => [
      new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      path,
    ]);
    return { check: answerChecker(document), paths };
  };
  return async (answer: {
    status: number;
    body: unknown;
    request: { method: string; url: string };
  }) => {
    checks ??= load();
    const { check, paths } = await checks;
    const path = new URL(answer.request.url, 'http://localhost').pathname;
    const template = paths.find(([pattern]) => pattern.test(path))?.[1];
    if (!template) throw new Error(`no operation of the document serves ${path}`);
    expect(check(answer.request.method, template, answer.status, answer.body)).toEqual([]);
  };
}
