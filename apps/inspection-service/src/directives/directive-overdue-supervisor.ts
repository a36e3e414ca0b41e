import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { RuleViolation, chinaDay } from '@xuncha/platform-kernel';
import { Clock, PeriodicCheck, checkIntervalMs } from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { inspectionStore, type InspectionStore } from '../inspections/inspection-store';
import { DIRECTIVES, type DirectiveDoc } from './directives.projection';

/** The check interval from DIRECTIVE_OVERDUE_CHECK_MS, 60 s when unset; a bad value stops the start. */
export function directiveCheckInterval(env: NodeJS.ProcessEnv = process.env): number {
  return checkIntervalMs('DIRECTIVE_OVERDUE_CHECK_MS', { defaultMs: 60_000, minimumMs: 10 }, env);
}

/**
 * 逾期督办 of the directives ledger: on an interval, finds directives still open past their due
 * day and raises an overdue on each. It keeps no state: after a restart it finds the same
 * directives, and the decider raises one overdue per directive.
 */
@Injectable()
export class DirectiveOverdueSupervisor extends PeriodicCheck<number> {
  private readonly logger = new Logger(DirectiveOverdueSupervisor.name);
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
    return directiveCheckInterval();
  }

  /** One pass; answers how many overdues it raised. */
  protected async pass(): Promise<number> {
    const now = this.clock.now();
    let raised = 0;
    let cursor: string | undefined;
    try {
      do {
        const page = await this.readModels.find<DirectiveDoc>(DIRECTIVES, {
          filter: { closed: false, overdue: false, dueBy: { $lt: chinaDay(now.toISOString()) } },
          sort: { dueBy: 1 },
          limit: 500,
          cursor,
        });
        for (const directive of page.items) {
          if (await this.raise(directive, now)) raised++;
        }
        cursor = page.next;
      } while (cursor);
    } catch (error) {
      this.logger.error(`directive overdue check failed: ${(error as Error).message}`);
    }
    return raised;
  }

  private async raise({ inspectionId, directiveId }: DirectiveDoc, now: Date): Promise<boolean> {
    try {
      const outcome = await this.inspections.execute(
        inspectionId,
        { type: 'MarkDirectiveOverdue', id: inspectionId, at: now.toISOString(), directiveId },
        { actor: 'system:directive-overdue-supervisor', correlationId: randomUUID(), now },
      );
      return outcome.events.length > 0;
    } catch (error) {
      // The read model lags the store: the directive may have been closed since. Next pass decides.
      if (!(error instanceof RuleViolation)) {
        this.logger.warn(
          `overdue of directive ${directiveId} not raised: ${(error as Error).message}`,
        );
      }
      return false;
    }
  }
}
