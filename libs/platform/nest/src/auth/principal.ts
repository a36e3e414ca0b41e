export const ROLES = [
  'office',
  'team',
  'inspected',
  'discipline',
  'organization',
  'analyst',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Who calls: the token's subject, roles and the jurisdiction subtree they act in. */
export interface Principal {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly jurisdiction: string;
}
