import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { targetDecider } from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import { RuleViolation } from '@xuncha/platform-kernel';
import { assertInJurisdiction, assertRecordInReach, type Principal } from '@xuncha/platform-nest';
import { Planning, type TargetDoc } from '../views/planning';
import type { MergeTargetsBody, SplitTargetBody } from './targets.dto';

/**
 * Institutional reform (机构改革): a merge or split is one decision on the target
 * and a command on each target it touches, one request, each command idempotent.
 */
@Injectable()
export class TargetReorganization {
  constructor(private readonly planning: Planning) {}

  /** Targets merged into this one: the decision, then each absorbed target retired. */
  async merge(id: string, principal: Principal, context: CommandContext, body: MergeTargetsBody) {
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

  /** A target split: the successors registered (after the split is known to pass), then the split. */
  async split(id: string, principal: Principal, context: CommandContext, body: SplitTargetBody) {
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
