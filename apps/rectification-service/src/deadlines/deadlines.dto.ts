import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class DeadlinesBody {
  @ApiProperty({
    description:
      'Working days (Mon–Fri, public holidays not excluded) after feedback for the rectification ' +
      'plan (整改方案报送时限). Default 15 (office practice; some offices: 1 month).',
    example: 15,
  })
  @IsInt()
  @Min(1)
  @Max(120)
  planWorkingDays!: number;

  @ApiProperty({
    description:
      'Months after feedback for the rectification report (整改报告报送时限). Default 2 ' +
      '(巡视工作条例 2015, art. 27; some counties: 3).',
    example: 2,
  })
  @IsInt()
  @Min(1)
  @Max(24)
  reportMonths!: number;
}
