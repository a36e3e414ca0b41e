import { omit, PLANNING_RULES, type CadreCommand } from '@xuncha/planning-domain';
import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { RuleViolation } from '@xuncha/platform-kernel';
import {
  Call,
  CurrentPrincipal,
  ReadEndpoint,
  Roles,
  assertInJurisdiction,
  assertNoNulls,
  commandEndpoints,
  type CommandCall,
  type DistributiveOmit,
  type Principal,
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

const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('cadres')
@Controller('cadres')
@Roles('office')
export class CadresController {
  constructor(private readonly planning: Planning) {}

  @Step('RegisterCadre', '', '干部入库 (register a cadre in the leader or talent pool)', {
    status: 201,
  })
  async register(@Call() { principal, context }: CommandCall, @Body() body: RegisterCadreBody) {
    assertInJurisdiction(principal, body.jurisdiction);
    if (body.homeUnitId) await this.assertTarget(body.homeUnitId);
    const id = randomUUID();
    const command = { type: 'RegisterCadre', id, at: context.now.toISOString(), ...body } as const;
    return this.planning.execute(this.planning.cadres, id, command, context);
  }

  @ReadEndpoint(CadrePage, '', '组长库、人才库 (cadres, by pool and expertise)', {
    roles: ['office', 'admin'],
  })
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

  @ReadEndpoint(CadreView, ':id', '干部信息 (one cadre with pools, expertise and conflicts)', {
    roles: ['office', 'admin'],
  })
  async get(@Call() { id, principal }: CommandCall) {
    return present(await this.planning.visible<CadreDoc>(principal, 'cadres', id, 'cadre'));
  }

  @Step('UpdateCadre', ':id', '调整入库信息 (pools, expertise, home unit)', { method: 'patch' })
  async update(@Call() call: CommandCall, @Body() body: UpdateCadreBody) {
    assertNoNulls(body);
    return this.run(call, { type: 'UpdateCadre', changes: { ...body } }, body.homeUnitId);
  }

  @Step('DeclareConflict', ':id/conflicts', '申报回避 (declare a conflict with a target)')
  declareConflict(@Call() call: CommandCall, @Body() body: DeclareConflictBody) {
    return this.run(call, { type: 'DeclareConflict', ...body }, body.targetId);
  }

  /** A command on a cadre in the caller's reach, naming a target that must be registered. */
  private run(
    call: CommandCall,
    body: DistributiveOmit<CadreCommand, 'id' | 'at'>,
    targetId: string | undefined,
  ) {
    const command = { ...body, id: call.id, at: call.context.now.toISOString() } as CadreCommand;
    return this.planning.commands.cadres.run(call, async () => {
      if (targetId) await this.assertTarget(targetId);
      return command;
    });
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
