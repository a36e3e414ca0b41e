import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DEFAULT_DEADLINES, RECTIFICATION_RULES } from '@xuncha/rectification-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  Command,
  JurisdictionParam,
  ReadEndpoint,
  Roles,
  answerOf,
  commandEndpoints,
} from '@xuncha/platform-nest';
import { DeadlineSettings } from './deadline-settings';
import { DeadlinesBody } from './deadlines.dto';
import { RectificationDeadlines } from '../cases/case.answers';

const Step = commandEndpoints(RECTIFICATION_RULES);

@ApiTags('rectification deadlines (整改时限)')
@Controller('rectification-deadlines')
@Roles('office')
export class DeadlinesController {
  constructor(private readonly settings: DeadlineSettings) {}

  // Configuration, not case data: read like the planning service's deadlines.
  @ReadEndpoint(
    RectificationDeadlines,
    ':jurisdiction',
    'Rectification deadlines that apply in a jurisdiction (整改时限)',
    {
      roles: ['office', 'analyst', 'admin'],
      description:
        'The nearest configured jurisdiction (the code itself, then its ancestors) applies; with ' +
        'none, the defaults of docs/domain.md §5: plan 15 working days after feedback (office practice), ' +
        'report 2 months (巡视工作条例 2015, art. 27). Working days are Monday to Friday; no ' +
        'holiday calendar is kept.',
    },
  )
  async get(@JurisdictionParam() code: string) {
    const resolved = await this.settings.resolve(code);
    return {
      jurisdiction: code,
      planWorkingDays: resolved.planWorkingDays,
      reportMonths: resolved.reportMonths,
      source: resolved.configuredAt ?? 'default',
      defaults: DEFAULT_DEADLINES,
    };
  }

  @Step(
    'ConfigureDeadlines',
    ':jurisdiction',
    'Configure the rectification deadlines of a jurisdiction and its subtree (整改时限)',
    { method: 'put' },
  )
  async put(
    @JurisdictionParam() code: string,
    @Body() body: DeadlinesBody,
    @Command() context: CommandContext,
  ) {
    const at = context.now.toISOString();
    const command = { type: 'ConfigureDeadlines', jurisdiction: code, ...body, at } as const;
    return answerOf(await this.settings.store.execute(code, command, context));
  }
}
