import { daysBetween } from '@xuncha/platform-kernel';
import { coverageOf, missingTargets, type TermPlanState } from './term-plan.decider';

export interface CoverageWarnings {
  readonly asOf: string;
  readonly daysElapsed: number;
  readonly daysLeft: number;
  readonly missing: number;
  /** Targets inspected per 30 days so far. */
  readonly pacePerMonth: number;
  /** Targets the term can still cover at that pace. */
  readonly coverableAtPace: number;
  /** Targets still missing beyond what the pace covers (0: on track). */
  readonly shortfall: number;
  /**
   * Missing targets at risk: those no open round has scheduled yet come first,
   * as many as the shortfall.
   */
  readonly atRisk: string[];
}

/**
 * Which targets the term cannot cover at the pace so far (全覆盖预警). Before
 * any inspection the pace is 0, so every missing target is at risk.
 */
export function coverageWarnings(
  plan: Pick<TermPlanState, 'targetIds' | 'inspected'> & { window: { from: string; to: string } },
  asOf: string,
  scheduledTargetIds: readonly string[],
): CoverageWarnings {
  const daysElapsed = Math.max(0, daysBetween(plan.window.from, asOf));
  const daysLeft = Math.max(0, daysBetween(asOf, plan.window.to) + 1);
  const { inspected } = coverageOf(plan);
  const pacePerDay = daysElapsed === 0 ? 0 : inspected / daysElapsed;
  const coverableAtPace = Math.floor(pacePerDay * daysLeft);
  const missing = missingTargets(plan);
  const shortfall = Math.max(0, missing.length - coverableAtPace);
  const scheduled = new Set(scheduledTargetIds);
  const ordered = [
    ...missing.filter((id) => !scheduled.has(id)),
    ...missing.filter((id) => scheduled.has(id)),
  ];
  return {
    asOf,
    daysElapsed,
    daysLeft,
    missing: missing.length,
    pacePerMonth: Math.round(pacePerDay * 30 * 100) / 100,
    coverableAtPace,
    shortfall,
    atRisk: ordered.slice(0, shortfall),
  };
}
