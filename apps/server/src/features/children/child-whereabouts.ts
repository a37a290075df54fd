import { type Kysely, sql } from "kysely";
import { type Actor, hasRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { INTAKE_ROLES, accessConditions } from "../cases/case-access";

/** What an output shows instead of a protected child's whereabouts. */
export const PROTECTED_TEXT = { sv: "Skyddade personuppgifter", en: "Protected identity" };

/**
 * May this actor see where the child is (address, unit, school, school year, the guardians'
 * contact details)? Always for a child without protected identity; for a protected child only
 * for the intake roles and the child's network under consent in force (ADR 0016). Every output
 * asks here, in bulk: the answer is the set of the given children whose whereabouts it may show.
 */
export async function whereaboutsVisible(
  db: Kysely<Database>,
  actor: Actor,
  children: { id: string; protected_identity: boolean }[],
): Promise<Set<string>> {
  const shown = new Set(children.filter((c) => !c.protected_identity).map((c) => c.id));
  const protectedIds = children.filter((c) => c.protected_identity).map((c) => c.id);
  if (protectedIds.length === 0) return shown;
  if (actor.kind === "professional" && hasRole(actor, ...INTAKE_ROLES)) {
    for (const id of protectedIds) shown.add(id);
    return shown;
  }
  if (actor.kind !== "professional") return shown;
  const rows = await db
    .selectFrom("cases as c")
    .select("c.child_id")
    .distinct()
    .where("c.tenant_id", "=", actor.tenantId)
    .where("c.child_id", "in", protectedIds)
    .where(sql<boolean>`${accessConditions(actor).network}`)
    .execute();
  for (const r of rows) shown.add(r.child_id);
  return shown;
}
