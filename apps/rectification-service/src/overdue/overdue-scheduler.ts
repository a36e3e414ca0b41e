import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { chinaDay } from '@xuncha/rectification-domain';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
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
const VARIABLE = 'RECTIFICATION_OVERDUE_CHECK_MS';

/** RECTIFICATION_OVERDUE_CHECK_MS, 60 s when unset; anything but a positive integer stops the start. */
export function overdueCheckMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[VARIABLE];
  if (raw === undefined || raw === '') return 60_000;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(
      `${VARIABLE} must be a whole number of milliseconds (got ${JSON.stringify(raw)})`,
    );
  }
  return Number(raw);
}

/**
 * Raises RectificationOverdue for plans, reports and items past due. It keeps
 * nothing itself: every tick asks each open case to check its deadlines, and
 * the case raises each (deadline, due day) once, so a restart or a second
 * replica raises nothing twice.
 */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OverdueScheduler.name);
  private readonly cases: CaseStore;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(OVERDUE_CHECK_MS) private readonly intervalMs: number,
    private readonly clock: RectificationClock,
  ) {
    this.cases = caseStore(store);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      // A slow round is not overlapped by the next tick.
      this.running ??= this.check().finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round over the open cases; a case that fails is tried again next round. */
  async check(): Promise<void> {
    const now = this.clock.now();
    const today = chinaDay(now);
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
