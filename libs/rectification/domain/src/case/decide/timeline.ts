import { happenedAt, type PreviousStep } from '@xuncha/platform-kernel';
import type { CaseStep, RectificationCaseState } from '../case.state';

/**
 * When a step of the case happened: the time told, else the time it is recorded, refused when
 * on a later day than today or before the latest of the steps it follows (docs/recording-dates.md).
 */
export function stepAt(
  state: RectificationCaseState,
  step: string,
  told: string | undefined,
  recordedAt: string,
  follows: readonly CaseStep[],
  alsoAfter: readonly PreviousStep[] = [],
): string {
  return happenedAt(step, told, recordedAt, latestOf(state, follows, alsoAfter));
}

/** The latest of the steps that happened among `follows` and `alsoAfter`. */
export function latestOf(
  state: RectificationCaseState,
  follows: readonly CaseStep[],
  alsoAfter: readonly PreviousStep[] = [],
): PreviousStep | undefined {
  const candidates: PreviousStep[] = [
    ...follows.flatMap((step) => {
      const at = state.steps[step];
      return at ? [{ step, at }] : [];
    }),
    ...alsoAfter,
  ];
  return candidates.reduce<PreviousStep | undefined>(
    (latest, c) => (!latest || Date.parse(c.at) > Date.parse(latest.at) ? c : latest),
    undefined,
  );
}
