import { Body, Controller, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  PLANNING_RULES,
  omit,
  coverageOf,
  coverageWarnings,
  missingTargets,
  type TermPlanCommand,
} from '@xuncha/planning-domain';
import {
  Call,
  CurrentPrincipal,
  ReadEndpoint,
  Roles,
  assertInJurisdiction,
  commandEndpoints,
  type CommandCall,
  type DistributiveOmit,
  type Principal,
} from '@xuncha/platform-nest';
import { chinaDay } from '@xuncha/platform-kernel';
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
const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('term-plans')
@Controller('term-plans')
@Roles('office')
export class TermPlansController {
  constructor(private readonly planning: Planning) {}

  @Step('DraftTermPlan', '', '起草届内巡察规划 (draft a term plan)', { status: 201 })
  async draft(@Call() { principal, context }: CommandCall, @Body() body: DraftTermPlanBody) {
    assertInJurisdiction(principal, body.jurisdiction);
    const id = randomUUID();
    const { from, to, ...rest } = body;
    const targets = await this.planning.targetFacts(body.targetIds);
    const at = context.now.toISOString();
    const command = {
      type: 'DraftTermPlan',
      id,
      at,
      ...rest,
      window: { from, to },
      targets,
    } as const;
    return this.planning.execute(this.planning.termPlans, id, command, context);
  }

  @ReadEndpoint(TermPlanPage, '', '届内巡察规划列表 (term plans)', { roles: READERS })
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

  @ReadEndpoint(
    TermPlanView,
    ':id',
    '届内巡察规划 (one term plan with its scope and annual plans)',
    {
      roles: READERS,
    },
  )
  async get(@Call() { id, principal }: CommandCall) {
    return present(await this.visible(principal, id));
  }

  @Step('AdoptTermPlan', ':id/adopt', '通过规划 (adopt the term plan)')
  adopt(@Call() call: CommandCall) {
    return this.run(call, { type: 'AdoptTermPlan' });
  }

  @Step(
    'AdjustTermPlanScope',
    ':id/scope',
    '调整巡察范围 (add or drop targets mid-term, with a reason)',
  )
  async adjustScope(@Call() call: CommandCall, @Body() body: AdjustScopeBody) {
    const targets = await this.planning.targetFacts(body.addedTargetIds);
    return this.run(call, { type: 'AdjustTermPlanScope', ...body, targets });
  }

  @Step('SetAnnualPlan', ':id/annual-plans/:year', '年度巡察计划 (set the annual plan of a year)', {
    method: 'put',
  })
  setAnnualPlan(
    @Call() call: CommandCall,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: AnnualPlanBody,
  ) {
    return this.run(call, { type: 'SetAnnualPlan', year, ...body });
  }

  @ReadEndpoint(
    TermPlanCoverage,
    ':id/coverage',
    '全覆盖进度 (coverage: in scope, inspected, rate, still missing, and the inspection ' +
      'that covered each target)',
    { roles: READERS },
  )
  async coverage(@Call() { id, principal }: CommandCall) {
    const plan = await this.visible(principal, id);
    // Which inspection covered each target (only rounds that count toward coverage do).
    return { ...coverageOf(plan), missing: missingTargets(plan), covered: plan.inspected };
  }

  @ReadEndpoint(
    CoverageWarnings,
    ':id/warnings',
    '全覆盖预警 (targets the pace so far cannot cover in the time left)',
    { roles: READERS },
  )
  async warnings(@Call() { id, principal }: CommandCall, @Query() query: WarningsQuery) {
    const plan = await this.visible(principal, id);
    const open = await this.planning.views.all<RoundDoc>('rounds', {
      filter: { termPlanId: id, status: { $in: ['draft', 'approved', 'launched'] } },
    });
    const asOf = query.asOf ?? chinaDay(new Date().toISOString());
    return coverageWarnings(
      plan,
      asOf,
      open.flatMap((round) => round.targetIds),
    );
  }

  /** A command on a term plan in the caller's reach. */
  private run(call: CommandCall, body: DistributiveOmit<TermPlanCommand, 'id' | 'at'>) {
    const command = { ...body, id: call.id, at: call.context.now.toISOString() } as TermPlanCommand;
    return this.planning.commands.termPlans.run(call, command);
  }

  private visible(principal: Principal, id: string): Promise<TermPlanDoc> {
    return this.planning.visible<TermPlanDoc>(principal, 'term-plans', id, 'term plan');
  }
}

function present(doc: TermPlanDoc) {
  return { id: doc._id, ...omit(doc, '_id', 'scope', 'id'), ...coverageOf(doc) };
}
