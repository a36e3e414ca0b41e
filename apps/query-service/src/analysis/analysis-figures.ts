import type { InspectionDoc } from '../projections/inspections/inspections.projection';
import { rate } from '../read/pages';
import { DISTRIBUTIONS } from './analysis.query';

type Row = Record<string, unknown>;

/**
 * Focus-catalog items found at `minTargets` targets or more, from rows grouped by
 * (catalog version, item, target): most targets first, then most findings.
 */
export function commonProblemsOf(rows: readonly Row[], minTargets: number) {
  const items = new Map<
    string,
    { catalogVersion: string; focusItem: string; targets: number; findings: number }
  >();
  for (const row of rows) {
    const key = `${row.catalogVersion}\u0000${row.focusItem}`;
    const item = items.get(key) ?? {
      catalogVersion: row.catalogVersion as string,
      focusItem: row.focusItem as string,
      targets: 0,
      findings: 0,
    };
    item.targets += 1;
    item.findings += row.findings as number;
    items.set(key, item);
  }
  return {
    items: [...items.values()]
      .filter((i) => i.targets >= minTargets)
      .sort(
        (a, b) =>
          b.targets - a.targets ||
          b.findings - a.findings ||
          a.focusItem.localeCompare(b.focusItem),
      ),
  };
}

/** Clues grouped by one field, with labels and shares; by rank, the share of 关键少数 too. */
export function distributionOf(by: keyof typeof DISTRIBUTIONS, rows: readonly Row[]) {
  const { field, labels } = DISTRIBUTIONS[by];
  const total = rows.reduce((sum, row) => sum + (row.clues as number), 0);
  const items = rows
    .map((row) => {
      const value = (row[field] as string | null) ?? null;
      return {
        value,
        label: value === null ? '未确定' : (labels[value] ?? value),
        clues: row.clues as number,
        share: rate(row.clues as number, total),
      };
    })
    .sort((a, b) => b.clues - a.clues);
  const keyFew = items
    .filter((i) => i.value === 'top-leader' || i.value === 'leadership')
    .reduce((sum, i) => sum + i.clues, 0);
  return { by, total, items, ...(by === 'rank' && { keyFew: rate(keyFew, total) }) };
}

/** Per team of a round: targets, talks, findings, clues and days from stationing to feedback. */
export function teamFiguresOf(inspections: readonly InspectionDoc[]) {
  const teams = new Map<string, InspectionDoc[]>();
  for (const i of inspections) teams.set(i.teamId, [...(teams.get(i.teamId) ?? []), i]);
  const sum = (list: InspectionDoc[], pick: (i: InspectionDoc) => number | undefined) =>
    list.reduce((total, i) => total + (pick(i) ?? 0), 0);
  return [...teams.entries()].map(([teamId, list]) => {
    const fedBack = list.filter((i) => i.daysToFeedback !== undefined);
    return {
      teamId,
      targets: list.length,
      talks: sum(list, (i) => i.talks),
      talkGroupsNotApplicable: sum(
        list,
        (i) => Object.keys(i.talkGroupsNotApplicable ?? {}).length,
      ),
      findings: sum(list, (i) => i.findings),
      clues: sum(list, (i) => i.clues),
      immediateItems: sum(list, (i) => i.immediateItems),
      fedBack: fedBack.length,
      averageDaysToFeedback:
        fedBack.length === 0
          ? null
          : Math.round((sum(fedBack, (i) => i.daysToFeedback) / fedBack.length) * 10) / 10,
    };
  });
}
