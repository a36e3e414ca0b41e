/**
 * A command refused by a business rule. `rule` is a stable kebab-case name that
 * becomes the problem type (`…/rules/<rule>`) of the 422 answer.
 */
export class RuleViolation extends Error {
  constructor(
    readonly rule: string,
    detail: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'RuleViolation';
  }
}

/** The command names an aggregate that does not exist. */
export class AggregateNotFound extends Error {
  constructor(
    readonly aggregate: string,
    readonly id: string,
  ) {
    super(`${aggregate} ${id} does not exist`);
    this.name = 'AggregateNotFound';
  }
}

/** The stream moved on since the caller read it (optimistic concurrency). */
export class ConcurrencyConflict extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${streamId} is at revision ${actual}, not ${expected}`);
    this.name = 'ConcurrencyConflict';
  }
}
