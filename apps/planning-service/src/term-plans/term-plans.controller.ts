import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  PLANNING_RULES,
  omit,
  coverageOf,
  coverageWarnings,
  missingTargets,
} from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  Answers,
  CommandOutcome,
  Command,
  CurrentPrincipal,
  Roles,
  assertInJurisdiction,
  type Principal,
} from '@xuncha/platform-nest';
import type { Filter } from '@xuncha/platform-read-models';
import { Planning, queryScope, type RoundDoc, type TermPlanDoc } from '../views/planning';
import {
  AdjustScopeBody,
  AnnualPlanBody,
  DraftTermPlanBody,
  TermPlanListQuery,
  WarningsQuery,
} from './term-plans.dto';
import {
  CoverageWarnings,
  TermPlanCoverage,
  TermPlanPage,
  TermPlanView,
} from '../views/planning.answers';

const READERS = ['office', 'analyst', 'admin'] as const;

@ApiTags('term-plans')
@Controller('term-plans')
@Roles('office')
export class TermPlansController {
  constructor(private readonly planning: Planning) {}

  @Answers(CommandOutcome, { rules: PLANNING_RULES.DraftTermPlan })
  @Post()
  @ApiOperation({ summary: '起草届内巡察规划 (draft a term plan)' })
  async draft(
    @Body() body: DraftTermPlanBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    assertInJurisdiction(principal, body.jurisdiction);
    const id = randomUUID();
    const { from, to, ...rest } = body;
    return this.planning.execute(
      this.planning.termPlans,
      id,
      {
        type: 'DraftTermPlan',
        id,
        at: context.now.toISOString(),
        ...rest,
        window: { from, to },
        targets: await this.planning.targetFacts(body.targetIds),
      },
      context,
    );
  }

  @Answers(TermPlanPage)
  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: '届内巡察规划列表 (term plans)' })
  async list(@Query() query: TermPlanListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { scope: queryScope(principal, query.jurisdiction) };
    if (query.status) filter.status = query.status;
    const { items, next } = await this.planning.views.readModels.find<TermPlanDoc>('term-plans', {
      filter,
      sort: { 'window.from': -1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    return { items: items.map(present), ...(next && { next }) };
  }

  @Answers(TermPlanView)
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: '届内巡察规划 (one term plan with its scope and annual plans)' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return present(await this.visible(principal, id));
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.AdoptTermPlan })
  @Post(':id/adopt')
  @HttpCode(200)
  @ApiOperation({ summary: '通过规划 (adopt the term plan)' })
  async adopt(
    @Param('id', ParseUUIDPipe) id: string,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.visible(principal, id);
    return this.planning.execute(
      this.planning.termPlans,
      id,
      { type: 'AdoptTermPlan', id, at: context.now.toISOString() },
      context,
    );
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.AdjustTermPlanScope })
  @Post(':id/scope')
  @HttpCode(200)
  @ApiOperation({ summary: '调整巡察范围 (add or drop targets mid-term, with a reason)' })
  async adjustScope(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AdjustScopeBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.visible(principal, id);
    return this.planning.execute(
      this.planning.termPlans,
      id,
      {
        type: 'AdjustTermPlanScope',
        id,
        at: context.now.toISOString(),
        ...body,
        targets: await this.planning.targetFacts(body.addedTargetIds),
      },
      context,
    );
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.SetAnnualPlan })
  @Put(':id/annual-plans/:year')
  @ApiOperation({ summary: '年度巡察计划 (set the annual plan of a year)' })
  async setAnnualPlan(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: AnnualPlanBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.visible(principal, id);
    return this.planning.execute(
      this.planning.termPlans,
      id,
      { type: 'SetAnnualPlan', id, at: context.now.toISOString(), year, ...body },
      context,
    );
  }

  @Answers(TermPlanCoverage)
  @Get(':id/coverage')
  @Roles(...READERS)
  @ApiOperation({ summary: '全覆盖进度 (coverage: in scope, inspected, rate, still missing)' })
  async coverage(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    const plan = await this.visible(principal, id);
    return { ...coverageOf(plan), missing: missingTargets(plan) };
  }

  @Answers(CoverageWarnings)
  @Get(':id/warnings')
  @Roles(...READERS)
  @ApiOperation({ summary: '全覆盖预警 (targets the pace so far cannot cover in the time left)' })
  async warnings(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: WarningsQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    const plan = await this.visible(principal, id);
    const open = await this.planning.views.all<RoundDoc>('rounds', {
      filter: { termPlanId: id, status: { $in: ['draft', 'approved', 'launched'] } },
    });
    const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
    return coverageWarnings(
      plan,
      asOf,
      open.flatMap((round) => round.targetIds),
    );
  }

  private visible(principal: Principal, id: string): Promise<TermPlanDoc> {
    return this.planning.visible<TermPlanDoc>(principal, 'term-plans', id, 'term plan');
  }
}

function present(doc: TermPlanDoc) {
  return { id: doc._id, ...omit(doc, '_id', 'scope', 'id'), ...coverageOf(doc) };
}
