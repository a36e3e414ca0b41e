import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { FeedbackDelivered, InspectionClosed } from '@xuncha/contracts';
import { OnIntegrationEvent, type BusContext } from '@xuncha/platform-bus';
import { roundCountsTowardCoverage } from '@xuncha/planning-domain';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import { Planning } from '../views/planning';

/**
 * Coverage (全覆盖) follows the inspection service: a target of a term plan's
 * scope counts as inspected once feedback of a round that counts toward coverage
 * was delivered to it, a village fed back separately included. The term plan's
 * stream records it (docs/domain.md §5, Counting).
 */
@Controller()
export class RecordCoverageWhenInspected {
  private readonly logger = new Logger('RecordCoverageWhenInspected');

  constructor(private readonly planning: Planning) {}

  @OnIntegrationEvent('xuncha.inspection.FeedbackDelivered.v1')
  async feedbackDelivered(@Payload() data: FeedbackDelivered, @Ctx() context: BusContext) {
    const targetId = data.village?.villageId ?? data.targetId;
    await this.record(data.termPlanId, [targetId], data, context);
  }

  /** A repeat of what feedback already said, for consumers that missed it. */
  @OnIntegrationEvent('xuncha.inspection.InspectionClosed.v1')
  async inspectionClosed(@Payload() data: InspectionClosed, @Ctx() context: BusContext) {
    await this.record(data.termPlanId, data.inspectedTargetIds, data, context);
  }

  private async record(
    termPlanId: string,
    targetIds: string[],
    data: { inspectionId: string; roundId: string },
    context: BusContext,
  ): Promise<void> {
    const round = (await this.planning.rounds.load(data.roundId)).state;
    // A round this service never planned (nothing to tell its kind by) counts, as it always did.
    const countsTowardCoverage = round.kind === undefined || roundCountsTowardCoverage(round);
    for (const [n, targetId] of targetIds.entries()) {
      try {
        await this.planning.execute(
          this.planning.termPlans,
          termPlanId,
          {
            type: 'RecordTargetInspected',
            id: termPlanId,
            targetId,
            inspectionId: data.inspectionId,
            roundId: data.roundId,
            countsTowardCoverage,
            at: context.event.time,
          },
          context.commandContext(n),
        );
      } catch (error) {
        // Another planning office's term plan: not ours to count.
        if (!(error instanceof AggregateNotFound)) throw error;
        this.logger.warn(`feedback for unknown term plan ${termPlanId} ignored`);
        return;
      }
    }
  }
}
