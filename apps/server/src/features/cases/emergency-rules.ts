// The tenant's terms for emergency access (nödåtkomst): who may use it and for how long.
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Actor, hasRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";

/** Roles that act when a child is at risk and may not reach the network in time. */
export const DEFAULT_EMERGENCY_ROLES = ["social_secretary", "central_coordinator", "principal"];
export const DEFAULT_EMERGENCY_HOURS = 4;

const StoredRoles = z.array(z.string()).min(1);

export interface EmergencyRules {
  roles: string[];
  hours: number;
}

/** The tenant's own choices over the defaults; a broken stored list falls back to the defaults. */
export async function emergencyRulesOf(
  db: Kysely<Database>,
  tenantId: string,
): Promise<EmergencyRules> {
  const row = await db
    .selectFrom("tenant_settings")
    .select(["emergency_roles", "emergency_hours"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  const roles = StoredRoles.safeParse(row?.emergency_roles);
  return {
    roles: roles.success ? roles.data : DEFAULT_EMERGENCY_ROLES,
    hours: row?.emergency_hours ?? DEFAULT_EMERGENCY_HOURS,
  };
}

export const mayUseEmergencyAccess = (actor: Actor, rules: EmergencyRules) =>
  actor.kind === "professional" && hasRole(actor, ...rules.roles) && !hasRole(actor, "analyst");
