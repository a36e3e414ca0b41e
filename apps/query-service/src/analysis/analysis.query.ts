import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  DISCIPLINE_CATEGORY_LABELS,
  DISPOSITION_METHOD_LABELS,
  INVOLVED_RANK_LABELS,
} from '@xuncha/contracts';
import { ScopeQuery } from '../read/scope';

export class CommonProblemsQuery extends ScopeQuery {
  @ApiPropertyOptional({
    description: 'Least number of targets an item must be found at (至少涉及单位数)',
    default: 2,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  minTargets?: number;
}

export const DISTRIBUTIONS = {
  rank: { field: 'involvedRank', labels: INVOLVED_RANK_LABELS as Record<string, string> },
  discipline: { field: 'discipline', labels: DISCIPLINE_CATEGORY_LABELS as Record<string, string> },
  disposition: { field: 'method', labels: DISPOSITION_METHOD_LABELS as Record<string, string> },
} as const;

export class DistributionQuery extends ScopeQuery {
  @ApiProperty({
    enum: Object.keys(DISTRIBUTIONS),
    description:
      'By rank involved (涉及人员层级: 关键少数 = 一把手 + 班子成员), discipline (违纪类别) or ' +
      'disposition (处置方式)',
  })
  @IsIn(Object.keys(DISTRIBUTIONS))
  by!: keyof typeof DISTRIBUTIONS;
}
