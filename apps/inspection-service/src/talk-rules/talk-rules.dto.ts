import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, Max } from 'class-validator';
import { TALK_GROUPS, type TalkGroup } from '@xuncha/contracts';
import type { TalkRules } from '@xuncha/inspection-domain';
import { IsCount } from '@xuncha/platform-nest';

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
