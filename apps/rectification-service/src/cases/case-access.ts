import type { Principal, Role } from '@xuncha/platform-nest';
import {
  AggregateNotFound,
  isJurisdictionCode,
  isWithinJurisdiction,
} from '@xuncha/platform-kernel';

/** What access to a case depends on. */
export interface CaseScope {
  /** The organization that rectifies: the village for per-village feedback, else the target. */
  readonly organizationId: string;
  readonly jurisdiction: string;
}

/**
 * The inspected organization's token names it in `sub`: it reaches only its
 * own cases, and those only inside its jurisdiction like every role (a token
 * naming the organization but another county reaches nothing). Every other
 * role reaches the cases of its jurisdiction subtree.
 */
export function canReach(
  principal: Principal,
  scope: CaseScope,
  allowed: readonly Role[],
): boolean {
  const inJurisdiction =
    isJurisdictionCode(principal.jurisdiction) &&
    isWithinJurisdiction(scope.jurisdiction, principal.jurisdiction);
  return (
    inJurisdiction &&
    principal.roles
      .filter((role) => allowed.includes(role))
      .some((role) => role !== 'inspected' || principal.sub === scope.organizationId)
  );
}

/** 404 for a case out of reach: it answers as one that does not exist. */
export function assertCanReach(
  principal: Principal,
  scope: CaseScope & { readonly caseId: string },
  allowed: readonly Role[],
): void {
  if (!canReach(principal, scope, allowed)) {
    throw new AggregateNotFound('rectification case', scope.caseId);
  }
}

/** The read-model filter for the cases a principal may list. */
export function reachableFilter(principal: Principal, allowed: readonly Role[]) {
  const roles = principal.roles.filter((role) => allowed.includes(role));
  const subtree = { jurisdictionPath: principal.jurisdiction };
  // Any other role reaches the whole subtree; the inspected organization alone, its own cases.
  return roles.some((role) => role !== 'inspected')
    ? subtree
    : { ...subtree, organizationId: principal.sub };
}
