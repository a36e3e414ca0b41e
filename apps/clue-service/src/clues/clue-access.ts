import { ForbiddenException } from '@nestjs/common';
import type { ClueFacts } from '@xuncha/clue-domain';
import type { Principal, Role } from '@xuncha/platform-nest';

/** The recipient each receiving role answers for (DOMAIN.md §3). */
const RECIPIENT_OF: Partial<Record<Role, NonNullable<ClueFacts['recipient']>>> = {
  discipline: 'discipline-commission',
  organization: 'organization-department',
};
/** A clue has left the office once transferred. */
const SENT: ReadonlyArray<ClueFacts['status']> = [
  'transferred',
  'received',
  'disposed',
  'concluded',
];

/**
 * Beyond the jurisdiction: the office (and the analyst, redacted) reach every
 * clue of their subtree; the discipline commission and the organization
 * department only the clues transferred to them.
 */
export function reachesClue(
  principal: Principal,
  facts: ClueFacts,
  allowed: readonly Role[],
): boolean {
  return principal.roles
    .filter((role) => allowed.includes(role))
    .some((role) => {
      const recipient = RECIPIENT_OF[role];
      return !recipient || (facts.recipient === recipient && SENT.includes(facts.status));
    });
}

export function assertReachesClue(
  principal: Principal,
  facts: ClueFacts,
  allowed: readonly Role[],
): void {
  if (!reachesClue(principal, facts, allowed)) {
    throw new ForbiddenException('this clue was not transferred to the caller');
  }
}

/** The read-model filter for the same rule; empty for a caller who reaches every clue. */
export function reachableClues(principal: Principal, allowed: readonly Role[]) {
  const roles = principal.roles.filter((role) => allowed.includes(role));
  if (roles.some((role) => !RECIPIENT_OF[role])) return {};
  return {
    recipient: { $in: roles.map((role) => RECIPIENT_OF[role]) },
    status: { $in: [...SENT] },
  };
}
