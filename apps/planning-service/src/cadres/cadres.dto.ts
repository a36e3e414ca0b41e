import { IsJurisdiction, ListQuery } from '@xuncha/platform-nest';
import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
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
import { CADRE_POOLS, type CadrePool } from '@xuncha/planning-domain';

export class RegisterCadreBody {
  @ApiProperty({ description: '姓名 (name)', maxLength: 50 })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name!: string;

  @ApiProperty({ description: '所在区划 (the cadre’s own jurisdiction, for cross inspection)' })
  @IsJurisdiction()
  jurisdiction!: string;

  @ApiPropertyOptional({
    description: '所在单位 (home unit, a target id): never inspected by them',
  })
  @IsOptional()
  @IsUUID()
  homeUnitId?: string;

  @ApiProperty({ description: '组长库 / 人才库 (pools)', enum: CADRE_POOLS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(CADRE_POOLS, { each: true })
  pools!: CadrePool[];

  @ApiProperty({ description: '专长 (expertise), e.g. 财务, 审计, 纪检', type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  expertise!: string[];
}

export class UpdateCadreBody extends PartialType(
  PickType(RegisterCadreBody, ['homeUnitId', 'pools', 'expertise']),
) {}

export class DeclareConflictBody {
  @ApiProperty({ description: '回避对象 (the target the cadre must not inspect)' })
  @IsUUID()
  targetId!: string;

  @ApiProperty({ description: '回避原因 (reason)', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class CadreListQuery extends ListQuery {
  @ApiPropertyOptional({ description: '区划 (jurisdiction): everything under it' })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @ApiPropertyOptional({ enum: CADRE_POOLS })
  @IsOptional()
  @IsIn(CADRE_POOLS)
  pool?: CadrePool;

  @ApiPropertyOptional({ description: '专长 (expertise)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  expertise?: string;
}
