import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  InvalidInput,
  ReadEndpoint,
  Roles,
  type Principal,
} from '@xuncha/platform-nest';
import { pageOfDocs } from '../read/pages';
import { ReadModels } from '../read/read-source';
import { ScopeQuery, resolveScope } from '../read/scope';
import {
  COUNTED_FIGURES,
  TARGET_FIGURES,
  type CountedFigureName,
  type TargetFigure,
} from './figures';
import { RecordsQuery } from './records.query';
import { StatsService } from './stats.service';
import { FigureRecords, Stats } from '../query.answers';
import { withNames } from '../read/names';

export const READERS = ['analyst', 'office', 'admin'] as const;

@ApiTags('stats (统计)')
@Controller('stats')
@Roles(...READERS)
export class StatsController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly service: StatsService,
  ) {}

  @ReadEndpoint(
    Stats,
    '',
    'Statistics (统计): coverage (覆盖率), rectification (整改率), clues (办结率)',
    {
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
    },
  )
  stats(@Query() query: ScopeQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) =>
      this.service.stats(await resolveScope(query, principal, source), source),
    );
  }

  @ReadEndpoint(
    FigureRecords,
    'records',
    'The records behind a figure (指标钻取), e.g. the problems not yet rectified',
    {
      description:
        'Same filters as /stats; cursor pages. Target figures list targets, problem figures ' +
        'findings with their rectification status, clue figures redacted clues, rulesEstablished ' +
        'rectification cases, immediateItems the items.',
    },
  )
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
        return { figure: query.figure, label, ...pageOfDocs(docs, limit, query.cursor) };
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
