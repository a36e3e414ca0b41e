import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DISCIPLINE_CATEGORIES, INVOLVED_RANKS } from '@xuncha/contracts';
import { PageQuery } from '../read/scope';

export class LedgerQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'Sort (排序): a field of the ledger, `-` first for descending, e.g. -foundAt; ' +
      'newest first when absent',
  })
  @IsOptional()
  @Matches(/^-?[a-zA-Z]+$/)
  sort?: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv', 'xlsx'],
    description: 'csv or xlsx: every page as one file (导出)',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';

  @ApiPropertyOptional({ description: 'Inspected target (被巡察对象)' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({
    description: 'One inspection (一次巡察), e.g. the directives of its hearing',
  })
  @IsOptional()
  @IsUUID()
  inspectionId?: string;

  @ApiPropertyOptional({
    description:
      'Status (状态): problems recorded|rectifying|rectified; clues as the clue service; ' +
      'rectification the plan due|submitted|approved|returned; immediate items done|open; ' +
      'directives closed|open',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  status?: string;

  @ApiPropertyOptional({ description: 'Focus catalog item (监督重点条目), problems only' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  focusItem?: string;

  @ApiPropertyOptional({ enum: INVOLVED_RANKS, description: 'Rank involved (涉及人员层级)' })
  @IsOptional()
  @IsIn(INVOLVED_RANKS)
  involvedRank?: string;

  @ApiPropertyOptional({ enum: DISCIPLINE_CATEGORIES, description: 'Discipline (违纪类别), clues' })
  @IsOptional()
  @IsIn(DISCIPLINE_CATEGORIES)
  discipline?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Key problems (重点问题), problems',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  keyProblem?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Public concerns (群众急难愁盼), problems',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  publicConcern?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Overdue only (逾期)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: string;
}
