import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RuleViolation, chinaDay } from '@xuncha/platform-kernel';
import { Clock, PeriodicCheck, checkIntervalMs } from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { ClueCommands } from '../clues/clue-commands';
import { CLUES, type ClueSummary } from '../projections/clues.projection';

/** The check interval from CLUE_OVERDUE_CHECK_MS, 60 s when unset; a bad value stops the service at start. */
export function overdueCheckInterval(env: NodeJS.ProcessEnv = process.env): number {
  return checkIntervalMs('CLUE_OVERDUE_CHECK_MS', { defaultMs: 60_000, minimumMs: 10 }, env);
}

/**
 * 督办: on an interval, finds transferred, unconcluded clues past their due day in the
 * read model and raises an overdue on each. It keeps no state of its own: after a
 * restart it finds the same clues, and the decider raises one overdue per due day.
 */
@Injectable()
export class OverdueSupervisor extends PeriodicCheck<number> {
  private readonly logger = new Logger(OverdueSupervisor.name);

  constructor(
    private readonly commands: ClueCommands,
    private readonly clock: Clock,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {
    super();
  }

  protected intervalMs(): number {
    return overdueCheckInterval();
  }

  /** One pass; answers how many overdues it raised. */
  protected async pass(): Promise<number> {
    const now = this.clock.now();
    const today = chinaDay(now.toISOString());
    let raised = 0;
    let cursor: string | undefined;
    try {
      do {
        const page = await this.readModels.find<ClueSummary>(CLUES, {
          filter: {
            status: { $in: ['transferred', 'received', 'disposed'] },
            dueBy: { $lt: today },
            overdue: false,
          },
          sort: { dueBy: 1 },
          limit: 500,
          cursor,
        });
        for (const clue of page.items) {
          if (await this.raise(clue._id, now)) raised++;
        }
        cursor = page.next;
      } while (cursor);
    } catch (error) {
      this.logger.error(`overdue check failed: ${(error as Error).message}`);
    }
    return raised;
  }

  private async raise(clueId: string, now: Date): Promise<boolean> {
    try {
      const outcome = await this.commands.execute(
        clueId,
        { type: 'RaiseOverdue', at: now.toISOString() },
        { actor: 'system:overdue-supervisor', correlationId: randomUUID(), now },
      );
      return outcome.events.length > 0;
    } catch (error) {
      // The read model lags the store: the clue may have been concluded since. Next pass decides.
      if (!(error instanceof RuleViolation)) {
        this.logger.warn(`overdue for clue ${clueId} not raised: ${(error as Error).message}`);
      }
      return false;
    }
  }
}
