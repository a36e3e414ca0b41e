import { createParamDecorator, ParseUUIDPipe, type ExecutionContext } from '@nestjs/common';
import type { CommandContext } from '@xuncha/platform-event-store';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import type { Principal } from '../auth/principal';
import { commandContextOf } from '../request-context/command-context.decorator';

/** Everything a command endpoint knows besides its body: which record, who, and the context. */
export interface CommandCall {
  /** The record the path names (`:id`, validated as a UUID); empty for a path that names none. */
  readonly id: string;
  readonly principal: Principal;
  readonly context: CommandContext;
}

const uuid = new ParseUUIDPipe();

/**
 * The CommandCall of a request. `@Call()` reads the `:id` path parameter,
 * `@Call('caseId')` another one; a malformed id is the 400 ParseUUIDPipe gives.
 */
export const Call = createParamDecorator(
  async (parameter: string | undefined, context: ExecutionContext): Promise<CommandCall> => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const name = parameter ?? 'id';
    const raw = request.params?.[name] as string | undefined;
    const id = raw === undefined ? '' : await uuid.transform(raw, { type: 'param', data: name });
    return {
      id,
      principal: request.principal,
      context: commandContextOf(request, context.getHandler()),
    };
  },
);
