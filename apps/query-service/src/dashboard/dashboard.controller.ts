import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal, Answers } from '@xuncha/platform-nest';
import { ROUNDS, TARGETS, type RoundDoc } from '../projections/coverage/coverage.projection';
import { jurisdictionPath } from '../projections/support';
import type { ReadSource } from '../read/read-source';
import { ReadModels } from '../read/read-source';
import { allDocs } from '../read/pages';
import { ScopeQuery, resolveScope } from '../read/scope';
import { READERS } from '../stats/stats.controller';
import { StatsService, type Stats } from '../stats/stats.service';
import { barChart, escape, legend, lineChart, type Group, type Series } from './charts';
import { DashboardPage } from '../query.answers';

const SERIES: Series[] = [
  { name: '巡察覆盖率', color: '#c0392b' },
  { name: '整改率', color: '#2e86c1' },
  { name: '线索办结率', color: '#27ae60' },
];

const ratesOf = (s: Stats) => [
  s.targets.coverageRate,
  s.problems.rectificationRate,
  s.clues.conclusionRate,
];

const STYLE = `body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}
th:first-child,td:first-child{text-align:left}figure{margin:16px 0}figcaption{font-weight:bold;margin-bottom:6px}
.legend span{margin-right:16px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}`;

@ApiTags('dashboard (图表)')
@Controller('dashboard')
@Roles(...READERS)
export class DashboardController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly stats: StatsService,
  ) {}

  @Answers(DashboardPage, { as: 'text/html' })
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      'Charts (图表): coverage, rectification and conclusion rates by jurisdiction and by round',
    description:
      'A server-rendered HTML page with inline SVG, no script. Like every route it needs the ' +
      'bearer token (Authorization header); it takes the filters of /stats.',
  })
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
      return this.render(scope.jurisdiction, total, byJurisdiction, byRound);
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

  private render(jurisdiction: string, total: Stats, byJurisdiction: Group[], byRound: Group[]) {
    const row = (name: string, part: number, whole: number, r: number) =>
      `<tr><td>${name}</td><td>${part}</td><td>${whole}</td><td>${(r * 100).toFixed(1)}%</td></tr>`;
    return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>巡察工作统计图表 ${escape(jurisdiction)}</title>
<style>${STYLE}</style></head><body>
<h1>巡察工作统计图表（${escape(jurisdiction)}）</h1>
<table><thead><tr><th>指标</th><th>完成</th><th>应完成</th><th>比率</th></tr></thead><tbody>
${row('巡察覆盖率（已巡察/应巡察）', total.targets.inspected, total.targets.inScope, total.targets.coverageRate)}
${row('整改率（已销号/发现问题）', total.problems.rectified, total.problems.found, total.problems.rectificationRate)}
${row('线索办结率（已办结/已移交）', total.clues.concluded, total.clues.transferred, total.clues.conclusionRate)}
</tbody></table>
${legend(SERIES)}
${barChart('各区划比率', SERIES, byJurisdiction)}
${lineChart('各轮次趋势', SERIES, byRound)}
</body></html>`;
  }
}
