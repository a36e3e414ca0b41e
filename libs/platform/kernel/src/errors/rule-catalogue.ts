import { TIMELINE_RULES } from '../calendar/happened-at';

/**
 * A context's rule catalogue: for each command, the rules (RuleViolation's
 * `rule`) its decider can refuse it by. The API documents list them per
 * operation (422), and each domain's catalogue test keeps the catalogue whole
 * against the rules its sources raise.
 */
export type RuleCatalogue<Command extends string> = Readonly<Record<Command, readonly string[]>>;

/** Every rule of a catalogue, once, sorted. */
export function rulesOf(catalogue: RuleCatalogue<string>): string[] {
  return [...new Set(Object.values(catalogue).flat())].sort();
}

/** Kernel checks a decider may call, with the rules they raise. */
const KERNEL_CHECKS: Readonly<Record<string, readonly string[]>> = {
  happenedAt: TIMELINE_RULES,
};

/**
 * The rule names a source text raises: literally (`new RuleViolation('name', …)`)
 * or through a kernel check it calls (`happenedAt(…)`).
 */
export function rulesRaisedIn(source: string): string[] {
  const names = [...source.matchAll(/RuleViolation\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]);
  for (const [check, rules] of Object.entries(KERNEL_CHECKS)) {
    if (new RegExp(`\\b${check}\\(`).test(source)) names.push(...rules);
  }
  return [...new Set(names)].sort();
}
