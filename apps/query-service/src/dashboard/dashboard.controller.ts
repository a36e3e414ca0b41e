import { allDocs } from '@xuncha/platform-read-models';
import { Controller, Header, Query } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ReadEndpoint, Roles, type Principal } from '@xuncha/platform-nest';
import { ROUNDS, TARGETS, type RoundDoc } from '../projections/coverage/coverage.projection';
import { jurisdictionPath } from '../projections/support';
import type { ReadSource } from '../read/read-source';
import { ReadModels } from '../read/read-source';
import { ScopeQuery, resolveScope } from '../read/scope';
import { READERS } from '../stats/stats.controller';
import { StatsService } from '../stats/stats.service';
import type { Group } from './charts';
import { dashboardPage, ratesOf } from './page';
import { DashboardPage } from '../query.answers';

@ApiTags('dashboard (图表)')
@Controller('dashboard')
@Roles(...READERS)
export class DashboardController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly stats: StatsService,
  ) {}

  @ReadEndpoint(
    DashboardPage,
    '',
    'Charts (图表): coverage, rectification and conclusion rates by jurisdiction and by round',
    {
      as: 'text/html',
      description:
        'A server-rendered HTML page with inline SVG, no script. Like every route it needs the ' +
        'bearer token (Authorization header); it takes the filters of /stats.',
    },
  )
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiProduces('text/html')
  page(@Query() query: ScopeQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const at = (jurisdiction: string, roundId?: string) =>
        resolveScope(
          { ...query, jurisdiction, ...(roundId && { roundId }) },
          principal,
          source,
        ).then((s) => this.stats.stats(s, source));
      const total = await this.stats.stats(scope, source);
      const children = await this.childJurisdictions(scope.jurisdiction, source);
      const byJurisdiction: Group[] = [];
      for (const code of children)
        byJurisdiction.push({ label: code, values: ratesOf(await at(code)) });
      const rounds = (
        await allDocs<RoundDoc>(await source.store(ROUNDS), ROUNDS, {
          jurisdictions: scope.jurisdiction,
          ...(scope.termPlanId && { termPlanId: scope.termPlanId }),
        })
      ).sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0));
      const byRound: Group[] = [];
      for (const round of rounds) {
        byRound.push({
          label: `第${round.ordinal}轮`,
          values: ratesOf(await at(scope.jurisdiction, round._id)),
        });
      }
      return dashboardPage(scope.jurisdiction, total, byJurisdiction, byRound);
    });
  }

  /** The jurisdictions right under `code` that hold targets, and `code` itself for its own units. */
  private async childJurisdictions(code: string, source: ReadSource): Promise<string[]> {
    const rows = await (
      await source.store(TARGETS)
    ).group(TARGETS, { jurisdictions: code, known: true }, { by: ['jurisdiction'] });
    const children = new Set<string>();
    for (const row of rows) {
      const path = jurisdictionPath(row.jurisdiction as string);
      const index = path.indexOf(code);
      children.add(index > 0 ? path[index - 1] : code);
    }
    return [...children].sort();
  }
}
