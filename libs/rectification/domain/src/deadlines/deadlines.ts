import {
  RuleViolation,
  addMonths,
  addWorkingDays,
  chinaDay,
  type Decider,
} from '@xuncha/platform-kernel';

/** How long an inspected organization has after feedback, in one jurisdiction. */
export interface RectificationDeadlines {
  /** Working days (Mon–Fri) for the rectification plan (整改方案). */
  readonly planWorkingDays: number;
  /** Calendar months for the rectification report (整改报告). */
  readonly reportMonths: number;
}

/**
 * docs/domain.md §5: plan 15 working days after feedback (office practice; some
 * offices give 1 month); report 2 months (巡视工作条例 2015, art. 27; some
 * counties 3 months).
 */
export const DEFAULT_DEADLINES: RectificationDeadlines = { planWorkingDays: 15, reportMonths: 2 };

/** The plan and report due days of a case whose feedback was delivered at `deliveredAt`. */
export function dueDates(
  deliveredAt: string,
  deadlines: RectificationDeadlines,
): { planDueBy: string; reportDueBy: string } {
  const day = chinaDay(deliveredAt);
  return {
    planDueBy: addWorkingDays(day, deadlines.planWorkingDays),
    reportDueBy: addMonths(day, deadlines.reportMonths),
  };
}

export interface DeadlinesState extends Partial<RectificationDeadlines> {
  readonly configured: boolean;
}

export type DeadlinesCommand = {
  readonly type: 'ConfigureDeadlines';
  readonly jurisdiction: string;
  readonly planWorkingDays: number;
  readonly reportMonths: number;
  readonly at: string;
};

export type DeadlinesEvent = {
  readonly type: 'RectificationDeadlinesConfigured';
  readonly data: {
    readonly jurisdiction: string;
    readonly planWorkingDays: number;
    readonly reportMonths: number;
    readonly configuredAt: string;
  };
};

/** The deadlines one jurisdiction configured; its subtree inherits them unless it sets its own. */
export const deadlinesDecider: Decider<DeadlinesState, DeadlinesCommand, DeadlinesEvent> = {
  initialState: () => ({ configured: false }),
  evolve: (_state, event) => ({
    configured: true,
    planWorkingDays: event.data.planWorkingDays,
    reportMonths: event.data.reportMonths,
  }),
  decide: (command, state) => {
    if (command.planWorkingDays < 1 || command.reportMonths < 1) {
      throw new RuleViolation('deadline-not-positive', 'deadlines must be at least 1');
    }
    if (
      state.configured &&
      state.planWorkingDays === command.planWorkingDays &&
      state.reportMonths === command.reportMonths
    ) {
      return [];
    }
    return [
      {
        type: 'RectificationDeadlinesConfigured',
        data: {
          jurisdiction: command.jurisdiction,
          planWorkingDays: command.planWorkingDays,
          reportMonths: command.reportMonths,
          configuredAt: command.at,
        },
      },
    ];
  },
};
