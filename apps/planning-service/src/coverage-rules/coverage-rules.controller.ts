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
import { CoverageRulesInForce } from '../views/planning.answers';
import { CoverageRulesBody } from './coverage-rules.dto';

const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('coverage rules (全覆盖口径)')
@Controller('coverage-rules')
@Roles('office')
export class CoverageRulesController {
  constructor(private readonly planning: Planning) {}

  @ReadEndpoint(
    CoverageRulesInForce,
    ':jurisdiction',
    '全覆盖口径 (round kinds counting toward full coverage, with where they come from)',
    { roles: ['office', 'analyst', 'admin'] },
  )
  async get(@JurisdictionParam() code: string) {
    return { jurisdiction: code, ...(await this.planning.coveringKinds(code)) };
  }

  @Step(
    'SetCoverageRules',
    ':jurisdiction',
    '设置全覆盖口径 (which round kinds count toward coverage; fixed for each round at its launch)',
    { method: 'put' },
  )
  set(
    @JurisdictionParam() code: string,
    @Body() body: CoverageRulesBody,
    @Command() context: CommandContext,
  ) {
    const command = {
      type: 'SetCoverageRules',
      jurisdiction: code,
      coveringKinds: [...body.coveringKinds],
      at: context.now.toISOString(),
    } as const;
    return this.planning.execute(this.planning.coverageRules, code, command, context);
  }
}
