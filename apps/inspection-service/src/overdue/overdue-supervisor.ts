import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { InspectionCommand } from '@xuncha/inspection-domain';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { RuleViolation, chinaDay } from '@xuncha/platform-kernel';
import { Clock, PeriodicCheck, checkIntervalMs } from '@xuncha/platform-nest';
import { READ_MODEL_STORE, allDocs, type ReadModelStore } from '@xuncha/platform-read-models';
import { DIRECTIVES, type DirectiveDoc } from '../directives/directives.projection';
import { inspectionStore, type InspectionStore } from '../inspections/inspection-store';
import { INSPECTIONS, type InspectionSummary } from '../projections/inspections.projection';

/** The check interval from INSPECTION_OVERDUE_CHECK_MS, 60 s when unset; a bad value stops the start. */
export function overdueCheckInterval(env: NodeJS.ProcessEnv = process.env): number {
  return checkIntervalMs('INSPECTION_OVERDUE_CHECK_MS', { defaultMs: 60_000, minimumMs: 10 }, env);
}

/** A check to run: the inspection it is about and the command that asks it. */
type Check = { inspectionId: string; command: Omit<InspectionCommand, 'id' | 'at'> };

/**
 * 逾期督办 of the inspection's own deadlines: on an interval, finds in the read models the
 * directives still open past their due day, the field stages over without a report draft and
 * the reports not heard in time, and asks each inspection to raise its overdue. It keeps no
 * state: after a restart it finds the same records, and the decider raises each overdue once.
 */
@Injectable()
export class OverdueSupervisor extends PeriodicCheck<number> {
  private readonly logger = new Logger(OverdueSupervisor.name);
  private readonly inspections: InspectionStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(KEY_STORE) keys: KeyStore,
    private readonly clock: Clock,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {
    super();
    this.inspections = inspectionStore(store, keys);
  }

  protected intervalMs(): number {
    return overdueCheckInterval();
  }

  /** One pass; answers how many overdues it raised. */
  protected async pass(): Promise<number> {
    const now = this.clock.now();
    const today = chinaDay(now.toISOString());
    let raised = 0;
    try {
      const checks: Check[] = [
        ...(
          await allDocs<DirectiveDoc>(this.readModels, DIRECTIVES, {
            closed: false,
            overdue: false,
            dueBy: { $lt: today },
          })
        ).map(({ inspectionId, directiveId }) => ({
          inspectionId,
          command: { type: 'MarkDirectiveOverdue' as const, directiveId },
        })),
        ...(
          await allDocs<InspectionSummary>(this.readModels, INSPECTIONS, {
            status: 'stationed',
            fieldStageDueBy: { $lt: today },
          })
        )
          .filter((i) => !i.reportDrafted && !i.overdueSteps?.includes('field-stage'))
          .map((i) => ({
            inspectionId: i._id,
            command: { type: 'MarkStepOverdue' as const, step: 'field-stage' as const },
          })),
        ...(
          await allDocs<InspectionSummary>(this.readModels, INSPECTIONS, {
            status: { $in: ['stationed', 'report-approved'] },
            hearingDueBy: { $lt: today },
          })
        )
          .filter((i) => !i.overdueSteps?.includes('hearing'))
          .map((i) => ({
            inspectionId: i._id,
            command: { type: 'MarkStepOverdue' as const, step: 'hearing' as const },
          })),
      ];
      for (const check of checks) {
        if (await this.raise(check, now)) raised++;
      }
    } catch (error) {
      this.logger.error(`inspection overdue check failed: ${(error as Error).message}`);
    }
    return raised;
  }

  private async raise({ inspectionId, command }: Check, now: Date): Promise<boolean> {
    try {
      const outcome = await this.inspections.execute(
        inspectionId,
        { ...command, id: inspectionId, at: now.toISOString() } as InspectionCommand,
        { actor: 'system:overdue-supervisor', correlationId: randomUUID(), now },
      );
      return outcome.events.length > 0;
    } catch (error) {
      // The read models lag the store: the step may be done since. The next pass decides.
      if (!(error instanceof RuleViolation)) {
        this.logger.warn(`overdue of ${inspectionId} not raised: ${(error as Error).message}`);
      }
      return false;
    }
  }
}
