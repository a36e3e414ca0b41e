import { type Decider, type DomainEvent } from '@xuncha/platform-kernel';
import { omit } from '../shared/omit';

/** docs/domain.md §5: deadlines differ by place and year, so they are configuration per jurisdiction. */
export interface Deadlines {
  readonly stationingNoticeDays: number;
  readonly fieldStageDays: number;
  readonly reportToSecretaryDays: number;
  readonly rectificationPlanWorkingDays: number;
  readonly rectificationReportMonths: number;
  readonly clueResultMonths: number;
}

/** The defaults of docs/domain.md §5 and where they come from. */
export const DEFAULT_DEADLINES: Deadlines = {
  stationingNoticeDays: 10, // a county's practice (定远县)
  fieldStageDays: 40, // several offices' reports
  reportToSecretaryDays: 30, // 定远县: one month after the field stage
  rectificationPlanWorkingDays: 15, // office practice
  rectificationReportMonths: 2, // 巡视工作条例 2015, art. 27
  clueResultMonths: 3, // practice reported by offices
};

export interface DeadlinesState {
  readonly jurisdiction?: string;
  readonly deadlines?: Deadlines;
}

export type DeadlinesCommand = {
  type: 'SetDeadlines';
  jurisdiction: string;
  at: string;
  deadlines: Deadlines;
};

export type DeadlinesEvent = DomainEvent<
  'DeadlinesSet',
  { jurisdiction: string; setAt: string } & Deadlines
>;

export const deadlinesDecider: Decider<DeadlinesState, DeadlinesCommand, DeadlinesEvent> = {
  initialState: () => ({}),
  evolve(_state, event) {
    return {
      jurisdiction: event.data.jurisdiction,
      deadlines: omit(event.data, 'jurisdiction', 'setAt'),
    };
  },
  decide(command, state) {
    const same =
      state.deadlines &&
      (Object.keys(DEFAULT_DEADLINES) as Array<keyof Deadlines>).every(
        (key) => state.deadlines![key] === command.deadlines[key],
      );
    if (same) return [];
    return [
      {
        type: 'DeadlinesSet',
        data: { jurisdiction: command.jurisdiction, setAt: command.at, ...command.deadlines },
      },
    ];
  },
};

/**
 * The deadlines in force for a jurisdiction: its own configuration, else its
 * nearest configured ancestor's (nearest first), else the defaults.
 */
export function effectiveDeadlines(
  configured: ReadonlyArray<{ jurisdiction: string; deadlines: Deadlines }>,
): { deadlines: Deadlines; source: string } {
  const [nearest] = configured;
  return nearest
    ? { deadlines: nearest.deadlines, source: nearest.jurisdiction }
    : { deadlines: DEFAULT_DEADLINES, source: 'default' };
}
