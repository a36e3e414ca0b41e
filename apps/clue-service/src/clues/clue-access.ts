import {
  clueViewFor,
  recipientOf,
  SENT_STATUSES,
  type ClueFacts,
  type ClueReader,
  type ClueView,
} from '@xuncha/clue-domain';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import type { Principal, Role } from '@xuncha/platform-nest';

/** The caller's roles that an operation allows and that read clues at all. */
function readersOf(principal: Principal, allowed: readonly Role[]): ClueReader[] {
  return principal.roles.filter((role): role is ClueReader => allowed.includes(role));
}

/**
 * What the caller sees of a clue of its jurisdiction, decided by the clue domain role by
 * role: only roles the operation allows count, and reach and view come from one role.
 */
export function clueViewOfCaller(
  principal: Principal,
  facts: ClueFacts,
  allowed: readonly Role[],
): ClueView {
  return clueViewFor(readersOf(principal, allowed), facts);
}

/** 404 for a caller none of whose allowed roles reaches the clue by itself: it is not shown to exist. */
export function assertReachesClue(
  principal: Principal,
  facts: ClueFacts,
  allowed: readonly Role[],
  id: string,
): ClueView {
  const view = clueViewOfCaller(principal, facts, allowed);
  if (view === 'none') throw new AggregateNotFound('clue', id);
  return view;
}

/** The read-model filter for the same rule; empty for a caller who reaches every clue. */
export function reachableClues(principal: Principal, allowed: readonly Role[]) {
  const readers = readersOf(principal, allowed);
  if (readers.some((reader) => !recipientOf(reader))) return {};
  return {
    recipient: { $in: readers.map(recipientOf) },
    status: { $in: [...SENT_STATUSES] },
  };
}
