import { Controller, Inject, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { FeedbackDelivered } from '@xuncha/contracts';
import { dueDates, type CaseItem } from '@xuncha/rectification-domain';
import { BusContext, OnIntegrationEvent } from '@xuncha/platform-bus';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { caseIdOf, caseStore, findingItemIdOf, type CaseStore } from '../cases/case-store';
import { DeadlineSettings } from '../deadlines/deadline-settings';

/**
 * Opens one rectification case per feedback delivered: one item per finding fed
 * back and one per immediate item. FeedbackDelivered is the only source of the
 * items (it lists every immediate item, done or not); ImmediateItemAssigned is
 * not consumed. The case id comes from the feedback id and the command is
 * idempotent on the message, so a redelivery opens nothing twice. Due dates
 * come from this service's per-jurisdiction deadlines, counted from deliveredAt.
 */
@Controller()
export class OpenCaseWhenFeedbackDelivered {
  private readonly logger = new Logger(OpenCaseWhenFeedbackDelivered.name);
  private readonly cases: CaseStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly deadlines: DeadlineSettings,
  ) {
    this.cases = caseStore(store);
  }

  @OnIntegrationEvent('xuncha.inspection.FeedbackDelivered.v1')
  async handle(@Payload() feedback: FeedbackDelivered, @Ctx() context: BusContext): Promise<void> {
    const items: CaseItem[] = [
      ...feedback.findings.map((finding) => ({
        itemId: findingItemIdOf(feedback.feedbackId, finding.findingId),
        source: 'finding' as const,
        findingId: finding.findingId,
        title: finding.title,
      })),
      ...feedback.immediateItems.map((item) => ({
        itemId: item.itemId,
        source: 'immediate' as const,
        ...(item.findingId && { findingId: item.findingId }),
        title: item.title,
      })),
    ];
    if (items.length === 0) {
      this.logger.log(`feedback ${feedback.feedbackId} lists no problem: no case to open`);
      return;
    }
    const jurisdiction = feedback.village?.jurisdiction ?? feedback.jurisdiction;
    const due = dueDates(feedback.deliveredAt, await this.deadlines.resolve(jurisdiction));
    const caseId = caseIdOf(feedback.feedbackId);
    await this.cases.execute(
      caseId,
      {
        type: 'OpenCase',
        caseId,
        at: context.event.time,
        deliveredAt: feedback.deliveredAt,
        feedbackId: feedback.feedbackId,
        inspectionId: feedback.inspectionId,
        roundId: feedback.roundId,
        targetId: feedback.targetId,
        targetName: feedback.targetName,
        jurisdiction: feedback.jurisdiction,
        tier: feedback.tier,
        ...(feedback.village && { village: { ...feedback.village } }),
        items,
        ...due,
      },
      context.commandContext(),
    );
  }
}
