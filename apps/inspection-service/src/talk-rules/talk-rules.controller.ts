import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, Max } from 'class-validator';
import { TALK_GROUPS, TARGET_TIERS, type TalkGroup, type TargetTier } from '@xuncha/contracts';
import { type TalkRules, INSPECTION_RULES } from '@xuncha/inspection-domain';
import { EVENT_STORE, type CommandContext, type EventStore } from '@xuncha/platform-event-store';
import { canonicalJurisdiction, isJurisdictionCode } from '@xuncha/platform-kernel';
import {
  Command,
  CurrentPrincipal,
  InvalidInput,
  IsCount,
  Roles,
  assertInJurisdiction,
  type Principal,
  Answers,
  CommandOutcome,
} from '@xuncha/platform-nest';
import { talkRulesInForce, talkRulesStore, type TalkRulesStore } from './talk-rules-store';
import { TalkRulesInForce } from '../inspections/inspection.answers';

export class TalkRulesBody implements TalkRules {
  @ApiProperty({
    description: '必谈对象 (groups every one of which is talked to)',
    enum: TALK_GROUPS,
    isArray: true,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TALK_GROUPS, { each: true })
  mustTalkGroups!: TalkGroup[];

  @ApiProperty({
    description: '全覆盖人数上限 (up to and including this headcount everyone), default 30',
    minimum: 0,
  })
  @IsCount(100_000)
  everyoneUpTo!: number;

  @ApiProperty({
    description: '谈话比例下限 (above it, at least this percent), default 70',
    minimum: 1,
    maximum: 100,
  })
  @IsCount(100, 1)
  @Max(100)
  minimumPercent!: number;

  @ApiProperty({ description: '全体党员 (every party member where their number is known)' })
  @IsBoolean()
  allPartyMembers!: boolean;
}

@ApiTags('talk rules (谈话要求)')
@Controller('talk-rules')
@Roles('office')
export class TalkRulesController {
  private readonly rules: TalkRulesStore;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.rules = talkRulesStore(store);
  }

  @Answers(TalkRulesInForce)
  @Get(':jurisdiction')
  @Roles('office', 'analyst', 'admin')
  @ApiOperation({
    summary: '谈话要求 (the talk rules in force, tier by tier, with where they come from)',
  })
  async get(@Param('jurisdiction') jurisdiction: string, @CurrentPrincipal() principal: Principal) {
    const code = checked(jurisdiction);
    assertInJurisdiction(principal, code);
    const tiers = await Promise.all(
      TARGET_TIERS.map(async (tier) => ({
        tier,
        ...(await talkRulesInForce(this.rules, code, tier)),
      })),
    );
    return { jurisdiction: code, tiers };
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.SetTalkRules })
  @Put(':jurisdiction/:tier')
  @ApiOperation({
    summary: '设置谈话要求 (configure the talk rules of a jurisdiction for one tier)',
  })
  async set(
    @Param('jurisdiction') jurisdiction: string,
    @Param('tier') tier: string,
    @Body() body: TalkRulesBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const code = checked(jurisdiction);
    if (!(TARGET_TIERS as readonly string[]).includes(tier)) {
      throw new InvalidInput([
        { field: 'tier', messages: [`must be one of ${TARGET_TIERS.join(', ')}`] },
      ]);
    }
    assertInJurisdiction(principal, code);
    const outcome = await this.rules.execute(
      code,
      {
        type: 'SetTalkRules',
        jurisdiction: code,
        tier: tier as TargetTier,
        rules: { ...body, mustTalkGroups: [...body.mustTalkGroups] },
        at: context.now.toISOString(),
      },
      context,
    );
    return { id: outcome.id, revision: outcome.revision };
  }
}

function checked(jurisdiction: string): string {
  if (!isJurisdictionCode(jurisdiction)) {
    throw new InvalidInput([
      { field: 'jurisdiction', messages: ['must be a division code of 6, 9 or 12 digits'] },
    ]);
  }
  return canonicalJurisdiction(jurisdiction);
}
