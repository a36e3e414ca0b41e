/** The test's stand-in for a contract from libs/contracts. */
export const TEST_EVENTS_TOPIC = 'xuncha.test.events';

export function validateCounterOpened(data: unknown): string[] {
  const { id, limit } = (data ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof id !== 'string' || id.length === 0) problems.push('id must be a non-empty string');
  if (!Number.isInteger(limit) || (limit as number) < 1)
    problems.push('limit must be a positive integer');
  return problems;
}
