import { forbidden } from "../http/errors";

// Who is acting. It travels with every request into every service call, so that the data layer
// can check access and the audit log can say who did what.

export interface Membership {
  unitId: string;
  role: string;
}

export interface Actor {
  tenantId: string;
  userId: string;
  kind: "professional" | "guardian" | "child";
  displayName: string;
  locale: "sv" | "en";
  memberships: Membership[];
}

/** Work the system does on its own behalf (seeding, imports, nightly jobs); audited as such. */
export interface SystemActor {
  tenantId: string;
  userId: null;
  system: string;
}

export type AnyActor = Actor | SystemActor;

export function hasRole(actor: Actor, ...roles: string[]): boolean {
  return actor.memberships.some((m) => roles.includes(m.role));
}

export function unitIdsWithRole(actor: Actor, ...roles: string[]): string[] {
  return actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.unitId);
}

/** Throws 403 unless the actor holds one of the roles in some unit. */
export function requireRole(actor: Actor, ...roles: string[]): void {
  if (!hasRole(actor, ...roles)) throw forbidden();
}

/**
 * Roles that give no sight of a child by themselves (ADR 0020): administrators keep the system
 * running, analysts and steering groups see aggregates, log reviewers read the audit log (who did
 * what), never the case itself. Someone who also holds a professional role sees what that role
 * sees, nothing more.
 */
export const NON_CARE_ROLES = ["administrator", "analyst", "steering_group", "log_reviewer"];

/** The units where the actor works with children: memberships in a professional role. */
export function careUnitIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => !NON_CARE_ROLES.includes(m.role)).map((m) => m.unitId);
}
