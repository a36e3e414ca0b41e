import type { Stats } from '../stats/stats.service';
import { barChart, escape, legend, lineChart, type Group, type Series } from './charts';

const SERIES: Series[] = [
  { name: '巡察覆盖率', color: '#c0392b' },
  { name: '整改率', color: '#2e86c1' },
  { name: '线索办结率', color: '#27ae60' },
];

export const ratesOf = (s: Stats) => [
  s.targets.coverageRate,
  s.problems.rectificationRate,
  s.clues.conclusionRate,
];

const STYLE = `body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}
th:first-child,td:first-child{text-align:left}figure{margin:16px 0}figcaption{font-weight:bold;margin-bottom:6px}
.legend span{margin-right:16px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}`;

/** The page: the term's rates as a table, by jurisdiction as bars, by round as lines. */
export function dashboardPage(
  jurisdiction: string,
  total: Stats,
  byJurisdiction: Group[],
  byRound: Group[],
): string {
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
