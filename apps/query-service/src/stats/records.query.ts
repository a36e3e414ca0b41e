import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TARGET_CATEGORIES, type TargetCategory } from '@xuncha/contracts';
import { PageQuery } from '../read/scope';
import { FIGURE_NAMES, type CountedFigureName, type TargetFigure } from './figures';

export class RecordsQuery extends PageQuery {
  @ApiProperty({ enum: FIGURE_NAMES, description: 'The figure of /stats to drill into (钻取指标)' })
  @IsIn(FIGURE_NAMES)
  figure!: TargetFigure | CountedFigureName;

  @ApiPropertyOptional({
    enum: TARGET_CATEGORIES,
    description:
      'Target category (对象类别), for the target figures: one row of targets.byCategory',
  })
  @IsOptional()
  @IsIn(TARGET_CATEGORIES)
  category?: TargetCategory;
}
