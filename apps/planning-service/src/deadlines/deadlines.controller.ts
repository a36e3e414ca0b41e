import { Body, Controller } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { type Deadlines, PLANNING_RULES } from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  Command,
  JurisdictionParam,
  ReadEndpoint,
  Roles,
  commandEndpoints,
} from '@xuncha/platform-nest';
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
