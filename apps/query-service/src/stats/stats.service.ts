import { allDocs } from '@xuncha/platform-read-models';
import { Injectable } from '@nestjs/common';
import {
  RESULT_USE_KINDS,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  type ResultUseKind,
  type TargetCategory,
} from '@xuncha/contracts';
import type { Doc, Filter } from '@xuncha/platform-read-models';
import {
  FEEDBACKS,
  ROUNDS,
  TARGETS,
  type RoundDoc,
  type TargetDoc,
} from '../projections/coverage/coverage.projection';
import type { ReadSource } from '../read/read-source';
import { rate } from '../read/pages';
import { scopeFilter, scopeParams, tierFilter, type Scope } from '../read/scope';
import {
  COUNTED_FIGURES,
  FIGURE_NAMES,
  type CountedFigureName,
  type TargetFigure,
} from './figures';

/** The targets of one category (对象类别), with the drill-down of each count. */
export interface CategoryFigures {
  category: TargetCategory;
  label: string;
  inScope: number;
  inspected: number;
  coverageRate: number;
  links: { inScope: string; inspected: string };
}

export interface Stats {
  targets: {
    inScope: number;
    inspected: number;
    coverageRate: number;
    /** The categories with targets in scope, in the vocabulary's order. */
    byCategory: CategoryFigures[];
  };
  problems: {
    found: number;
    rectified: number;
    rectificationRate: number;
    fedBack: number;
    /** 重点问题 and 群众急难愁盼: found and put right (rectified, solved). */
    key: number;
    keyRectified: number;
    publicConcerns: number;
    publicConcernsSolved: number;
  };
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
  /** The directives ledger (书记点人点事台账): heard, closed, overdue and open. */
  directives: { issued: number; closed: number; overdue: number };
  /** 成果运用: how many of each kind were sent. */
  resultUses: Record<ResultUseKind, number>;
  /** Beyond the floor of docs/api.md (Figures): rectification cases and what their reports counted. */
  rectification: { cases: number; fundsRecovered: number; admonished: number };
  /** The drill-down of each figure (the records behind it). */
  links: Record<string, string>;
}

@Injectable()
export class StatsService {
  async stats(scope: Scope, source: ReadSource): Promise<Stats> {
    const [scopeDocs, inspectedIds] = await Promise.all([
      this.targetDocsInScope(scope, source),
      this.inspectedTargets(scope, source),
    ]);
    const inspected = scopeDocs.filter((doc) => inspectedIds.has(doc._id)).length;
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
    const [
      found,
      rectified,
      fedBack,
      key,
      keyRectified,
      publicConcerns,
      publicConcernsSolved,
      transferred,
      concluded,
      immediateItems,
      directivesIssued,
      directivesClosed,
      directivesOverdue,
    ] = await Promise.all([
      count('problems.found'),
      count('problems.rectified'),
      (await source.store(findings.collection)).count(findings.collection, {
        ...this.filterOf('problems.found', scope),
        fedBack: true,
      }),
      count('problems.key'),
      count('problems.keyRectified'),
      count('problems.publicConcerns'),
      count('problems.publicConcernsSolved'),
      count('clues.transferred'),
      count('clues.concluded'),
      count('immediateItems'),
      count('directives.issued'),
      count('directives.closed'),
      count('directives.overdue'),
    ]);
    const resultUses = Object.fromEntries(
      await Promise.all(
        RESULT_USE_KINDS.map(async (kind) => [kind, await count(`resultUses.${kind}`)] as const),
      ),
    ) as Record<ResultUseKind, number>;
    const n = (value: unknown) => (typeof value === 'number' ? value : 0);
    return {
      targets: {
        inScope: scopeDocs.length,
        inspected,
        coverageRate: rate(inspected, scopeDocs.length),
        byCategory: this.byCategory(scopeDocs, inspectedIds, scope),
      },
      problems: {
        found,
        rectified,
        rectificationRate: rate(rectified, found),
        fedBack,
        key,
        keyRectified,
        publicConcerns,
        publicConcernsSolved,
      },
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
      directives: {
        issued: directivesIssued,
        closed: directivesClosed,
        overdue: directivesOverdue,
      },
      resultUses,
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
  async targetDocsInScope(
    scope: Scope,
    source: ReadSource,
    category?: TargetCategory,
  ): Promise<TargetDoc[]> {
    const filter: Filter = { known: true, retired: false, jurisdictions: scope.jurisdiction };
    Object.assign(filter, tierFilter(scope));
    if (scope.termPlanIds) filter.termPlanIds = { $in: scope.termPlanIds };
    else if (scope.termPlanId) filter.termPlanIds = scope.termPlanId;
    if (scope.roundId) filter.roundIds = scope.roundId;
    if (category) filter.category = category;
    const docs = await allDocs<TargetDoc>(await source.store(TARGETS), TARGETS, filter);
    return docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  }

  private byCategory(
    docs: readonly TargetDoc[],
    inspected: ReadonlySet<string>,
    scope: Scope,
  ): CategoryFigures[] {
    const link = (figure: TargetFigure, category: TargetCategory) => {
      const query = new URLSearchParams(scopeParams(scope));
      query.set('figure', figure);
      query.set('category', category);
      return `/api/v1/stats/records?${query}`;
    };
    return TARGET_CATEGORIES.flatMap((category) => {
      const of = docs.filter((doc) => doc.category === category);
      if (of.length === 0) return [];
      const done = of.filter((doc) => inspected.has(doc._id)).length;
      return [
        {
          category,
          label: TARGET_CATEGORY_LABELS[category],
          inScope: of.length,
          inspected: done,
          coverageRate: rate(done, of.length),
          links: {
            inScope: link('targets.inScope', category),
            inspected: link('targets.inspected', category),
          },
        },
      ];
    });
  }

  /**
   * Targets with feedback delivered (反馈) within the scope and period, by a round that counts
   * toward full coverage (regular rounds unless the jurisdiction said otherwise at launch).
   */
  async inspectedTargets(scope: Scope, source: ReadSource): Promise<Set<string>> {
    const filter = scopeFilter(scope, 'deliveredAt');
    if (scope.termPlanId) filter.termPlanId = scope.termPlanId;
    const notCounting = (
      await allDocs<RoundDoc>(await source.store(ROUNDS), ROUNDS, { countsTowardCoverage: false })
    ).map((round) => round._id);
    if (notCounting.length > 0) {
      filter.roundId = scope.roundIds
        ? { $in: scope.roundIds.filter((id) => !notCounting.includes(id)) }
        : { $nin: notCounting };
    }
    const rows = await (
      await source.store(FEEDBACKS)
    ).group(FEEDBACKS, filter, {
      by: ['targetId'],
    });
    return new Set(rows.map((row) => row.targetId as string));
  }

  /** The targets behind a target figure, as documents in id order. */
  async targetRecords(
    figure: TargetFigure,
    scope: Scope,
    source: ReadSource,
    category?: TargetCategory,
  ): Promise<Doc[]> {
    const [docs, inspected] = await Promise.all([
      this.targetDocsInScope(scope, source, category),
      this.inspectedTargets(scope, source),
    ]);
    return docs
      .filter((d) =>
        figure === 'targets.inScope'
          ? true
          : figure === 'targets.inspected'
            ? inspected.has(d._id)
            : !inspected.has(d._id),
      )
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
