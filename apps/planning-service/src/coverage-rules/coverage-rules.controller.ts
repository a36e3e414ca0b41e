import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ROUND_KINDS, type RoundKind } from '@xuncha/contracts';
import { PLANNING_RULES } from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  Answers,
  Command,
  CommandOutcome,
  CurrentPrincipal,
  jurisdictionParam,
  Roles,
  assertInJurisdiction,
  type Principal,
} from '@xuncha/platform-nest';
import { Planning } from '../views/planning';
import { CoverageRulesInForce } from '../views/planning.answers';

export class CoverageRulesBody {
  @ApiProperty({
    description: '计入全覆盖的巡察类型 (round kinds counting toward full coverage); regular always',
    enum: ROUND_KINDS,
    isArray: true,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROUND_KINDS, { each: true })
  coveringKinds!: RoundKind[];
}

@ApiTags('coverage rules (全覆盖口径)')
@Controller('coverage-rules')
@Roles('office')
export class CoverageRulesController {
  constructor(private readonly planning: Planning) {}

  @Answers(CoverageRulesInForce)
  @Get(':jurisdiction')
  @Roles('office', 'analyst', 'admin')
  @ApiOperation({
    summary: '全覆盖口径 (round kinds counting toward full coverage, with where they come from)',
  })
  async get(@Param('jurisdiction') jurisdiction: string, @CurrentPrincipal() principal: Principal) {
    const code = jurisdictionParam(jurisdiction);
    assertInJurisdiction(principal, code);
    return { jurisdiction: code, ...(await this.planning.coveringKinds(code)) };
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.SetCoverageRules })
  @Put(':jurisdiction')
  @ApiOperation({
    summary:
      '设置全覆盖口径 (which round kinds count toward coverage; fixed for each round at its launch)',
  })
  async set(
    @Param('jurisdiction') jurisdiction: string,
    @Body() body: CoverageRulesBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const code = jurisdictionParam(jurisdiction);
    assertInJurisdiction(principal, code);
    return this.planning.execute(
      this.planning.coverageRules,
      code,
      {
        type: 'SetCoverageRules',
        jurisdiction: code,
        coveringKinds: [...body.coveringKinds],
        at: context.now.toISOString(),
      },
      context,
    );
  }
}
