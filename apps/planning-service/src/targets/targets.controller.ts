import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { targetDecider, omit, PLANNING_RULES } from '@xuncha/planning-domain';
import { RuleViolation } from '@xuncha/platform-kernel';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  Call,
  CommandEndpoint,
  CurrentPrincipal,
  ReadEndpoint,
  Roles,
  assertInJurisdiction,
  assertNoNulls,
  assertRecordInReach,
  commandEndpoints,
  type CommandCall,
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

const READERS = ['office', 'analyst', 'admin'] as const;
const Step = commandEndpoints(PLANNING_RULES);

@ApiTags('targets')
@Controller('targets')
@Roles('office')
export class TargetsController {
  constructor(private readonly planning: Planning) {}

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
  async update(
    @Call() { id, principal, context }: CommandCall,
    @Body() body: UpdateTargetProfileBody,
  ) {
    assertNoNulls(body);
    await this.planning.visible(principal, 'targets', id, 'target');
    return this.planning.execute(
      this.planning.targets,
      id,
      { type: 'UpdateTargetProfile', id, at: context.now.toISOString(), changes: { ...body } },
      context,
    );
  }

  @Step('RetireTarget', ':id/retire', '撤销巡察对象 (retire a target)')
  async retire(@Call() { id, principal, context }: CommandCall, @Body() body: RetireTargetBody) {
    await this.planning.visible(principal, 'targets', id, 'target');
    return this.planning.execute(
      this.planning.targets,
      id,
      { type: 'RetireTarget', id, at: context.now.toISOString(), ...body },
      context,
    );
  }

  @CommandEndpoint(
    ':id/merge',
    [...PLANNING_RULES.MergeTargets, ...PLANNING_RULES.AbsorbTarget],
    '机构改革合并 (merge targets into this one; they are retired)',
  )
  async merge(@Call() { id, principal, context }: CommandCall, @Body() body: MergeTargetsBody) {
    await this.planning.visible(principal, 'targets', id, 'target');
    const merged = await this.planning.targetFacts(body.mergedTargetIds);
    const unknown = body.mergedTargetIds.filter((t) => !merged.some((m) => m.id === t));
    if (unknown.length > 0) {
      throw new RuleViolation('target-unknown', 'targets that are not registered', {
        targetIds: unknown,
      });
    }
    merged.forEach((target) =>
      assertRecordInReach(principal, target.jurisdiction, 'target', target.id),
    );
    const at = context.now.toISOString();
    const { reason, effectiveOn } = body;
    const outcome = await this.planning.execute(
      this.planning.targets,
      id,
      { type: 'MergeTargets', id, at, merged, reason, effectiveOn },
      context,
    );
    // The absorbed targets follow the decision; a replayed request finds them retired already.
    for (const [n, target] of merged.entries()) {
      if (target.status !== 'active') continue;
      await this.planning.execute(
        this.planning.targets,
        target.id,
        { type: 'AbsorbTarget', id: target.id, at, intoTargetId: id, reason, effectiveOn },
        { ...context, expectedRevision: undefined, idempotencyKey: derivedKey(context, n) },
      );
    }
    return outcome;
  }

  @CommandEndpoint(
    ':id/split',
    [...PLANNING_RULES.SplitTarget, ...PLANNING_RULES.RegisterTarget],
    '机构改革拆分 (split a target: successors registered, it is retired)',
    { answers: SplitOutcome },
  )
  async split(@Call() { id, principal, context }: CommandCall, @Body() body: SplitTargetBody) {
    const original = await this.planning.visible<TargetDoc>(principal, 'targets', id, 'target');
    body.successors.forEach((successor) => assertInJurisdiction(principal, successor.jurisdiction));
    const at = context.now.toISOString();
    const successors = body.successors.map((successor) => ({ ...successor, id: randomUUID() }));
    const { reason, effectiveOn } = body;
    // Decide first, so that a refused split registers no successor (a repeat replays instead).
    if (!(await this.planning.isReplay(context))) {
      const { state } = await this.planning.targets.load(id);
      const facts = successors.map((s) => ({
        id: s.id,
        jurisdiction: s.jurisdiction,
        status: 'active' as const,
      }));
      targetDecider.decide(
        { type: 'SplitTarget', id, at, successors: facts, reason, effectiveOn },
        state,
      );
    }
    const parent = original.parentId
      ? (await this.planning.targetFacts([original.parentId]))[0]
      : undefined;
    const registered = [];
    for (const [n, { id: successorId, ...profile }] of successors.entries()) {
      const { id: actualId } = await this.planning.execute(
        this.planning.targets,
        successorId,
        {
          type: 'RegisterTarget',
          id: successorId,
          at,
          ...profile,
          ...(parent && { parentId: parent.id, parent }),
        },
        { ...context, expectedRevision: undefined, idempotencyKey: derivedKey(context, n) },
      );
      registered.push({
        id: actualId,
        jurisdiction: profile.jurisdiction,
        status: 'active' as const,
      });
    }
    const outcome = await this.planning.execute(
      this.planning.targets,
      id,
      { type: 'SplitTarget', id, at, successors: registered, reason, effectiveOn },
      context,
    );
    return { ...outcome, successorIds: registered.map((s) => s.id) };
  }
}

/** Each further command of one request gets its own key, so a repeat appends nothing twice. */
function derivedKey(context: CommandContext, n: number): string | undefined {
  return context.idempotencyKey && `${context.idempotencyKey}#${n}`;
}

export function present(doc: TargetDoc) {
  return { id: doc._id, ...omit(doc, '_id', 'scope', 'id') };
}
