import { IsCalendarDate, IsCount, IsJurisdiction, ListQuery } from '@xuncha/platform-nest';
import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  TARGET_CATEGORIES,
  TARGET_TIERS,
  type TargetCategory,
  type TargetTier,
} from '@xuncha/contracts';

export class RegisterTargetBody {
  @ApiProperty({ description: '单位名称 (name of the party organization)', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: '巡察对象类别 (category)', enum: TARGET_CATEGORIES })
  @IsIn(TARGET_CATEGORIES)
  category!: TargetCategory;

  @ApiProperty({ description: '统计层级 (tier)', enum: TARGET_TIERS })
  @IsIn(TARGET_TIERS)
  tier!: TargetTier;

  @ApiProperty({ description: '所属区划 (jurisdiction), GB/T 2260 code of 6, 9 or 12 digits' })
  @IsJurisdiction()
  jurisdiction!: string;

  @ApiProperty({ description: '干部职工人数 (headcount)', minimum: 0 })
  @IsCount(1_000_000)
  headcount!: number;

  @ApiPropertyOptional({ description: '党员人数 (party members)', minimum: 0 })
  @IsOptional()
  @IsCount(1_000_000)
  partyMemberCount?: number;

  @ApiPropertyOptional({ description: '上级巡察对象 (parent, e.g. the township of a village)' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: '主要负责人 (一把手), kept in planning only', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  leader?: string;
}

export class UpdateTargetProfileBody extends PartialType(
  PickType(RegisterTargetBody, ['name', 'category', 'headcount', 'partyMemberCount', 'leader']),
) {}

export class RetireTargetBody {
  @ApiProperty({ description: '撤销原因 (reason, e.g. the reform document)', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;

  @ApiProperty({ description: '生效日期 (effective day)', example: '2019-01-31' })
  @IsCalendarDate()
  effectiveOn!: string;
}

export class MergeTargetsBody extends RetireTargetBody {
  @ApiProperty({ description: '被合并单位 (targets absorbed and retired)', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  mergedTargetIds!: string[];
}

export class SuccessorBody extends PickType(RegisterTargetBody, [
  'name',
  'category',
  'tier',
  'jurisdiction',
  'headcount',
  'partyMemberCount',
  'leader',
]) {}

export class SplitTargetBody extends RetireTargetBody {
  @ApiProperty({
    description: '拆分后单位 (successors, registered as new targets)',
    type: [SuccessorBody],
  })
  @IsArray()
  @ArrayMinSize(2)
  @ValidateNested({ each: true })
  @Type(() => SuccessorBody)
  successors!: SuccessorBody[];
}

export class TargetListQuery extends ListQuery {
  @ApiPropertyOptional({ description: '区划 (jurisdiction): everything under it' })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @ApiPropertyOptional({ enum: TARGET_TIERS })
  @IsOptional()
  @IsIn(TARGET_TIERS)
  tier?: TargetTier;

  @ApiPropertyOptional({ enum: TARGET_CATEGORIES })
  @IsOptional()
  @IsIn(TARGET_CATEGORIES)
  category?: TargetCategory;

  @ApiPropertyOptional({ enum: ['active', 'retired'] })
  @IsOptional()
  @IsIn(['active', 'retired'])
  status?: 'active' | 'retired';
}
