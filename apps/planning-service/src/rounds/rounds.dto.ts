import { IsCalendarDate, IsJurisdiction, ListQuery, NotBefore } from '@xuncha/platform-nest';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ROUND_KINDS, ROUND_MODES, type RoundKind, type RoundMode } from '@xuncha/contracts';

export class WindowBody {
  @ApiProperty({ description: '计划开始 (first day)', example: '2026-03-09' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ description: '计划结束 (last day)', example: '2026-06-30' })
  @IsCalendarDate()
  @NotBefore('from')
  to!: string;
}

export class PlanRoundBody {
  @ApiProperty({ description: '届内巡察规划 (term plan)' })
  @IsUUID()
  termPlanId!: string;

  @ApiProperty({ description: '第N轮 (ordinal within the term)', minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  ordinal!: number;

  @ApiProperty({ description: '巡察类型 (常规/专项/机动/回头看)', enum: ROUND_KINDS })
  @IsIn(ROUND_KINDS)
  kind!: RoundKind;

  @ApiProperty({
    description: '巡察方式 (提级/交叉/上下联动/巡镇带村)',
    enum: ROUND_MODES,
    isArray: true,
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(ROUND_MODES, { each: true })
  modes!: RoundMode[];

  @ApiPropertyOptional({ description: '专项主题 (theme of a special round)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  theme?: string;

  @ApiProperty({ description: '计划起止日期 (planned window)', type: WindowBody })
  @ValidateNested()
  @Type(() => WindowBody)
  window!: WindowBody;

  @ApiPropertyOptional({
    description:
      '监督重点清单版本 (focus catalog version); absent: the one in force for the jurisdiction when the round starts',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  catalogVersion?: string;
}

export class ChooseCatalogBody {
  @ApiProperty({ description: '监督重点清单版本 (focus catalog version), e.g. three-focuses-2022' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  catalogVersion!: string;
}

const cadreIds = (description: string) => ApiProperty({ description, type: [String] });

export class OverlapOverrideBody {
  @ApiProperty({
    description: '书面理由 (written reason for overriding the overlap rule)',
    maxLength: 1000,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class FormTeamBody {
  @ApiProperty({ description: '组长 (leader), from the leader pool' })
  @IsUUID()
  leaderId!: string;

  @cadreIds('副组长 (deputies)')
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  deputyIds!: string[];

  @ApiProperty({ description: '联络员 (liaison)' })
  @IsUUID()
  liaisonId!: string;

  @cadreIds('组员 (members)')
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  memberIds!: string[];

  @ApiProperty({ description: '巡察对象 (targets this team inspects)', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  targetIds!: string[];

  @ApiPropertyOptional({
    description: '窗口重叠时的书面理由 (override of round-window-overlap)',
    type: OverlapOverrideBody,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OverlapOverrideBody)
  overlapOverride?: OverlapOverrideBody;
}

export class SuggestTeamBody {
  @ApiProperty({ description: '巡察对象 (targets the team would inspect)', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  targetIds!: string[];

  @ApiProperty({ description: '所需专长 (expertise wanted), best first', type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  expertise!: string[];

  @ApiPropertyOptional({
    description: '组员人数 (members wanted), default 4',
    minimum: 0,
    maximum: 50,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  members?: number;
}

export class RoundListQuery extends ListQuery {
  @ApiPropertyOptional({ description: '区划 (jurisdiction): everything under it' })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  termPlanId?: string;

  @ApiPropertyOptional({ enum: ['draft', 'approved', 'launched', 'closed'] })
  @IsOptional()
  @IsIn(['draft', 'approved', 'launched', 'closed'])
  status?: string;
}
