import {
  applyDecorators,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Put,
  SetMetadata,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApiOperation, ApiParam, ApiQuery } from '@nestjs/swagger';
import { Roles } from '../auth/auth.guard';
import type { Role } from '../auth/principal';
import { Answers, type AnswerOptions } from '../openapi/answers.decorator';
import { CommandOutcome, type Schema } from '../openapi/schemas';
import { DRY_RUN_METADATA } from '../request-context/command-context.decorator';

export interface EndpointOptions extends Omit<AnswerOptions, 'rules' | 'description'> {
  /** The roles that may call it; the controller's `@Roles` when absent. */
  readonly roles?: readonly Role[];
  /** More about the operation than its summary says. */
  readonly description?: string;
}

export interface CommandEndpointOptions extends EndpointOptions {
  readonly method?: 'post' | 'put' | 'patch' | 'delete';
  /** 200 by default: a command on a record answers its revision, it creates no resource. */
  readonly status?: number;
  /** What it answers; CommandOutcome by default. */
  readonly answers?: Schema;
  /** False for a command that does not go through the event store's decider. */
  readonly dryRun?: boolean;
}

const ROUTES = { post: Post, put: Put, patch: Patch, delete: Delete } as const;

/**
 * A command endpoint in one line: route, status, roles, summary, the answers
 * it documents (with the 422 rules the command can raise) and `?dryRun=true`,
 * which decides the command and stores nothing (see CommandContext.dryRun).
 */
export function CommandEndpoint(
  path: string,
  rules: readonly string[],
  summary: string,
  options: CommandEndpointOptions = {},
): MethodDecorator {
  const { method = 'post', status = 200, answers = CommandOutcome, dryRun = true } = options;
  return applyDecorators(
    ROUTES[method](path),
    HttpCode(status),
    ...common(path, summary, options),
    ...(dryRun
      ? [
          SetMetadata(DRY_RUN_METADATA, true),
          ApiQuery({
            name: 'dryRun',
            required: false,
            type: Boolean,
            description: '仅试算：判断能否受理，不记录 (decide only, store nothing)',
          }),
        ]
      : []),
    Answers(answers, { ...answerOptions(options), rules }),
  );
}

/**
 * The command endpoints of one context: `@Step('StationTeam', ':id/stationing', '进驻')`
 * takes the rules of the command from the context's rule catalogue.
 */
export function commandEndpoints<R extends Readonly<Record<string, readonly string[]>>>(
  rules: R,
  defaults: CommandEndpointOptions = {},
) {
  return (
    command: keyof R & string,
    path: string,
    summary: string,
    options: CommandEndpointOptions = {},
  ): MethodDecorator => CommandEndpoint(path, rules[command], summary, { ...defaults, ...options });
}

/** A read endpoint in one line: GET, roles, summary and the answer it documents. */
export function ReadEndpoint(
  answers: Schema,
  path: string,
  summary: string,
  options: EndpointOptions = {},
): MethodDecorator {
  return applyDecorators(
    Get(path),
    ...common(path, summary, options),
    Answers(answers, answerOptions(options)),
  );
}

/**
 * The path's parameters, documented: `@Call()` reads them from the request, so
 * Swagger does not see them the way it sees `@Param`.
 */
function pathParameters(path: string): MethodDecorator {
  return (target, key, descriptor) => {
    // Parameter decorators run first: what `@Param` declares, Swagger documents already.
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, key) ??
      {}) as Record<string, { data?: unknown }>;
    const declared = Object.entries(args)
      .filter(([kind]) => kind.startsWith(`${RouteParamtypes.PARAM}:`))
      .map(([, arg]) => arg.data);
    for (const [, name] of path.matchAll(/:(\w+)/g)) {
      if (!declared.includes(name))
        ApiParam({ name, type: String, required: true })(target, key, descriptor);
    }
  };
}

function common(path: string, summary: string, { roles, description }: EndpointOptions) {
  return [
    pathParameters(path),
    ...(roles ? [Roles(...roles)] : []),
    ApiOperation({ summary, ...(description && { description }) }),
  ];
}

/** What `@Answers` reads of an endpoint's options: the rest are the endpoint's own. */
function answerOptions({
  readOnly,
  idempotent,
  notFound,
  alsoAs,
  as,
}: EndpointOptions): AnswerOptions {
  return { readOnly, idempotent, notFound, alsoAs, as };
}
