import { IsCalendarDate, IsJurisdiction, ListQuery, NotBefore } from '@xuncha/platform-nest';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

const TARGET_IDS = (description: string) =>
  ApiProperty({ description, type: [String], format: 'uuid' });

export class DraftTermPlanBody {
  @ApiProperty({ description: '规划名称 (title), e.g. 四届市委巡察工作规划', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: '党委所在区划 (jurisdiction of the committee)' })
  @IsJurisdiction()
  jurisdiction!: string;

  @ApiProperty({ description: '届期起 (first day of the term)', example: '2021-09-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ description: '届期止 (last day of the term)', example: '2026-08-31' })
  @IsCalendarDate()
  @NotBefore('from')
  to!: string;

  @TARGET_IDS('巡察范围 (targets in scope)')
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  targetIds!: string[];
}

export class AdjustScopeBody {
  @TARGET_IDS('新增 (targets added)')
  @IsArray()
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  addedTargetIds!: string[];

  @TARGET_IDS('移出 (targets dropped)')
  @IsArray()
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  droppedTargetIds!: string[];

  @ApiProperty({ description: '调整原因 (reason)', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class AnnualPlanBody {
  @ApiProperty({ description: '年度计划名称 (title)', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @TARGET_IDS('本年度计划巡察对象 (targets planned for the year)')
  @IsArray()
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  targetIds!: string[];
}

export class TermPlanListQuery extends ListQuery {
  @ApiPropertyOptional({ description: '区划 (jurisdiction): everything under it' })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @ApiPropertyOptional({ enum: ['draft', 'adopted'] })
  @IsOptional()
  @IsIn(['draft', 'adopted'])
  status?: 'draft' | 'adopted';
}

export class WarningsQuery {
  @ApiPropertyOptional({ description: '截至日期 (as of), default today', example: '2026-03-01' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
