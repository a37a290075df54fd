import type { Kysely } from "kysely";
import { type Actor, hasRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";
import { INTAKE_ROLES, caseVisibleTo } from "../cases/case-access";

/** Professionals look children up to raise a need; analysts work with aggregates only. */
export function requireChildSearch(actor: Actor) {
  const roles = actor.memberships.map((m) => m.role);
  if (actor.kind !== "professional" || roles.every((r) => r === "analyst")) throw forbidden();
}

/**
 * A child's record is open to staff of the child's current units, to anyone who can see one of
 * the child's cases, and to the intake roles, whose work is receiving needs about any child.
 */
export async function canSeeChild(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
): Promise<boolean> {
  if (actor.kind !== "professional") return false;
  if (hasRole(actor, ...INTAKE_ROLES)) return true;
  const units = actor.memberships.filter((m) => m.role !== "analyst").map((m) => m.unitId);
  if (units.length) {
    const enrolled = await db
      .selectFrom("child_unit")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .where("unit_id", "in", units)
      .where("to_date", "is", null)
      .executeTakeFirst();
    if (enrolled) return true;
  }
  const viaCase = await db
    .selectFrom("cases as c")
    .select("c.id")
    .where("c.tenant_id", "=", actor.tenantId)
    .where("c.child_id", "=", childId)
    .where(caseVisibleTo(actor))
    .executeTakeFirst();
  return !!viaCase;
}

/** Protected identity: address and contact details only for social services. */
export function maySeeProtectedContact(actor: Actor): boolean {
  return hasRole(actor, "social_secretary");
}
