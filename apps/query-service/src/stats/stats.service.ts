import { Injectable } from '@nestjs/common';
import type { Doc, Filter } from '@xuncha/platform-read-models';
import { FEEDBACKS, TARGETS, type TargetDoc } from '../projections/coverage/coverage.projection';
import type { ReadSource } from '../read/read-source';
import { allDocs, rate } from '../read/pages';
import { scopeFilter, scopeParams, type Scope } from '../read/scope';
import {
  COUNTED_FIGURES,
  FIGURE_NAMES,
  type CountedFigureName,
  type TargetFigure,
} from './figures';

export interface Stats {
  targets: { inScope: number; inspected: number; coverageRate: number };
  problems: { found: number; rectified: number; rectificationRate: number; fedBack: number };
  clues: {
    transferred: number;
    concluded: number;
    conclusionRate: number;
    casesFiled: number;
    sanctionedPersons: number;
    judicialTransfers: number;
    fundsRecovered: number;
  };
  rulesEstablished: number;
  immediateItems: number;
  /** Beyond API.md's floor: rectification cases and what their reports counted. */
  rectification: { cases: number; fundsRecovered: number; admonished: number };
  /** The drill-down of each figure (the records behind it). */
  links: Record<string, string>;
}

@Injectable()
export class StatsService {
  async stats(scope: Scope, source: ReadSource): Promise<Stats> {
    const [scopeIds, inspectedIds] = await Promise.all([
      this.targetsInScope(scope, source),
      this.inspectedTargets(scope, source),
    ]);
    const inspected = scopeIds.filter((id) => inspectedIds.has(id)).length;
    const count = async (name: CountedFigureName) => {
      const f = COUNTED_FIGURES[name];
      return (await source.store(f.collection)).count(f.collection, this.filterOf(name, scope));
    };
    const cluesFigure = COUNTED_FIGURES['clues.transferred'];
    const cluesStore = await source.store(cluesFigure.collection);
    const [clueSums] = await cluesStore.group(
      cluesFigure.collection,
      this.filterOf('clues.transferred', scope),
      {
        by: [],
        sums: {
          casesFiled: 'casesFiled',
          sanctionedPersons: 'sanctionedPersons',
          judicialTransfers: 'judicialTransfers',
          fundsRecovered: 'fundsRecovered',
        },
      },
    );
    const cases = COUNTED_FIGURES.rulesEstablished;
    const casesStore = await source.store(cases.collection);
    const [caseSums] = await casesStore.group(
      cases.collection,
      scopeFilter(scope, cases.dateField),
      {
        by: [],
        count: 'cases',
        sums: {
          rulesEstablished: 'rulesEstablished',
          fundsRecovered: 'fundsRecovered',
          admonished: 'admonished',
        },
      },
    );
    const findings = COUNTED_FIGURES['problems.found'];
    const [found, rectified, fedBack, transferred, concluded, immediateItems] = await Promise.all([
      count('problems.found'),
      count('problems.rectified'),
      (await source.store(findings.collection)).count(findings.collection, {
        ...this.filterOf('problems.found', scope),
        fedBack: true,
      }),
      count('clues.transferred'),
      count('clues.concluded'),
      count('immediateItems'),
    ]);
    const n = (value: unknown) => (typeof value === 'number' ? value : 0);
    return {
      targets: {
        inScope: scopeIds.length,
        inspected,
        coverageRate: rate(inspected, scopeIds.length),
      },
      problems: { found, rectified, rectificationRate: rate(rectified, found), fedBack },
      clues: {
        transferred,
        concluded,
        conclusionRate: rate(concluded, transferred),
        casesFiled: n(clueSums.casesFiled),
        sanctionedPersons: n(clueSums.sanctionedPersons),
        judicialTransfers: n(clueSums.judicialTransfers),
        fundsRecovered: n(clueSums.fundsRecovered),
      },
      rulesEstablished: n(caseSums.rulesEstablished),
      immediateItems,
      rectification: {
        cases: n(caseSums.cases),
        fundsRecovered: n(caseSums.fundsRecovered),
        admonished: n(caseSums.admonished),
      },
      links: this.links(scope),
    };
  }

  /** The filter of a counted figure within the scope. */
  filterOf(name: CountedFigureName, scope: Scope): Filter {
    const f = COUNTED_FIGURES[name];
    return { ...scopeFilter(scope, f.dateField), ...f.filter };
  }

  /**
   * Targets in scope: the term plan's scope (or the round's targets) when
   * asked, else the active targets of the subtree and tier. Periods do not
   * apply: a target is in scope, or not.
   */
  async targetsInScope(scope: Scope, source: ReadSource): Promise<string[]> {
    const filter: Filter = { known: true, retired: false, jurisdictions: scope.jurisdiction };
    if (scope.tier) filter.tier = scope.tier;
    if (scope.termPlanId) filter.termPlanIds = scope.termPlanId;
    if (scope.roundId) filter.roundIds = scope.roundId;
    const docs = await allDocs<TargetDoc>(await source.store(TARGETS), TARGETS, filter);
    return docs.map((t) => t._id).sort();
  }

  /** Targets with feedback delivered (反馈) within the scope and period. */
  async inspectedTargets(scope: Scope, source: ReadSource): Promise<Set<string>> {
    const filter = scopeFilter(scope, 'deliveredAt');
    if (scope.termPlanId) filter.termPlanId = scope.termPlanId;
    const rows = await (
      await source.store(FEEDBACKS)
    ).group(FEEDBACKS, filter, {
      by: ['targetId'],
    });
    return new Set(rows.map((row) => row.targetId as string));
  }

  /** The targets behind a target figure, as documents in id order. */
  async targetRecords(figure: TargetFigure, scope: Scope, source: ReadSource): Promise<Doc[]> {
    const [ids, inspected] = await Promise.all([
      this.targetsInScope(scope, source),
      this.inspectedTargets(scope, source),
    ]);
    const wanted = ids.filter((id) =>
      figure === 'targets.inScope'
        ? true
        : figure === 'targets.inspected'
          ? inspected.has(id)
          : !inspected.has(id),
    );
    const store = await source.store(TARGETS);
    const docs = await Promise.all(wanted.map((id) => store.get<TargetDoc>(TARGETS, id)));
    return docs
      .filter((d): d is TargetDoc => d !== undefined)
      .map((d) => ({ ...d, inspected: inspected.has(d._id) }));
  }

  private links(scope: Scope): Record<string, string> {
    const params = scopeParams(scope);
    return Object.fromEntries(
      FIGURE_NAMES.map((figure) => {
        const query = new URLSearchParams(params);
        query.set('figure', figure);
        return [figure, `/api/v1/stats/records?${query}`];
      }),
    );
  }
}
