import { allDocs } from '@xuncha/platform-read-models';
import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  Call,
  CurrentPrincipal,
  ReadEndpoint,
  Roles,
  assertRecordInReach,
  type CommandCall,
  type Principal,
} from '@xuncha/platform-nest';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import type { Doc } from '@xuncha/platform-read-models';
import { CLUES, type ClueDoc } from '../projections/clues/clues.projection';
import { DIRECTIVES, type DirectiveDoc } from '../projections/directives/directives.projection';
import {
  ROUNDS,
  TARGETS,
  type RoundDoc,
  type TargetDoc,
} from '../projections/coverage/coverage.projection';
import {
  IMMEDIATE_ITEMS,
  type ImmediateItemDoc,
} from '../projections/immediate-items/immediate-items.projection';
import { INSPECTIONS, type InspectionDoc } from '../projections/inspections/inspections.projection';
import { FINDINGS, type FindingDoc } from '../projections/problems/problems.projection';
import {
  CASES,
  RECTIFICATION_OVERDUE,
  type CaseDoc,
  type OverdueDoc,
} from '../projections/rectification/rectification.projection';
import { ReadModels } from '../read/read-source';
import { ScopeQuery, resolveScope, scopeFilter } from '../read/scope';
import { READERS } from '../stats/stats.controller';
import {
  ClueDistribution,
  CommonProblems,
  Dossier,
  OverdueLists,
  TeamFigures,
} from '../query.answers';
import { withNames } from '../read/names';
import { commonProblemsOf, distributionOf, teamFiguresOf } from './analysis-figures';
import { CommonProblemsQuery, DISTRIBUTIONS, DistributionQuery } from './analysis.query';

/** A document as answers show it: without the jurisdiction path kept for filtering. */
const shown = <T extends Doc>(doc: T) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => key !== 'jurisdictions'));

@ApiTags('analysis (分析)')
@Controller()
@Roles(...READERS)
export class AnalysisController {
  constructor(private readonly readModels: ReadModels) {}

  @ReadEndpoint(
    Dossier,
    'targets/:id/dossier',
    'A target’s dossier (巡察档案): every inspection, finding, clue (redacted), ' +
      'rectification case and immediate item of the target across terms',
  )
  dossier(@Call() { id, principal }: CommandCall) {
    return this.readModels.read(undefined, async (source) => {
      const target = await (await source.store(TARGETS)).get<TargetDoc>(TARGETS, id);
      if (!target?.jurisdiction) throw new AggregateNotFound('target', id);
      assertRecordInReach(principal, target.jurisdiction, 'target', id);
      const of = async <T extends Doc>(collection: string, sort: string) =>
        (
          await allDocs<T>(
            await source.store(collection),
            collection,
            { targetId: id },
            { [sort]: 1 },
          )
        ).map(shown);
      const [inspections, findings, clues, cases, immediateItems] = await Promise.all([
        of<InspectionDoc>(INSPECTIONS, 'openedAt'),
        of<FindingDoc>(FINDINGS, 'foundAt'),
        of<ClueDoc>(CLUES, 'identifiedAt'),
        of<CaseDoc>(CASES, 'openedAt'),
        of<ImmediateItemDoc>(IMMEDIATE_ITEMS, 'assignedAt'),
      ]);
      return { target: shown(target), inspections, findings, clues, cases, immediateItems };
    });
  }

