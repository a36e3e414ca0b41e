import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { throwError, type Observable } from 'rxjs';
import { AggregateNotFound, ConcurrencyConflict, RuleViolation } from '@xuncha/platform-kernel';
import { InvalidCursor } from '@xuncha/platform-read-models';

export const PROBLEM_BASE = 'https://xuncha.dev/problems';

/** RFC 9457 problem details. `errors` lists field problems of invalid input. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: Array<{ field: string; messages: string[] }>;
  [extension: string]: unknown;
}

/** Thrown by the validation pipe and by request parsing: 400 with the fields named. */
export class InvalidInput extends HttpException {
  constructor(
    readonly errors: Array<{ field: string; messages: string[] }>,
    detail?: string,
  ) {
    super(
      detail ?? `invalid ${errors.map((error) => error.field).join(', ')}`,
      HttpStatus.BAD_REQUEST,
    );
  }
}

/**
 * Every HTTP error leaves as application/problem+json, whatever threw it.
 * Errors of bus handlers pass through untouched: the bus transport decides
 * between retrying and dead-lettering by their class.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = { ...this.toProblem(exception), instance: request.originalUrl };
    if (problem.status >= 500) this.logger.error(exception);
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof RuleViolation) {
      return {
        type: `${PROBLEM_BASE}/rules/${exception.rule}`,
        title: `Refused by rule ${exception.rule}`,
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        detail: exception.message,
        rule: exception.rule,
        ...exception.context,
      };
    }
    if (exception instanceof AggregateNotFound) {
      return problem(HttpStatus.NOT_FOUND, 'not-found', 'Not found', exception.message);
    }
    if (exception instanceof ConcurrencyConflict) {
      return problem(
        HttpStatus.CONFLICT,
        'concurrency-conflict',
        'Stale revision',
        `${exception.message}: reload and retry`,
      );
    }
    if (exception instanceof InvalidCursor) {
      return {
        ...problem(HttpStatus.BAD_REQUEST, 'invalid-input', 'Invalid input', exception.message),
        errors: [{ field: 'cursor', messages: [exception.message] }],
      };
    }
    if (exception instanceof InvalidInput) {
      return {
        ...problem(HttpStatus.BAD_REQUEST, 'invalid-input', 'Invalid input', exception.message),
        errors: exception.errors,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'string'
          ? body
          : String((body as { message?: unknown }).message ?? exception.message);
      const slug = (HttpStatus[status] ?? 'error').toLowerCase().replace(/_/g, '-');
      return problem(status, slug, titleOf(status), detail);
    }
    if (isClientHttpError(exception)) {
      // body-parser's own errors (a body over the size limit: 413, a bad charset: 415).
      const status = exception.status;
      const slug = (HttpStatus[status] ?? 'error').toLowerCase().replace(/_/g, '-');
      return problem(status, slug, titleOf(status), exception.message);
    }
    return problem(
      HttpStatus.INTERNAL_SERVER_ERROR,
      'internal-error',
      'Internal error',
      'the server failed to handle this request; it has been logged',
    );
  }
}

/** An http-errors 4xx (what Express's body parsers throw): its message is meant for the client. */
function isClientHttpError(error: unknown): error is { status: number; message: string } {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

function problem(status: number, slug: string, title: string, detail: string): ProblemDetails {
  return { type: `${PROBLEM_BASE}/${slug}`, title, status, detail };
}

function titleOf(status: number): string {
  const name = HttpStatus[status] ?? 'Error';
  return name.charAt(0) + name.slice(1).toLowerCase().replace(/_/g, ' ');
}
