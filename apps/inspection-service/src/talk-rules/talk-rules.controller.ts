import { Body, Controller, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TARGET_TIERS, type TargetTier } from '@xuncha/contracts';
import { INSPECTION_RULES } from '@xuncha/inspection-domain';
import { EVENT_STORE, type CommandContext, type EventStore } from '@xuncha/platform-event-store';
import {
  Command,
  InvalidInput,
  JurisdictionParam,
  ReadEndpoint,
  Roles,
  answerOf,
  commandEndpoints,
} from '@xuncha/platform-nest';
import { talkRulesInForce, talkRulesStore, type TalkRulesStore } from './talk-rules-store';
import { TalkRulesInForce } from '../inspections/inspection.answers';
import { TalkRulesBody } from './talk-rules.dto';

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
