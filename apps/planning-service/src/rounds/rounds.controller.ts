import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { type RoundCommand, omit, PLANNING_RULES } from '@xuncha/planning-domain';
import { AggregateNotFound, uuidFromHash } from '@xuncha/platform-kernel';
import {
  Call,
  CommandEndpoint,
  CurrentPrincipal,
  ReadEndpoint,
  Roles,
  commandEndpoints,
  type CommandCall,
  type DistributiveOmit,
  type Principal,
} from '@xuncha/platform-nest';
import type { Filter } from '@xuncha/platform-read-models';
import { Planning, queryScope, type RoundDoc, type TermPlanDoc } from '../views/planning';
import {
  ChooseCatalogBody,
  FormTeamBody,
  PlanRoundBody,
  RoundListQuery,
  SuggestTeamBody,
} from './rounds.dto';
import { RoundPage, RoundView, TeamOutcome, TeamSuggestion } from '../views/planning.answers';
import { RoundFacts } from './round-facts';

const READERS = ['office', 'analyst', 'admin'] as const;
const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('rounds')
@Controller('rounds')
@Roles('office')
export class RoundsController {
  constructor(
    private readonly planning: Planning,
    private readonly facts: RoundFacts,
  ) {}

  @Step('PlanRound', '', '拟定轮次 (plan a round: kind, modes, window)', { status: 201 })
  async plan(@Call() { principal, context }: CommandCall, @Body() body: PlanRoundBody) {
    const plan = await this.planning.visible<TermPlanDoc>(
      principal,
      'term-plans',
      body.termPlanId,
      'term plan',
    );
    const id = randomUUID();
    const { window, catalogVersion, ...rest } = body;
    const catalogChoice = catalogVersion && (await this.facts.catalogChoice(catalogVersion));
    return this.planning.execute(
      this.planning.rounds,
      id,
      {
        type: 'PlanRound',
        id,
        at: context.now.toISOString(),
        ...rest,
        window: { from: window.from, to: window.to },
        termPlan: { status: plan.status, jurisdiction: plan.jurisdiction, window: plan.window },
        ...(catalogChoice && { catalogChoice }),
      },
      context,
    );
  }

  @Step(
    'ChooseRoundCatalog',
    ':id/catalog',
    '选择监督重点清单 (choose the focus catalog version the round classifies against)',
  )
  async chooseCatalog(@Call() call: CommandCall, @Body() body: ChooseCatalogBody) {
    const choice = await this.facts.catalogChoice(body.catalogVersion);
    return this.run(call, { type: 'ChooseRoundCatalog', ...choice });
  }

  @ReadEndpoint(RoundPage, '', '轮次列表 (rounds)', { roles: READERS })
  async list(@Query() query: RoundListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { scope: queryScope(principal, query.jurisdiction) };
    if (query.termPlanId) filter.termPlanId = query.termPlanId;
    if (query.status) filter.status = query.status;
    const { items, next } = await this.planning.views.readModels.find<RoundDoc>('rounds', {
      filter,
      sort: { 'window.from': -1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    return { items: items.map(present), ...(next && { next }) };
  }

  @ReadEndpoint(RoundView, ':id', '轮次 (a round with its teams, targets and status)', {
    roles: READERS,
  })
  async get(@Call() { id, principal }: CommandCall) {
    return present(await this.visible(principal, id));
  }

  @Step(
    'FormTeam',
    ':id/teams',
    '组建巡察组 (form a team: leader, deputies, liaison, members, targets)',
    { answers: TeamOutcome },
  )
  async formTeam(@Call() call: CommandCall, @Body() body: FormTeamBody) {
    const { actor, idempotencyKey } = call.context;
    // Derived from the Idempotency-Key, so that a repeat answers with the same team.
    const teamId = idempotencyKey
      ? uuidFromHash(`${actor}:${idempotencyKey}:team`, TEAM_ID_LAYOUT)
      : randomUUID();
    return { ...(await this.runFormTeam(call, teamId, body)), teamId };
  }

  @Step(
    'FormTeam',
    ':id/teams/:teamId',
    '调整巡察组 (edit a team; an approved round goes back for approval)',
    { method: 'put', answers: TeamOutcome },
  )
  async editTeam(
    @Call() call: CommandCall,
    @Call('teamId') { id: teamId }: CommandCall,
    @Body() body: FormTeamBody,
  ) {
    return { ...(await this.runFormTeam(call, teamId, body, true)), teamId };
  }

  @Step('DisbandTeam', ':id/teams/:teamId', '撤销巡察组 (disband a team)', { method: 'delete' })
  disbandTeam(@Call() call: CommandCall, @Call('teamId') { id: teamId }: CommandCall) {
    return this.run(call, { type: 'DisbandTeam', teamId });
  }

  @CommandEndpoint(
    ':id/suggestions',
    [],
    '推荐巡察组人选 (suggest a leader and members from the pools)',
    {
      answers: TeamSuggestion,
      readOnly: true,
      dryRun: false,
    },
  )
  async suggest(@Call() { id, principal }: CommandCall, @Body() body: SuggestTeamBody) {
    return this.facts.suggestion(await this.visible(principal, id), body, principal);
  }

  @Step(
    'ApproveRound',
    ':id/approve',
    '批准轮次方案 (approved by the secretary meeting, 书记专题会)',
  )
  approve(@Call() call: CommandCall) {
    return this.run(call, { type: 'ApproveRound' });
  }

  @Step('LaunchRound', ':id/launch', '进驻启动 (launch: one inspection per team and target)')
  async launch(@Call() call: CommandCall) {
    const facts = await this.facts.forLaunch(await this.visible(call.principal, call.id));
    const at = call.context.now.toISOString();
    const command = { type: 'LaunchRound', id: call.id, at, ...facts } as const;
    return this.planning.execute(this.planning.rounds, call.id, command, call.context);
  }

  @Step('CloseRound', ':id/close', '本轮巡察结束 (close the round)')
  close(@Call() call: CommandCall) {
    return this.run(call, { type: 'CloseRound' });
  }

  /** Forms a team, or edits one the round has: with the facts its rules need. */
  private runFormTeam(call: CommandCall, teamId: string, body: FormTeamBody, edit = false) {
    return this.planning.commands.rounds.run(call, ({ state }) => {
      if (edit && !state.teams.some((team) => team.teamId === teamId))
        throw new AggregateNotFound('team', teamId);
      return this.facts.formTeam(state, call.id, teamId, body, call.context.now.toISOString());
    });
  }

  /** A command on a round in the caller's reach. */
  private run(call: CommandCall, body: DistributiveOmit<RoundCommand, 'id' | 'at'>) {
    const command = { ...body, id: call.id, at: call.context.now.toISOString() } as RoundCommand;
    return this.planning.commands.rounds.run(call, command);
  }

  private visible(principal: Principal, id: string): Promise<RoundDoc> {
    return this.planning.visible<RoundDoc>(principal, 'rounds', id, 'round');
  }
}

function present(doc: RoundDoc) {
  return { id: doc._id, ...omit(doc, '_id', 'scope', 'id', 'targetIds', 'cadreIds') };
}

/** The layout team ids were first derived with. */
const TEAM_ID_LAYOUT = { version: 5, variant: '8' } as const;
