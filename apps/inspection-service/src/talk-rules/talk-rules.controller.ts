import { Body, Controller, Inject, Param } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, Max } from 'class-validator';
import { TALK_GROUPS, TARGET_TIERS, type TalkGroup, type TargetTier } from '@xuncha/contracts';
import { type TalkRules, INSPECTION_RULES } from '@xuncha/inspection-domain';
import { EVENT_STORE, type CommandContext, type EventStore } from '@xuncha/platform-event-store';
import {
  Command,
  InvalidInput,
  IsCount,
  JurisdictionParam,
  ReadEndpoint,
  Roles,
  answerOf,
  commandEndpoints,
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

const Step = commandEndpoints(INSPECTION_RULES);

@ApiTags('talk rules (谈话要求)')
@Controller('talk-rules')
@Roles('office')
export class TalkRulesController {
  private readonly rules: TalkRulesStore;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.rules = talkRulesStore(store);
  }

  @ReadEndpoint(
    TalkRulesInForce,
    ':jurisdiction',
    '谈话要求 (the talk rules in force, tier by tier, with where they come from)',
    { roles: ['office', 'analyst', 'admin'] },
  )
  async get(@JurisdictionParam() code: string) {
    const tiers = await Promise.all(
      TARGET_TIERS.map(async (tier) => ({
        tier,
        ...(await talkRulesInForce(this.rules, code, tier)),
      })),
    );
    return { jurisdiction: code, tiers };
  }

  @Step(
    'SetTalkRules',
    ':jurisdiction/:tier',
    '设置谈话要求 (configure the talk rules of a jurisdiction for one tier)',
    { method: 'put' },
  )
  async set(
    @JurisdictionParam() code: string,
    @Param('tier') tier: string,
    @Body() body: TalkRulesBody,
    @Command() context: CommandContext,
  ) {
    if (!(TARGET_TIERS as readonly string[]).includes(tier)) {
      throw new InvalidInput([
        { field: 'tier', messages: [`must be one of ${TARGET_TIERS.join(', ')}`] },
      ]);
    }
    const rules = { ...body, mustTalkGroups: [...body.mustTalkGroups] };
    const at = context.now.toISOString();
    const command = {
      type: 'SetTalkRules',
      jurisdiction: code,
      tier: tier as TargetTier,
      rules,
      at,
    } as const;
    return answerOf(await this.rules.execute(code, command, context));
  }
}
