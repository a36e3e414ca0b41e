/** Step 5: the figures (统计) once the query service counted everything, and where to look. */
import type { Json } from '../../http/client';
import { CITY, COVERED_TARGET_KEYS, ROUNDS } from '../data';
import { get, target, type DemoRun } from './context';

/** The city's /stats once they hold every inspected target and finding, twice the same. */
export async function settledStats(run: DemoRun): Promise<Json> {
  const { api, counts, analyst } = run;
  const inspectedTargets = COVERED_TARGET_KEYS.size;
  let previous = '';
  const stats = await api.eventually('the query service to count everything', async () => {
    const body = await get(run, 'query', `/stats?jurisdiction=${CITY.code}`, analyst);
    const seen = JSON.stringify(body);
    const settled =
      body.targets?.inspected === inspectedTargets &&
      body.problems?.found === counts.findings &&
      seen === previous;
    previous = seen;
    return settled && body;
  });
  return stats;
}

/** What the demo loaded, the city's figures, and the calls to see them. */
export function summary(
  counts: Record<string, number>,
  stats: Json,
  queryPort: number,
  ms: number,
  calls: number,
): string[] {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const villageInspections = ROUNDS.filter((r) => r.modes.includes('township-with-villages'))
    .flatMap((r) => r.teams.flat())
    .filter((k) => target(k).tier === 'village').length;

  const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  const q = `http://localhost:${queryPort}`;
  log('');
  log(
    `Loaded: ${counts.targets} targets, ${counts.cadres} cadres, 1 term plan, ${counts.rounds} rounds,`,
  );
  log(
    `  ${counts.inspectionsFedBack} inspections fed back (${villageInspections} village inspections of the township-with-villages round stay open: their township's inspection fed each village back),`,
  );
  log(
    `  ${counts.findings} findings, ${counts.immediateItems} immediate items, ${counts.clues} clues (${counts.urgentClues} urgent, ${counts.cluesConcluded} concluded),`,
  );
  log(
    `  ${counts.cases} rectification cases, ${counts.itemsSignedOff} items signed off, ${counts.reports} reports, ${counts.assessments} assessments.`,
  );
  log('');
  log(`GET /api/v1/stats?jurisdiction=${CITY.code} (analyst):`);
  log(
    `  targets   ${stats.targets.inspected}/${stats.targets.inScope} inspected, coverage ${pct(stats.targets.coverageRate)}`,
  );
  log(
    `  problems  ${stats.problems.rectified}/${stats.problems.found} rectified, rate ${pct(stats.problems.rectificationRate)}`,
  );
  log(
    `  clues     ${stats.clues.concluded}/${stats.clues.transferred} concluded, rate ${pct(stats.clues.conclusionRate)}; ` +
      `${stats.clues.casesFiled} cases filed, ${stats.clues.sanctionedPersons} sanctioned, ${stats.clues.judicialTransfers} to judicial organs, ` +
      `${stats.clues.fundsRecovered} yuan recovered`,
  );
  log(`  rules established ${stats.rulesEstablished}, immediate items ${stats.immediateItems}`);
  log('');
  log(`Where to look (every call needs the bearer token):`);
  log(`  TOKEN=$(npm run -s token -- --role analyst --jurisdiction ${CITY.code})`);
  log(`  curl -H "Authorization: Bearer $TOKEN" ${q}/dashboard > dashboard.html   # then open it`);
  log(`  or open ${q}/dashboard in a browser with a header extension (ModHeader …) sending`);
  log(`  Authorization: Bearer <token>`);
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/stats?jurisdiction=${CITY.code}"`);
  log(
    `  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/stats?jurisdiction=611002"   # 商州区`,
  );
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/ledgers/problems?limit=5"`);
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/overdue"`);
  log(`  curl -H "Authorization: Bearer $TOKEN" "${q}/api/v1/common-problems"`);
  log(
    `Finished in ${(ms / 1000).toFixed(1)} s with ${calls} HTTP calls; a second run with the same seed adds nothing.`,
  );
  return lines;
}
