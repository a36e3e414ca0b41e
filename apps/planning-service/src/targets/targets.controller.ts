import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { omit, PLANNING_RULES, type TargetCommand } from '@xuncha/planning-domain';
import {
  Call,
  CommandEndpoint,
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
import { Planning, queryScope, type TargetDoc } from '../views/planning';
import {
  MergeTargetsBody,
  RegisterTargetBody,
  RetireTargetBody,
  SplitTargetBody,
  TargetListQuery,
  UpdateTargetProfileBody,
} from './targets.dto';
import { SplitOutcome, TargetPage, TargetView } from '../views/planning.answers';
import { TargetReorganization } from './reorganization';

const READERS = ['office', 'analyst', 'admin'] as const;
const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('targets')
@Controller('targets')
@Roles('office')
export class TargetsController {
  constructor(
    private readonly planning: Planning,
    private readonly reorganization: TargetReorganization,
  ) {}

  @Step('RegisterTarget', '', '新增巡察对象 (register a target)', { status: 201 })
  async register(@Call() { principal, context }: CommandCall, @Body() body: RegisterTargetBody) {
    assertInJurisdiction(principal, body.jurisdiction);
    const id = randomUUID();
    const [parent] = body.parentId ? await this.planning.targetFacts([body.parentId]) : [];
    return this.planning.execute(
      this.planning.targets,
      id,
      {
        type: 'RegisterTarget',
        id,
        at: context.now.toISOString(),
        ...body,
        ...(parent && { parent }),
      },
      context,
    );
  }

  @ReadEndpoint(
    TargetPage,
    '',
    '巡察对象列表 (targets, filterable; a jurisdiction includes everything under it)',
    { roles: READERS },
  )
  list(@Query() query: TargetListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { scope: queryScope(principal, query.jurisdiction) };
    if (query.tier) filter.tier = query.tier;
    if (query.category) filter.category = query.category;
    if (query.status) filter.status = query.status;
    return this.planning.views.readModels
      .find<TargetDoc>('targets', {
        filter,
        sort: { name: 1 },
        limit: query.limit,
        cursor: query.cursor,
      })
      .then(({ items, next }) => ({ items: items.map(present), ...(next && { next }) }));
  }

  @ReadEndpoint(TargetView, ':id', '巡察对象 (one target)', { roles: READERS })
  async get(@Call() { id, principal }: CommandCall) {
    return present(await this.planning.visible<TargetDoc>(principal, 'targets', id, 'target'));
  }

  @Step(
    'UpdateTargetProfile',
    ':id',
    '巡察对象信息变更 (update headcount, leader, category, name)',
    {
      method: 'patch',
    },
  )
  update(@Call() call: CommandCall, @Body() body: UpdateTargetProfileBody) {
    assertNoNulls(body);
    return this.run(call, { type: 'UpdateTargetProfile', changes: { ...body } });
  }

  @Step('RetireTarget', ':id/retire', '撤销巡察对象 (retire a target)')
  retire(@Call() call: CommandCall, @Body() body: RetireTargetBody) {
    return this.run(call, { type: 'RetireTarget', ...body });
  }

  @CommandEndpoint(
    ':id/merge',
    [...PLANNING_RULES.MergeTargets, ...PLANNING_RULES.AbsorbTarget],
    '机构改革合并 (merge targets into this one; they are retired)',
  )
  merge(@Call() { id, principal, context }: CommandCall, @Body() body: MergeTargetsBody) {
    return this.reorganization.merge(id, principal, context, body);
  }

  @CommandEndpoint(
    ':id/split',
    [...PLANNING_RULES.SplitTarget, ...PLANNING_RULES.RegisterTarget],
    '机构改革拆分 (split a target: successors registered, it is retired)',
    { answers: SplitOutcome },
  )
  split(@Call() { id, principal, context }: CommandCall, @Body() body: SplitTargetBody) {
    return this.reorganization.split(id, principal, context, body);
  }

  /** A command on a target in the caller's reach. */
  private run(call: CommandCall, body: DistributiveOmit<TargetCommand, 'id' | 'at'>) {
    const command = { ...body, id: call.id, at: call.context.now.toISOString() } as TargetCommand;
    return this.planning.commands.targets.run(call, command);
  }
}

export function present(doc: TargetDoc) {
  return { id: doc._id, ...omit(doc, '_id', 'scope', 'id') };
}
