import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { DEFAULT_DEADLINES, RECTIFICATION_RULES } from '@xuncha/rectification-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import { isJurisdictionCode } from '@xuncha/platform-kernel';
import {
  Command,
  CurrentPrincipal,
  InvalidInput,
  Roles,
  assertInJurisdiction,
  type Principal,
  Answers,
  CommandOutcome,
} from '@xuncha/platform-nest';
import { DeadlineSettings } from './deadline-settings';
import { RectificationDeadlines } from '../cases/case.answers';

export class DeadlinesBody {
  @ApiProperty({
    description:
      'Working days (Mon–Fri, public holidays not excluded) after feedback for the rectification ' +
      'plan (整改方案报送时限). Default 15 (office practice; some offices: 1 month).',
    example: 15,
  })
  @IsInt()
  @Min(1)
  @Max(120)
  planWorkingDays!: number;

  @ApiProperty({
    description:
      'Months after feedback for the rectification report (整改报告报送时限). Default 2 ' +
      '(巡视工作条例 2015, art. 27; some counties: 3).',
    example: 2,
  })
  @IsInt()
  @Min(1)
  @Max(24)
  reportMonths!: number;
}

function jurisdictionParam(code: string): string {
  if (!isJurisdictionCode(code)) {
    throw new InvalidInput([
      { field: 'jurisdiction', messages: ['must be a 6, 9 or 12 digit division code'] },
    ]);
  }
  return code;
}

@ApiTags('rectification deadlines (整改时限)')
@Controller('rectification-deadlines')
@Roles('office')
export class DeadlinesController {
  constructor(private readonly settings: DeadlineSettings) {}

  @Answers(RectificationDeadlines)
  @Get(':jurisdiction')
  // Configuration, not case data: read like the planning service's deadlines.
  @Roles('office', 'analyst', 'admin')
  @ApiOperation({
    summary: 'Rectification deadlines that apply in a jurisdiction (整改时限)',
    description:
      'The nearest configured jurisdiction (the code itself, then its ancestors) applies; with ' +
      'none, the defaults of docs/domain.md §5: plan 15 working days after feedback (office practice), ' +
      'report 2 months (巡视工作条例 2015, art. 27). Working days are Monday to Friday; no ' +
      'holiday calendar is kept.',
  })
  async get(@Param('jurisdiction') code: string, @CurrentPrincipal() principal: Principal) {
    assertInJurisdiction(principal, jurisdictionParam(code));
    const resolved = await this.settings.resolve(code);
    return {
      jurisdiction: code,
      planWorkingDays: resolved.planWorkingDays,
      reportMonths: resolved.reportMonths,
      source: resolved.configuredAt ?? 'default',
      defaults: DEFAULT_DEADLINES,
    };
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.ConfigureDeadlines })
  @Put(':jurisdiction')
  @ApiOperation({
    summary: 'Configure the rectification deadlines of a jurisdiction and its subtree (整改时限)',
  })
  async put(
    @Param('jurisdiction') code: string,
    @Body() body: DeadlinesBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    assertInJurisdiction(principal, jurisdictionParam(code));
    const outcome = await this.settings.store.execute(
      code,
      { type: 'ConfigureDeadlines', jurisdiction: code, ...body, at: context.now.toISOString() },
      context,
    );
    return { id: code, revision: outcome.revision };
  }
}
