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
import { ApiOperation, ApiQuery } from '@nestjs/swagger';
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

const ROUTES = { get: Get, post: Post, put: Put, patch: Patch, delete: Delete } as const;

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
    ...common(summary, options),
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
    ...common(summary, options),
    Answers(answers, answerOptions(options)),
  );
}

function common(summary: string, { roles, description }: EndpointOptions) {
  return [
    ...(roles ? [Roles(...roles)] : []),
    ApiOperation({ summary, ...(description && { description }) }),
  ];
}

function answerOptions({ roles: _roles, description: _description, ...rest }: EndpointOptions) {
  return rest;
}
