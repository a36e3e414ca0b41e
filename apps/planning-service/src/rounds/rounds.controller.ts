import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createHash, randomUUID } from 'node:crypto';
import type { TargetProfile } from '@xuncha/contracts';
import {
  suggestTeam,
  type OverlappingRound,
  type RoundCommand,
  omit,
  PLANNING_RULES,
} from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import {
  Command,
  CurrentPrincipal,
  Roles,
  assertRecordInReach,
  type Principal,
  Answers,
  CommandOutcome,
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

@ApiTags('rounds')
@Controller('rounds')
@Roles('office')
export class RoundsController {
  constructor(private readonly planning: Planning) {}

  @Answers(CommandOutcome, { rules: PLANNING_RULES.PlanRound })
  @Post()
  @ApiOperation({ summary: '拟定轮次 (plan a round: kind, modes, window)' })
  async plan(
    @Body() body: PlanRoundBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
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

  @Answers(CommandOutcome, { rules: PLANNING_RULES.ChooseRoundCatalog })
  @Post(':id/catalog')
  @HttpCode(200)
  @ApiOperation({
    summary: '选择监督重点清单 (choose the focus catalog version the round classifies against)',
  })
  async chooseCatalog(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChooseCatalogBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.visible(principal, id);
    return this.planning.execute(
      this.planning.rounds,
      id,
      {
        type: 'ChooseRoundCatalog',
        id,
        at: context.now.toISOString(),
        ...(await this.catalogChoice(body.catalogVersion)),
      },
      context,
    );
  }

  @Answers(RoundPage)
  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: '轮次列表 (rounds)' })
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

  @Answers(RoundView)
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: '轮次 (a round with its teams, targets and status)' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return present(await this.visible(principal, id));
  }

  @Answers(TeamOutcome, { rules: PLANNING_RULES.FormTeam })
  @Post(':id/teams')
  @HttpCode(200)
  @ApiOperation({
    summary: '组建巡察组 (form a team: leader, deputies, liaison, members, targets)',
  })
  async formTeam(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormTeamBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    // Derived from the Idempotency-Key, so that a repeat answers with the same team.
    const teamId = context.idempotencyKey
      ? uuidFrom(`${context.actor}:${context.idempotencyKey}:team`)
      : randomUUID();
    const { revision } = await this.runFormTeam(id, teamId, body, context, principal);
    return { id, revision, teamId };
  }

  @Answers(TeamOutcome, { rules: PLANNING_RULES.FormTeam })
  @Put(':id/teams/:teamId')
  @ApiOperation({ summary: '调整巡察组 (edit a team; an approved round goes back for approval)' })
  async editTeam(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('teamId', ParseUUIDPipe) teamId: string,
    @Body() body: FormTeamBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const round = await this.visible(principal, id);
    if (!round.teams.some((team) => team.teamId === teamId))
      throw new AggregateNotFound('team', teamId);
    const { revision } = await this.runFormTeam(id, teamId, body, context, principal);
    return { id, revision, teamId };
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.DisbandTeam })
  @Delete(':id/teams/:teamId')
  @ApiOperation({ summary: '撤销巡察组 (disband a team)' })
  async disbandTeam(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('teamId', ParseUUIDPipe) teamId: string,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.visible(principal, id);
    return this.planning.execute(
      this.planning.rounds,
      id,
      { type: 'DisbandTeam', id, teamId, at: context.now.toISOString() },
      context,
    );
  }

  @Answers(TeamSuggestion, { readOnly: true })
  @Post(':id/suggestions')
  @HttpCode(200)
  @ApiOperation({ summary: '推荐巡察组人选 (suggest a leader and members from the pools)' })
  async suggest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SuggestTeamBody,
    @CurrentPrincipal() principal: Principal,
  ) {
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

  @Answers(CommandOutcome, { rules: PLANNING_RULES.ApproveRound })
  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '批准轮次方案 (approved by the secretary meeting, 书记专题会)' })
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.visible(principal, id);
    return this.planning.execute(
      this.planning.rounds,
      id,
      { type: 'ApproveRound', id, at: context.now.toISOString() },
      context,
    );
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.LaunchRound })
  @Post(':id/launch')
  @HttpCode(200)
  @ApiOperation({ summary: '进驻启动 (launch: one inspection per team and target)' })
  async launch(
    @Param('id', ParseUUIDPipe) id: string,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const round = await this.visible(principal, id);
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
    return this.planning.execute(
      this.planning.rounds,
      id,
      { type: 'LaunchRound', id, at: context.now.toISOString(), targets, deadlines, catalog },
      context,
    );
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.CloseRound })
  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '本轮巡察结束 (close the round)' })
  async close(
    @Param('id', ParseUUIDPipe) id: string,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.visible(principal, id);
    return this.planning.execute(
      this.planning.rounds,
      id,
      { type: 'CloseRound', id, at: context.now.toISOString() },
      context,
    );
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

function uuidFrom(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
