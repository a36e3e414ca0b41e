import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PLANNING_RULES } from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  Command,
  JurisdictionParam,
  ReadEndpoint,
  Roles,
  commandEndpoints,
} from '@xuncha/platform-nest';
import { Planning } from '../views/planning';
import { DeadlinesBody } from './deadlines.dto';
import { PlanningDeadlines } from '../views/planning.answers';

const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('deadlines')
@Controller('deadlines')
@Roles('office')
export class DeadlinesController {
  constructor(private readonly planning: Planning) {}

  @ReadEndpoint(
    PlanningDeadlines,
    ':jurisdiction',
    '时限要求 (deadlines in force, with where they come from)',
    {
      roles: ['office', 'analyst', 'admin'],
    },
  )
  async get(@JurisdictionParam() code: string) {
    return { jurisdiction: code, ...(await this.planning.effectiveDeadlines(code)) };
  }

  @Step(
    'SetDeadlines',
    ':jurisdiction',
    '设置时限要求 (configure the deadlines of a jurisdiction)',
    {
      method: 'put',
    },
  )
  set(
    @JurisdictionParam() code: string,
    @Body() body: DeadlinesBody,
    @Command() context: CommandContext,
  ) {
    const at = context.now.toISOString();
    const command = {
      type: 'SetDeadlines',
      jurisdiction: code,
      at,
      deadlines: { ...body },
    } as const;
    return this.planning.execute(this.planning.deadlines, code, command, context);
  }
}
