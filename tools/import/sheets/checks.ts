/**
 * The importer's own copies of the services' rules: what a row is checked
 * against before its first command is sent, because that command would be
 * accepted and a later one of the same row refused (a round formed and its
 * team refused, an inspection stationed and its report refused). Everything
 * that retypes a rule's message lives here, so that asking the service
 * instead (a dry run of the command) is a change of this module and its callers.
 */
import { TALK_GROUP_LABELS, type TalkGroup } from '@xuncha/contracts';
import {
  focusItem,
  talkCoverage,
  type FocusCatalog,
  type TalkRules,
} from '@xuncha/inspection-domain';
import { isWithinJurisdiction } from '@xuncha/platform-kernel';
import { missingPlan } from '../cycle-rows';
import type { KnownTarget } from './run-context';

/** A term plan's scope: every target within its jurisdiction, and at least one. */
export function termPlanScopeProblems(scope: KnownTarget[], jurisdiction: string): string[] {
  const problems: string[] = [];
  const outside = scope.filter((t) => !isWithinJurisdiction(t.jurisdiction, jurisdiction));
  if (outside.length > 0) {
    problems.push(
      `target-outside-jurisdiction: ${outside.map((t) => t.name).join('、')} lie outside ${jurisdiction}`,
    );
  }
  if (scope.length === 0) problems.push('term-plan-scope-empty: no target lies in its scope');
  return problems;
}

/** A team's leader comes from the leader pool (组长库). */
export function leaderPoolProblem(name: string, pools: string[] | undefined): string | undefined {
  return pools && !pools.includes('leader')
    ? `team-leader-not-in-leader-pool: ${name} is not in the 组长库`
    : undefined;
}

/** A round the catalog it names cannot use. */
export function catalogVersionUnknown(text: string, jurisdiction: string): string {
  return (
    `catalog-version-unknown: 监督重点清单 '${text}' is no catalog version ` +
    `${jurisdiction} may use (a version id or label, or a one-version catalog's title)`
  );
}

/**
 * A round launches with at least one team: why it cannot, by its team rows'
 * lines and whether the service refused those that passed the local checks.
 */
export function roundWithoutTeams(round: string, teamLines: number[], byService = false): string {
  if (byService) {
    return `round-without-teams: every 巡察组 row of ${round} was refused; the round stays a draft`;
  }
  return teamLines.length === 0
    ? `round-without-teams: no 巡察组 row names ${round}`
    : `round-without-teams: no 巡察组 row of ${round} passed its checks ` +
        `(lines ${teamLines.join(', ')})`;
}

/** The talks the report will be held to (谈话覆盖), checked before the stationing is sent. */
export function talkProblem(
  target: Parameters<typeof talkCoverage>[0],
  talks: Parameters<typeof talkCoverage>[1],
  rules: TalkRules,
): string | undefined {
  const coverage = talkCoverage(target, talks, rules);
  const groups = (gs: TalkGroup[]) => gs.map((g) => TALK_GROUP_LABELS[g]).join('、');
  if (coverage.talked < coverage.required) {
    return (
      `talk-coverage-not-met: ${coverage.talked} talks for a headcount of ` +
      `${coverage.headcount}: ${coverage.required} needed before the report (巡察报告)`
    );
  }
  if (coverage.missingGroups.length > 0) {
    return `must-talk-groups-missing: no talks with ${groups(coverage.missingGroups)} (必谈对象)`;
  }
  const members = coverage.partyMembers;
  if (members && members.talked < members.required) {
    return (
      `party-member-talks-short: ${members.talked} party-member talks for ` +
      `${members.required} party members (全体党员)`
    );
  }
  return undefined;
}

/** The item (or top-leader manifestation) a 监督重点 cell names, by code or by wording. */
export function classified(catalog: FocusCatalog, text: string): string | undefined {
  if (focusItem(catalog, text)) return text;
  const leaves = [
    ...catalog.focuses.flatMap((focus) => focus.items),
    ...catalog.processes.flatMap((p) => p.points.flatMap((point) => point.manifestations)),
  ];
  const byWording = leaves.filter((leaf) => leaf.label === text);
  return byWording.length === 1 ? byWording[0].code : undefined;
}

export function unknownFocusItem(text: string, version: string): string {
  return `unknown-focus-item: 监督重点 '${text}' is no item code or wording of catalog ${version}`;
}

export function unknownVillage(name: string, villages: string[]): string {
  return (
    `unknown-village: 村 '${name}' is not a village of this inspection` +
    (villages.length ? ` (${villages.join('、')})` : '')
  );
}

/** A case opens with at least one item. */
export function caseWithoutItems(what: string): string {
  return `case-without-items: no 问题 row of ${what} went in`;
}

/** A case's plan lists measures, a responsible person and a deadline for every item. */
export function planIncomplete(
  unplanned: Array<{ line: number; cells: Record<string, string> }>,
): string | undefined {
  if (unplanned.length === 0) return undefined;
  return `plan-incomplete: ${unplanned
    .map((f) => `问题 line ${f.line} lacks ${missingPlan(f.cells).join('、')}`)
    .join('; ')} (every item needs measures, a responsible person and a deadline)`;
}

/** The items of a case the file has no finding for. */
export function planItemsUnknown(titles: string[]): string {
  return `plan-incomplete: items of the case are no 问题 row of this file: ${titles.join('、')}`;
}
