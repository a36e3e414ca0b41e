import { omit, PLANNING_RULES } from '@xuncha/planning-domain';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '@xuncha/platform-event-store';
import { RuleViolation } from '@xuncha/platform-kernel';
import {
  Command,
  CurrentPrincipal,
  InvalidInput,
  Roles,
  assertInJurisdiction,
  type Principal,
  Answers,
  CommandOutcome,
} from '@xuncha/platform-nest';
import type { Filter } from '@xuncha/platform-read-models';
import { Planning, queryScope, type CadreDoc } from '../views/planning';
import {
  CadreListQuery,
  DeclareConflictBody,
  RegisterCadreBody,
  UpdateCadreBody,
} from './cadres.dto';
import { CadrePage, CadreView } from '../views/planning.answers';

@ApiTags('cadres')
@Controller('cadres')
@Roles('office')
export class CadresController {
  constructor(private readonly planning: Planning) {}

  @Answers(CommandOutcome, { rules: PLANNING_RULES.RegisterCadre })
  @Post()
  @ApiOperation({ summary: '干部入库 (register a cadre in the leader or talent pool)' })
  async register(
    @Body() body: RegisterCadreBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    assertInJurisdiction(principal, body.jurisdiction);
    if (body.homeUnitId) await this.assertTarget(body.homeUnitId);
    const id = randomUUID();
    return this.planning.execute(
      this.planning.cadres,
      id,
      { type: 'RegisterCadre', id, at: context.now.toISOString(), ...body },
      context,
    );
  }

  @Answers(CadrePage)
  @Get()
  @Roles('office', 'admin')
  @ApiOperation({ summary: '组长库、人才库 (cadres, by pool and expertise)' })
  async list(@Query() query: CadreListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { scope: queryScope(principal, query.jurisdiction) };
    if (query.pool) filter.pools = query.pool;
    if (query.expertise) filter.expertise = query.expertise;
    const { items, next } = await this.planning.views.readModels.find<CadreDoc>('cadres', {
      filter,
      sort: { name: 1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    return { items: items.map(present), ...(next && { next }) };
  }

  @Answers(CadreView)
  @Get(':id')
  @Roles('office', 'admin')
  @ApiOperation({ summary: '干部信息 (one cadre with pools, expertise and conflicts)' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return present(await this.planning.visible<CadreDoc>(principal, 'cadres', id, 'cadre'));
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.UpdateCadre })
  @Patch(':id')
  @ApiOperation({ summary: '调整入库信息 (pools, expertise, home unit)' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCadreBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const nulls = Object.keys(body).filter((key) => body[key as keyof typeof body] === null);
    if (nulls.length > 0) {
      throw new InvalidInput(
        nulls.map((field) => ({ field, messages: [`${field} must not be null`] })),
      );
    }
    await this.planning.visible(principal, 'cadres', id, 'cadre');
    if (body.homeUnitId) await this.assertTarget(body.homeUnitId);
    return this.planning.execute(
      this.planning.cadres,
      id,
      { type: 'UpdateCadre', id, at: context.now.toISOString(), changes: { ...body } },
      context,
    );
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.DeclareConflict })
  @Post(':id/conflicts')
  @HttpCode(200)
  @ApiOperation({ summary: '申报回避 (declare a conflict with a target)' })
  async declareConflict(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DeclareConflictBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.planning.visible(principal, 'cadres', id, 'cadre');
    await this.assertTarget(body.targetId);
    return this.planning.execute(
      this.planning.cadres,
      id,
      { type: 'DeclareConflict', id, at: context.now.toISOString(), ...body },
      context,
    );
  }

  private async assertTarget(targetId: string): Promise<void> {
    if ((await this.planning.targetFacts([targetId])).length === 0) {
      throw new RuleViolation('target-unknown', `target ${targetId} is not registered`, {
        targetIds: [targetId],
      });
    }
  }
}

function present(doc: CadreDoc) {
  return { id: doc._id, ...omit(doc, '_id', 'scope', 'id') };
}
