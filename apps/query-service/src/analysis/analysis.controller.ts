import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  DISCIPLINE_CATEGORY_LABELS,
  DISPOSITION_METHOD_LABELS,
  INVOLVED_RANK_LABELS,
} from '@xuncha/contracts';
import {
  Answers,
  CurrentPrincipal,
  Roles,
  assertRecordInReach,
  type Principal,
} from '@xuncha/platform-nest';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import type { Doc } from '@xuncha/platform-read-models';
import { CLUES, type ClueDoc } from '../projections/clues/clues.projection';
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
import { allDocs, rate } from '../read/pages';
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

const uuid = new ParseUUIDPipe();

export class CommonProblemsQuery extends ScopeQuery {
  @ApiPropertyOptional({
    description: 'Least number of targets an item must be found at (至少涉及单位数)',
    default: 2,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  minTargets?: number;
}

const DISTRIBUTIONS = {
  rank: { field: 'involvedRank', labels: INVOLVED_RANK_LABELS as Record<string, string> },
  discipline: { field: 'discipline', labels: DISCIPLINE_CATEGORY_LABELS as Record<string, string> },
  disposition: { field: 'method', labels: DISPOSITION_METHOD_LABELS as Record<string, string> },
} as const;

export class DistributionQuery extends ScopeQuery {
  @ApiProperty({
    enum: Object.keys(DISTRIBUTIONS),
    description:
      'By rank involved (涉及人员层级: 关键少数 = 一把手 + 班子成员), discipline (违纪类别) or ' +
      'disposition (处置方式)',
  })
  @IsIn(Object.keys(DISTRIBUTIONS))
  by!: keyof typeof DISTRIBUTIONS;
}

/** A document as answers show it: without the jurisdiction path kept for filtering. */
const shown = <T extends Doc>(doc: T) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => key !== 'jurisdictions'));

@ApiTags('analysis (分析)')
@Controller()
@Roles(...READERS)
export class AnalysisController {
  constructor(private readonly readModels: ReadModels) {}

  @Answers(Dossier)
  @Get('targets/:id/dossier')
  @ApiOperation({
    summary:
      'A target’s dossier (巡察档案): every inspection, finding, clue (redacted), ' +
      'rectification case and immediate item of the target across terms',
  })
  dossier(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
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
        of<FindingDoc>(FINDINGS, 'recordedAt'),
        of<ClueDoc>(CLUES, 'recordedAt'),
        of<CaseDoc>(CASES, 'openedAt'),
        of<ImmediateItemDoc>(IMMEDIATE_ITEMS, 'assignedAt'),
      ]);
      return { target: shown(target), inspections, findings, clues, cases, immediateItems };
    });
  }

  @Answers(OverdueLists)
  @Get('overdue')
  @ApiOperation({
    summary:
      'Overdue lists (逾期督办): clues without result (线索), rectification plans (整改方案), ' +
      'reports (整改报告) and items (整改事项) past their deadline, in the jurisdiction',
  })
  overdue(@Query() query: ScopeQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const filter = scopeFilter(scope);
      const [clues, rectification] = await Promise.all([
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
      ]);
      const of = (what: OverdueDoc['what']) =>
        rectification.filter((d) => d.what === what).map(shown);
      return {
        clues: (await withNames(source, clues)).map(shown),
        plans: of('plan'),
        reports: of('report'),
        items: of('item'),
      };
    });
  }

  @Answers(CommonProblems)
  @Get('common-problems')
  @ApiOperation({
    summary:
      'Common problems (共性问题): focus-catalog items found at many targets in the period, ' +
      'ranked by targets, for thematic clean-ups (专项整治)',
  })
  commonProblems(@Query() query: CommonProblemsQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const rows = await (
        await source.store(FINDINGS)
      ).group(
        FINDINGS,
        { ...scopeFilter(scope, 'recordedAt'), recorded: true },
        { by: ['catalogVersion', 'focusItem', 'targetId'], count: 'findings' },
      );
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
      const minTargets = query.minTargets ?? 2;
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
    });
  }

  @Answers(ClueDistribution)
  @Get('clue-distribution')
  @ApiOperation({
    summary:
      'Clue distribution (线索分布) by rank involved, discipline or disposition, with shares; ' +
      'keyFew is the share of clues about top leaders and leadership members (关键少数)',
  })
  clueDistribution(@Query() query: DistributionQuery, @CurrentPrincipal() principal: Principal) {
    return this.readModels.read(query.asOf, async (source) => {
      const scope = await resolveScope(query, principal, source);
      const { field, labels } = DISTRIBUTIONS[query.by];
      const rows = await (
        await source.store(CLUES)
      ).group(CLUES, scopeFilter(scope, 'recordedAt'), {
        by: [field],
        count: 'clues',
      });
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
      return {
        by: query.by,
        total,
        items,
        ...(query.by === 'rank' && { keyFew: rate(keyFew, total) }),
      };
    });
  }

  @Answers(TeamFigures)
  @Get('rounds/:id/team-figures')
  @ApiOperation({
    summary:
      'Team figures of a round (巡察组工作量): targets, talks (谈话人次), findings, clues and ' +
      'days from stationing to feedback (进驻至反馈天数), per team',
  })
  teamFigures(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
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
      const teams = new Map<string, InspectionDoc[]>();
      for (const i of inspections) teams.set(i.teamId, [...(teams.get(i.teamId) ?? []), i]);
      const sum = (list: InspectionDoc[], pick: (i: InspectionDoc) => number | undefined) =>
        list.reduce((total, i) => total + (pick(i) ?? 0), 0);
      return {
        roundId: id,
        ordinal: round.ordinal,
        items: [...teams.entries()].map(([teamId, list]) => {
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
        }),
      };
    });
  }
}
