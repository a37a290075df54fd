import type { SessionUser } from "@kring/contracts";
import type { ProfessionalRole } from "@kring/domain";

export function hasRole(user: SessionUser, ...roles: ProfessionalRole[]): boolean {
  return user.memberships.some((m) => roles.includes(m.role));
}

export function isProfessional(user: SessionUser): boolean {
  return user.kind === "professional";
}

/** Each role once, in the order the memberships list them. */
export function distinctRoles(user: SessionUser): ProfessionalRole[] {
  return [...new Set(user.memberships.map((m) => m.role))];
}
