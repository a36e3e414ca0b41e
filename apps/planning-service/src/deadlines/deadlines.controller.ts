import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { type Deadlines, PLANNING_RULES } from '@xuncha/planning-domain';
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
import { scopeCode } from '../views/planning-views';
import { Planning } from '../views/planning';
import { PlanningDeadlines } from '../views/planning.answers';

export class DeadlinesBody implements Deadlines {
  @ApiProperty({ description: '进驻前通知天数 (notice before stationing), default 10' })
  @IsInt()
  @Min(0)
  @Max(365)
  stationingNoticeDays!: number;

  @ApiProperty({ description: '现场巡察天数 (field stage), default 40' })
  @IsInt()
  @Min(1)
  @Max(365)
  fieldStageDays!: number;

  @ApiProperty({
    description: '向书记专题会汇报天数 (report to the secretary meeting), default 30',
  })
  @IsInt()
  @Min(1)
  @Max(365)
  reportToSecretaryDays!: number;

  @ApiProperty({ description: '整改方案报送工作日 (rectification plan, working days), default 15' })
  @IsInt()
  @Min(1)
  @Max(365)
  rectificationPlanWorkingDays!: number;

  @ApiProperty({ description: '整改报告报送月数 (rectification report, months), default 2' })
  @IsInt()
  @Min(1)
  @Max(24)
  rectificationReportMonths!: number;

  @ApiProperty({ description: '线索办理结果月数 (clue result, months), default 3' })
  @IsInt()
  @Min(1)
  @Max(24)
  clueResultMonths!: number;
}

@ApiTags('deadlines')
@Controller('deadlines')
@Roles('office')
export class DeadlinesController {
  constructor(private readonly planning: Planning) {}

  @Answers(PlanningDeadlines)
  @Get(':jurisdiction')
  @Roles('office', 'analyst', 'admin')
  @ApiOperation({ summary: '时限要求 (deadlines in force, with where they come from)' })
  async get(@Param('jurisdiction') jurisdiction: string, @CurrentPrincipal() principal: Principal) {
    const code = checked(jurisdiction);
    assertInJurisdiction(principal, code);
    return { jurisdiction: code, ...(await this.planning.effectiveDeadlines(code)) };
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.SetDeadlines })
  @Put(':jurisdiction')
  @ApiOperation({ summary: '设置时限要求 (configure the deadlines of a jurisdiction)' })
  async set(
    @Param('jurisdiction') jurisdiction: string,
    @Body() body: DeadlinesBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const code = checked(jurisdiction);
    assertInJurisdiction(principal, code);
    return this.planning.execute(
      this.planning.deadlines,
      code,
      {
        type: 'SetDeadlines',
        jurisdiction: code,
        at: context.now.toISOString(),
        deadlines: { ...body },
      },
      context,
    );
  }
}

function checked(jurisdiction: string): string {
  if (!isJurisdictionCode(jurisdiction)) {
    throw new InvalidInput([
      { field: 'jurisdiction', messages: ['must be a division code of 6, 9 or 12 digits'] },
    ]);
  }
  return scopeCode(jurisdiction);
}
