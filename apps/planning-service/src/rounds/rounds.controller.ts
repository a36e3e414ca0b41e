import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { TargetProfile } from '@xuncha/contracts';
import {
  suggestTeam,
  type OverlappingRound,
  type RoundCommand,
  omit,
  PLANNING_RULES,
} from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import { AggregateNotFound, uuidFromHash } from '@xuncha/platform-kernel';
import {
  Call,
  CommandEndpoint,
  CurrentPrincipal,
  ReadEndpoint,
  Roles,
  assertRecordInReach,
  commandEndpoints,
  type CommandCall,
  type DistributiveOmit,
  type Principal,
} from '@xuncha/platform-nest';
import type { Filter } from '@xuncha/platform-read-models';
import { toTargetProfile } from '../integration/planning.mapper';
import {
  Planning,
  queryScope,
  toCadreFacts,
  type CadreDoc,
  type RoundDoc,
  type TargetDoc,
  type TermPlanDoc,
} from '../views/planning';
import {
  ChooseCatalogBody,
  FormTeamBody,
  PlanRoundBody,
  RoundListQuery,
  SuggestTeamBody,
} from './rounds.dto';
import { RoundPage, RoundView, TeamOutcome, TeamSuggestion } from '../views/planning.answers';

const READERS = ['office', 'analyst', 'admin'] as const;
const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('rounds')
@Controller('rounds')
@Roles('office')
export class RoundsController {
  constructor(private readonly planning: Planning) {}

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
    const catalogChoice = catalogVersion && (await this.catalogChoice(catalogVersion));
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
    const choice = await this.catalogChoice(body.catalogVersion);
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
  async formTeam(@Call() { id, principal, context }: CommandCall, @Body() body: FormTeamBody) {
    // Derived from the Idempotency-Key, so that a repeat answers with the same team.
    const teamId = context.idempotencyKey
      ? uuidFromHash(`${context.actor}:${context.idempotencyKey}:team`, TEAM_ID_LAYOUT)
      : randomUUID();
    const { revision } = await this.runFormTeam(id, teamId, body, context, principal);
    return { id, revision, teamId };
  }

  @Step(
    'FormTeam',
    ':id/teams/:teamId',
    '调整巡察组 (edit a team; an approved round goes back for approval)',
    { method: 'put', answers: TeamOutcome },
  )
  async editTeam(
    @Call() { id, principal, context }: CommandCall,
    @Call('teamId') { id: teamId }: CommandCall,
    @Body() body: FormTeamBody,
  ) {
    const round = await this.visible(principal, id);
    if (!round.teams.some((team) => team.teamId === teamId))
      throw new AggregateNotFound('team', teamId);
    const { revision } = await this.runFormTeam(id, teamId, body, context, principal);
    return { id, revision, teamId };
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
    const round = await this.visible(principal, id);
    const [targets, candidates, overlapping] = await Promise.all([
      this.planning.targetFacts(body.targetIds),
      this.planning.views.all<CadreDoc>('cadres', {
        filter: { scope: queryScope(principal, round.jurisdiction) },
      }),
      this.planning.overlappingRounds(round.window),
    ]);
    const missing = body.targetIds.filter((t) => !targets.some((known) => known.id === t));
    if (missing.length > 0) throw new AggregateNotFound('target', missing.join(', '));
    return suggestTeam({
      modes: round.modes,
      targets,
      candidates: candidates.map(toCadreFacts),
      busyCadreIds: overlapping.flatMap((other) => other.cadreIds),
      expertise: body.expertise,
      members: body.members ?? 4,
    });
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
    const round = await this.visible(call.principal, call.id);
    const docs = await this.planning.views.all<TargetDoc>('targets', {
      filter: { _id: { $in: round.targetIds } },
    });
    const targets: TargetProfile[] = docs.map((doc) =>
      toTargetProfile({ targetId: doc._id, ...doc }),
    );
    const { deadlines } = await this.planning.effectiveDeadlines(round.jurisdiction);
    const chosen =
      round.catalogVersion && (await this.planning.catalogVersion(round.catalogVersion));
    const catalog = chosen
      ? chosen.catalog
      : await this.planning.catalogInForce(round.jurisdiction, round.window.from);
    const at = call.context.now.toISOString();
    const command = { type: 'LaunchRound', id: call.id, at, targets, deadlines, catalog } as const;
    return this.planning.execute(this.planning.rounds, call.id, command, call.context);
  }

  @Step('CloseRound', ':id/close', '本轮巡察结束 (close the round)')
  close(@Call() call: CommandCall) {
    return this.run(call, { type: 'CloseRound' });
  }

  /** A command on a round in the caller's reach. */
  private async run(call: CommandCall, body: DistributiveOmit<RoundCommand, 'id' | 'at'>) {
    await this.visible(call.principal, call.id);
    const command = { ...body, id: call.id, at: call.context.now.toISOString() } as RoundCommand;
    return this.planning.execute(this.planning.rounds, call.id, command, call.context);
  }

  private async runFormTeam(
    id: string,
    teamId: string,
    body: FormTeamBody,
    context: CommandContext,
    principal: Principal,
  ) {
    const { state } = await this.planning.rounds.load(id);
    if (!state.id) throw new AggregateNotFound('round', id);
    assertRecordInReach(principal, state.jurisdiction!, 'round', id);
    const { overlapOverride, ...team } = body;
    const cadreIds = [team.leaderId, ...team.deputyIds, team.liaisonId, ...team.memberIds];
    const [cadres, targets, plan, overlapping] = await Promise.all([
      this.planning.cadreFacts(cadreIds),
      this.planning.targetFacts(team.targetIds),
      this.planning.termPlans.load(state.termPlanId!),
      this.planning.overlappingRounds(state.window!),
    ]);
    const command: RoundCommand = {
      type: 'FormTeam',
      id,
      at: context.now.toISOString(),
      team: { teamId, ...team },
      facts: {
        cadres,
        targets,
        inspectedInTerm: plan.state.inspected.map((entry) => entry.targetId),
        overlappingRounds: overlapping
          .filter((other) => other._id !== id)
          .map((other): OverlappingRound => ({
            roundId: other._id,
            ordinal: other.ordinal,
            window: other.window,
            targetIds: other.targetIds,
            cadreIds: other.cadreIds,
          })),
      },
      ...(overlapOverride && { overlapOverride: { reason: overlapOverride.reason } }),
    };
    return this.planning.execute(this.planning.rounds, id, command, context);
  }

  private async catalogChoice(catalogVersion: string) {
    const known = await this.planning.catalogVersion(catalogVersion);
    return {
      catalogVersion,
      ...(known && {
        catalog: {
          version: known.catalog.version,
          ...(known.jurisdiction && { jurisdiction: known.jurisdiction }),
        },
      }),
    };
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
