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
import { targetDecider, omit, PLANNING_RULES } from '@xuncha/planning-domain';
import { RuleViolation } from '@xuncha/platform-kernel';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  Command,
  CurrentPrincipal,
  InvalidInput,
  Roles,
  assertInJurisdiction,
  assertRecordInReach,
  type Principal,
  Answers,
  CommandOutcome,
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

@ApiTags('targets')
@Controller('targets')
@Roles('office')
export class TargetsController {
  constructor(private readonly planning: Planning) {}

  @Answers(CommandOutcome, { rules: PLANNING_RULES.RegisterTarget })
  @Post()
  @ApiOperation({ summary: '新增巡察对象 (register a target)' })
  async register(
    @Body() body: RegisterTargetBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
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

  @Answers(TargetPage)
  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: '巡察对象列表 (targets, filterable; a jurisdiction includes everything under it)',
  })
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

  @Answers(TargetView)
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: '巡察对象 (one target)' })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return present(await this.planning.visible<TargetDoc>(principal, 'targets', id, 'target'));
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.UpdateTargetProfile })
  @Patch(':id')
  @ApiOperation({ summary: '巡察对象信息变更 (update headcount, leader, category, name)' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateTargetProfileBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const nulls = Object.keys(body).filter((key) => body[key as keyof typeof body] === null);
    if (nulls.length > 0) {
      throw new InvalidInput(
        nulls.map((field) => ({ field, messages: [`${field} must not be null`] })),
      );
    }
    await this.planning.visible(principal, 'targets', id, 'target');
    return this.planning.execute(
      this.planning.targets,
      id,
      { type: 'UpdateTargetProfile', id, at: context.now.toISOString(), changes: { ...body } },
      context,
    );
  }

  @Answers(CommandOutcome, { rules: PLANNING_RULES.RetireTarget })
  @Post(':id/retire')
  @HttpCode(200)
  @ApiOperation({ summary: '撤销巡察对象 (retire a target)' })
  async retire(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RetireTargetBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.planning.visible(principal, 'targets', id, 'target');
    return this.planning.execute(
      this.planning.targets,
      id,
      { type: 'RetireTarget', id, at: context.now.toISOString(), ...body },
      context,
    );
  }

  @Answers(CommandOutcome, {
    rules: [...PLANNING_RULES.MergeTargets, ...PLANNING_RULES.AbsorbTarget],
  })
  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: '机构改革合并 (merge targets into this one; they are retired)' })
  async merge(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MergeTargetsBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
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

  @Answers(SplitOutcome, {
    rules: [...PLANNING_RULES.SplitTarget, ...PLANNING_RULES.RegisterTarget],
  })
  @Post(':id/split')
  @HttpCode(200)
  @ApiOperation({ summary: '机构改革拆分 (split a target: successors registered, it is retired)' })
  async split(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SplitTargetBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
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
