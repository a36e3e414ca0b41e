import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ROUND_KINDS, type RoundKind } from '@xuncha/contracts';

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