  @ReadEndpoint(
    OverdueLists,
    'overdue',
    'Overdue lists (逾期督办): clues without result (线索), rectification plans (整改方案), ' +
      'reports (整改报告), items (整改事项) and directives (书记点人点事) past their deadline, ' +
      'in the jurisdiction',
  )
  overdue(@Query() query: ScopeQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const filter = scopeFilter(scope);
      const [clues, rectification, directives, late] = await Promise.all([
        allDocs<ClueDoc>(
          await source.store(CLUES),
          CLUES,
          { ...filter, overdue: true },
          { dueBy: 1 },
        ),
        allDocs<OverdueDoc>(
          await source.store(RECTIFICATION_OVERDUE),
          RECTIFICATION_OVERDUE,
          { ...filter, open: true },
          { dueBy: 1 },
        ),
        allDocs<DirectiveDoc>(
          await source.store(DIRECTIVES),
          DIRECTIVES,
          { ...filter, overdue: true },
          { dueBy: 1 },
        ),
        allDocs<InspectionDoc>(await source.store(INSPECTIONS), INSPECTIONS, {
          ...filter,
          status: { $in: ['stationed', 'reported'] },
        }),
      ]);
      const of = (what: OverdueDoc['what']) =>
        rectification.filter((d) => d.what === what).map(shown);
      return {
        clues: (await withNames(source, clues)).map(shown),
        plans: of('plan'),
        reports: of('report'),
        items: of('item'),
        directives: (await withNames(source, directives)).map(shown),
        inspections: stillLate(late),
      };
    });
  }

  @ReadEndpoint(
    CommonProblems,
    'common-problems',
    'Common problems (共性问题): focus-catalog items found at many targets in the period, ' +
      'ranked by targets, for thematic clean-ups (专项整治)',
  )
  commonProblems(@Query() query: CommonProblemsQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const rows = await (
        await source.store(FINDINGS)
      ).group(
        FINDINGS,
        { ...scopeFilter(scope, 'foundAt'), recorded: true },
        { by: ['catalogVersion', 'focusItem', 'targetId'], count: 'findings' },
      );
      return commonProblemsOf(rows, query.minTargets ?? 2);
    });
  }

  @ReadEndpoint(
    ClueDistribution,
    'clue-distribution',
    'Clue distribution (线索分布) by rank involved, discipline or disposition, with shares; ' +
      'keyFew is the share of clues about top leaders and leadership members (关键少数)',
  )
  clueDistribution(@Query() query: DistributionQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const { field } = DISTRIBUTIONS[query.by];
      const rows = await (
        await source.store(CLUES)
      ).group(CLUES, scopeFilter(scope, 'identifiedAt'), {
        by: [field],
        count: 'clues',
      });
      return distributionOf(query.by, rows);
    });
  }

  @ReadEndpoint(
    TeamFigures,
    'rounds/:id/team-figures',
    'Team figures of a round (巡察组工作量): targets, talks (谈话人次), findings, clues and ' +
      'days from stationing to feedback (进驻至反馈天数), per team',
  )
  teamFigures(@Call() { id, principal }: CommandCall) {
    return this.readModels.read(undefined, async (source) => {
      const round = await (await source.store(ROUNDS)).get<RoundDoc>(ROUNDS, id);
      if (!round) throw new AggregateNotFound('round', id);
      const jurisdiction = round.jurisdiction ?? principal.jurisdiction;
      assertRecordInReach(principal, jurisdiction, 'round', id);
      const inspections = await allDocs<InspectionDoc>(
        await source.store(INSPECTIONS),
        INSPECTIONS,
        {
          roundId: id,
          jurisdictions: jurisdiction,
        },
      );
      return { roundId: id, ordinal: round.ordinal, items: teamFiguresOf(inspections) };
    });
  }
}

/**
 * The steps still late (现场巡察、向书记专题会报告): the field stage while the report is not yet
 * approved (its draft is not published), the hearing until it is held; oldest due day first.
 */
function stillLate(inspections: InspectionDoc[]) {
  return inspections
    .flatMap((i) =>
      (i.lateSteps ?? [])
        .filter((late) => late.step === 'hearing' || i.status === 'stationed')
        .map((late) => ({
          inspectionId: i._id,
          targetId: i.targetId,
          targetName: i.targetName,
          roundId: i.roundId,
          jurisdiction: i.jurisdiction,
          step: late.step,
          dueBy: late.dueBy,
        })),
    )
    .sort((a, b) => a.dueBy.localeCompare(b.dueBy));
}
