import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TARGET_CATEGORIES, type TargetCategory } from '@xuncha/contracts';
import {
  CurrentPrincipal,
  InvalidInput,
  Roles,
  type Principal,
  Answers,
} from '@xuncha/platform-nest';
import { InvalidCursor, type Doc, type Page } from '@xuncha/platform-read-models';
import { ReadModels } from '../read/read-source';
import { PageQuery, ScopeQuery, resolveScope } from '../read/scope';
import {
  COUNTED_FIGURES,
  FIGURE_NAMES,
  TARGET_FIGURES,
  type CountedFigureName,
  type TargetFigure,
} from './figures';
import { StatsService } from './stats.service';
import { FigureRecords, Stats } from '../query.answers';
import { withNames } from '../read/names';

export const READERS = ['analyst', 'office', 'admin'] as const;

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

/** Keyset page over documents already in `_id` order (targets are few per scope). */
function pageOf(docs: Doc[], limit: number, cursor?: string): Page<Doc> {
  let after = '';
  if (cursor) {
    after = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!after.startsWith('t:')) throw new InvalidCursor('not a cursor of this list');
  }
  const rest = docs.filter((d) => !after || d._id > after.slice(2));
  const items = rest.slice(0, limit);
  const more = rest.length > limit;
  return {
    items,
    ...(more && { next: Buffer.from(`t:${items[items.length - 1]._id}`).toString('base64url') }),
  };
}

@ApiTags('stats (统计)')
@Controller('stats')
@Roles(...READERS)
export class StatsController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly service: StatsService,
  ) {}

  @Answers(Stats)
  @Get()
  @ApiOperation({
    summary: 'Statistics (统计): coverage (覆盖率), rectification (整改率), clues (办结率)',
    description:
      'Counts for a jurisdiction subtree (区划), tier (层级), term plan (届内规划), round (轮次), ' +
      'period (from/to) and instant (asOf). Rates are fractions rounded to 4 decimals, 0 when ' +
      'the denominator is 0. coverageRate = inspected / inScope (a target counts as inspected ' +
      'once an inspection of it delivered feedback 反馈); rectificationRate = rectified / found ' +
      '(rectified: items signed off 销号 and not reopened; immediate items apart); ' +
      'conclusionRate = concluded / transferred (办结/移交). `links` gives the drill-down of each ' +
      'figure; targets.byCategory breaks the targets down by category (对象类别), each with ' +
      'its drill-down. Periods apply to the feedback time (targets), the recording time (problems), the ' +
      'transfer time (clues), the case opening (rules) and the assignment (immediate items).',
  })
  stats(@Query() query: ScopeQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) =>
      this.service.stats(await resolveScope(query, principal, source), source),
    );
  }

  @Answers(FigureRecords)
  @Get('records')
  @ApiOperation({
    summary: 'The records behind a figure (指标钻取), e.g. the problems not yet rectified',
    description:
      'Same filters as /stats; cursor pages. Target figures list targets, problem figures ' +
      'findings with their rectification status, clue figures redacted clues, rulesEstablished ' +
      'rectification cases, immediateItems the items.',
  })
  records(@Query() query: RecordsQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const limit = query.limit ?? 50;
      if (Object.hasOwn(TARGET_FIGURES, query.figure)) {
        const docs = await this.service.targetRecords(
          query.figure as TargetFigure,
          scope,
          source,
          query.category,
        );
        const label = TARGET_FIGURES[query.figure as TargetFigure];
        return { figure: query.figure, label, ...pageOf(docs, limit, query.cursor) };
      }
      if (query.category) {
        throw new InvalidInput([
          { field: 'category', messages: ['only the target figures break down by category'] },
        ]);
      }
      const figure = COUNTED_FIGURES[query.figure as CountedFigureName];
      const store = await source.store(figure.collection);
      const page = await store.find(figure.collection, {
        filter: this.service.filterOf(query.figure as CountedFigureName, scope),
        sort: { [figure.dateField]: 1 },
        limit,
        cursor: query.cursor,
      });
      return {
        figure: query.figure,
        label: figure.label,
        ...page,
        items: await withNames(source, page.items),
      };
    });
  }
}
