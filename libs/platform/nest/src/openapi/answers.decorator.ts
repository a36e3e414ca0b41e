import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { InvalidInputSchema, ProblemSchema, ruleProblem, type Schema } from './schemas';

const PROBLEM = 'application/problem+json';

/** Raised by the event store for any command: a repeated Idempotency-Key with another body. */
export const COMMAND_RULES = ['idempotency-key-reused'] as const;

export interface AnswerOptions {
  /** The rules of the domain this operation can be refused by (422). */
  readonly rules?: readonly string[];
  /** A POST that only reads (nothing stored, no rule): no 409, no 422. */
  readonly readOnly?: boolean;
  /** False for a command outside the event store (no Idempotency-Key rule). */
  readonly idempotent?: boolean;
  /** 404: by default when the path names a record (has a parameter). */
  readonly notFound?: boolean;
  /** Other representations of the same answer, e.g. `text/csv` of a ledger. */
  readonly alsoAs?: Readonly<Record<string, SchemaObject>>;
  /** The answer's media type when it is not JSON, e.g. `text/html`. */
  readonly as?: string;
  readonly description?: string;
}

/**
 * Documents what an operation answers: its 2xx body and its problem+json
 * refusals (400 with the fields, 401, 403, 404 when it names a record, 409
 * and 422 with its rules when it changes something). Goes above the route
 * decorator (`@Get`, `@Post`…) and `@HttpCode`, whose metadata it reads.
 */
export function Answers(body: Schema, options: AnswerOptions = {}): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const where = `${target.constructor.name}.${String(key)}`;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined)
      throw new Error(`@Answers goes above the route decorator of ${where}`);
    const path = [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat().join();
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
      (method === RequestMethod.POST ? 201 : 200);
    const command = method !== RequestMethod.GET && !options.readOnly;
    if (!command && options.rules?.length)
      throw new Error(`${where} reads only: rules are for commands`);

    const responses: Array<[number, string, Record<string, { schema: Schema }>]> = [
      [
        status,
        options.description ?? (command ? '已受理 (done)' : '查询结果 (the answer)'),
        {
          [options.as ?? 'application/json']: { schema: body },
          ...Object.fromEntries(
            Object.entries(options.alsoAs ?? {}).map(([type, schema]) => [type, { schema }]),
          ),
        },
      ],
      [400, '输入有误 (invalid input: each field and its problems)', problem(InvalidInputSchema)],
      [401, '未登录 (no valid bearer token)', problem(ProblemSchema)],
      [403, '无权访问 (the role or the jurisdiction does not reach this)', problem(ProblemSchema)],
    ];
    if (options.notFound ?? path.includes(':'))
      responses.push([404, '不存在 (no such record within reach)', problem(ProblemSchema)]);
    if (command) {
      responses.push([
        409,
        '版本冲突 (changed meanwhile: reload and retry)',
        problem(ProblemSchema),
      ]);
      const rules = [
        ...(options.rules ?? []),
        ...(options.idempotent === false ? [] : COMMAND_RULES),
      ];
      if (rules.length > 0)
        responses.push([
          422,
          '规则不允许 (refused by a rule, named in `rule`)',
          problem(ruleProblem(rules)),
        ]);
    }
    for (const [code, description, content] of responses)
      ApiResponse({ status: code, description, content })(target, key, descriptor);
  };
}

function problem(schema: Schema): Record<string, { schema: Schema }> {
  return { [PROBLEM]: { schema } };
}
