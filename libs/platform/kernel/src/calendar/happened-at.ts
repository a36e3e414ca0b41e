import { RuleViolation } from '../errors/domain-errors';
import { chinaDay } from './china-day';

/** The rules `happenedAt` refuses a step by. */
export const TIMELINE_RULES = ['happened-before-previous-step', 'happened-in-future'] as const;

/** The step a new one follows, and when it happened. */
export interface PreviousStep {
  readonly step: string;
  readonly at: string;
}

/**
 * When a step happened: the time told (a ledger's date, yesterday's meeting),
 * else the time it is recorded. What happened and when it was recorded are two
 * times: the recording time stays in the event's metadata.
 *
 * Refused when it lies on a later day than the recording (China time: a day's
 * steps may be told at any hour of it) or before the step it follows.
 */
export function happenedAt(
  step: string,
  told: string | undefined,
  recordedAt: string,
  previous?: PreviousStep,
): string {
  const at = told ?? recordedAt;
  if (chinaDay(at) > chinaDay(recordedAt)) {
    throw new RuleViolation(
      'happened-in-future',
      `${step} cannot have happened on ${chinaDay(at)}, after today`,
      {
        step,
        happenedAt: at,
      },
    );
  }
  if (previous && Date.parse(at) < Date.parse(previous.at)) {
    throw new RuleViolation(
      'happened-before-previous-step',
      `${step} (${at}) cannot come before ${previous.step} (${previous.at})`,
      { step, happenedAt: at, previous: previous.step, previousAt: previous.at },
    );
  }
  return at;
}
