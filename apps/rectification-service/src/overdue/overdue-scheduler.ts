import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { chinaDay } from '@xuncha/platform-kernel';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { PeriodicCheck, checkIntervalMs } from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { caseStore, type CaseStore } from '../cases/case-store';
import { CASES, type CaseSummary } from '../projections/cases.projection';

/** The time the scheduler goes by; tests replace `now`. */
@Injectable()
export class RectificationClock {
  now(): Date {
    return new Date();
  }
}

export const OVERDUE_CHECK_MS = Symbol('OverdueCheckMs');

/** RECTIFICATION_OVERDUE_CHECK_MS, 60 s when unset; anything but a positive integer stops the start. */
export function overdueCheckMs(env: NodeJS.ProcessEnv = process.env): number {
  return checkIntervalMs(
    'RECTIFICATION_OVERDUE_CHECK_MS',
    { defaultMs: 60_000, minimumMs: 1 },
    env,
  );
}

/**
 * Raises RectificationOverdue for plans, reports and items past due. It keeps
 * nothing itself: every tick asks each open case to check its deadlines, and
 * the case raises each (deadline, due day) once, so a restart or a second
 * replica raises nothing twice.
 */
@Injectable()
export class OverdueScheduler extends PeriodicCheck {
  private readonly logger = new Logger(OverdueScheduler.name);
  private readonly cases: CaseStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(OVERDUE_CHECK_MS) private readonly checkMs: number,
    private readonly clock: RectificationClock,
  ) {
    super();
    this.cases = caseStore(store);
  }

  protected intervalMs(): number {
    return this.checkMs;
  }

  /** One round over the open cases; a case that fails is tried again next round. */
  protected async pass(): Promise<void> {
    const now = this.clock.now();
    const today = chinaDay(now.toISOString());
    const context = {
      actor: 'system:overdue-scheduler',
      correlationId: randomUUID(),
      now,
    };
    let cursor: string | undefined;
    do {
      const page = await this.readModels.find<CaseSummary>(CASES, {
        filter: { status: 'open' },
        limit: 200,
        cursor,
      });
      for (const summary of page.items) {
        try {
          await this.cases.execute(
            summary._id,
            { type: 'CheckOverdue', caseId: summary._id, today, at: now.toISOString() },
            context,
          );
        } catch (error) {
          this.logger.warn(`overdue check of case ${summary._id} failed: ${String(error)}`);
        }
      }
      cursor = page.next;
    } while (cursor);
  }
}
