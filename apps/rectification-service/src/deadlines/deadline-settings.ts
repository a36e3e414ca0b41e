import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_DEADLINES,
  deadlinesDecider,
  type RectificationDeadlines,
} from '@xuncha/rectification-domain';
import { AggregateStore, EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { jurisdictionAncestors } from '@xuncha/platform-kernel';

export interface ResolvedDeadlines extends RectificationDeadlines {
  /** The jurisdiction whose configuration applies; absent for the defaults. */
  readonly configuredAt?: string;
}

/**
 * Per-jurisdiction deadlines, each in its stream `rectification.deadlines-<code>`.
 * Read straight from the event store (a handful of short streams), so a case
 * opened right after a change already uses it.
 */
@Injectable()
export class DeadlineSettings {
  readonly store: AggregateStore<
    ReturnType<typeof deadlinesDecider.initialState>,
    Parameters<typeof deadlinesDecider.decide>[0],
    ReturnType<typeof deadlinesDecider.decide>[number]
  >;

  constructor(@Inject(EVENT_STORE) eventStore: EventStore) {
    this.store = new AggregateStore(eventStore, deadlinesDecider, {
      streamPrefix: 'rectification.deadlines',
    });
  }

  /** The nearest configured jurisdiction, from `jurisdiction` itself upwards, else the defaults. */
  async resolve(jurisdiction: string): Promise<ResolvedDeadlines> {
    for (const code of [jurisdiction, ...jurisdictionAncestors(jurisdiction)]) {
      const { state } = await this.store.load(code);
      if (state.configured) {
        return {
          planWorkingDays: state.planWorkingDays!,
          reportMonths: state.reportMonths!,
          configuredAt: code,
        };
      }
    }
    return DEFAULT_DEADLINES;
  }
}
